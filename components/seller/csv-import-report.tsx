import { Alert } from "@/components/ui/alert";
import { Table, Td } from "@/components/ui/table";
import { formatReward } from "@/lib/plans/rewards";
import type { ImportProgress, ImportReport } from "@/lib/catalogue/csv-import-check";
import { formatMoney } from "@/lib/money";

const n = (value: number) => value.toLocaleString("en");
const plural = (count: number, word: string) => `${n(count)} ${word}${count === 1 ? "" : "s"}`;

/** A real progress bar: the share of rows checked or imported so far, announced to screen readers. */
export function ImportProgressBar({ progress, fileName }: { progress: ImportProgress | null; fileName: string }) {
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;
  const label = progress ? (progress.phase === "validating" ? "Checking the file" : "Importing products") : "Uploading the file";
  const text = !progress
    ? `Uploading ${fileName}…`
    : progress.phase === "validating"
      ? `Checked ${n(progress.done)} of ${plural(progress.total, "row")}`
      : `Imported ${n(progress.done)} of ${plural(progress.total, "product")}`;
  return (
    <div className="space-y-1">
      <div className="flex justify-between gap-3 text-sm text-slate-700">
        <span className="min-w-0 break-words">
          {progress ? <span className="font-medium">{fileName}: </span> : null}
          {text}
        </span>
        {percent !== null ? <span className="tabular-nums">{percent}%</span> : null}
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={text}
        className="h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div className={`h-full rounded-full bg-brand-600 transition-[width] ${percent === null ? "w-1/3 animate-pulse" : ""}`} style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  );
}

function ErrorTable({ report }: { report: ImportReport }) {
  return (
    <section aria-labelledby="import-errors" className="space-y-2">
      <h2 id="import-errors" className="font-semibold text-red-700">
        {plural(report.errorCount, "problem")} on {plural(report.errorLineCount, "line")}
      </h2>
      {/* Scrolls both ways inside its box, so a long list never pushes the page wider than a phone. */}
      <div className="max-h-96 overflow-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm" aria-labelledby="import-errors">
          <thead className="sticky top-0 bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium text-slate-600">Line</th>
              <th scope="col" className="px-3 py-2 text-left font-medium text-slate-600">Column</th>
              <th scope="col" className="px-3 py-2 text-left font-medium text-slate-600">Problem</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {report.errors.map((e, i) => (
              <tr key={i}>
                <td className="px-3 py-2 tabular-nums text-slate-800">{e.line}</td>
                <td className="break-all px-3 py-2 font-mono text-xs text-slate-700">{e.column ?? "—"}</td>
                <td className="min-w-40 px-3 py-2 text-slate-800">{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.errorCount > report.errors.length ? (
        <p className="text-sm text-slate-600">
          Showing the first {n(report.errors.length)} of {n(report.errorCount)} problems.
        </p>
      ) : null}
    </section>
  );
}

function SampleTable({ report }: { report: ImportReport }) {
  return (
    <section aria-labelledby="import-sample" className="space-y-2">
      <h2 id="import-sample" className="font-semibold">
        {report.validCount > report.sample.length ? `The first ${report.sample.length} products` : "The products"}, as they will be saved
      </h2>
      <Table head={["Line", "Title", "SKU", "Category", "Price", "Stock", "Open plan"]}>
        {report.sample.map((p) => (
          <tr key={p.line}>
            <Td className="tabular-nums text-slate-500">{p.line}</Td>
            <Td className="max-w-64 truncate">{p.title}</Td>
            <Td>{p.sku}</Td>
            <Td>{p.category}</Td>
            <Td className="tabular-nums">{formatMoney(p.priceMinor, report.currency)}</Td>
            <Td className="tabular-nums">{n(p.stock)}</Td>
            <Td>
              {p.openToAffiliates ? (
                formatReward({ rateBps: p.openRateBps, flatFeeMinor: p.openFlatFeeMinor }, report.currency)
              ) : (
                <span className="text-slate-500">closed</span>
              )}
            </Td>
          </tr>
        ))}
      </Table>
    </section>
  );
}

/** What the check found: problems with the file, every problem by line and column, and the first valid rows. */
export function ImportReportView({ report }: { report: ImportReport }) {
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">
        {plural(report.rowCount, "product row")} in the file: <strong>{n(report.validCount)} ready</strong>
        {report.errorLineCount ? (
          <>
            , <strong className="text-red-700">{n(report.errorLineCount)} with errors</strong>
          </>
        ) : null}
        .
      </p>
      {report.fileErrors.length ? (
        <Alert tone="error">
          <ul className="list-disc space-y-1 pl-4">
            {report.fileErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {report.ignoredColumns.length ? (
        <Alert tone="warning">
          {report.ignoredColumns.length === 1 ? "This column is not a product column" : "These columns are not product columns"} and will be ignored: {report.ignoredColumns.join(", ")}.
        </Alert>
      ) : null}
      {report.errorCount ? <ErrorTable report={report} /> : null}
      {report.sample.length ? <SampleTable report={report} /> : null}
    </div>
  );
}
