import { useFormatter, useLocale, useTranslations } from "next-intl";
import { rewardText } from "@/components/plans/reward-text";
import { Alert } from "@/components/ui/alert";
import { Table, Td } from "@/components/ui/table";
import type { ImportProgress, ImportReport } from "@/lib/catalogue/csv-import-check";
import { formatMoney } from "@/lib/money";

/** A real progress bar: the share of rows checked or imported so far, announced to screen readers. */
export function ImportProgressBar({ progress, fileName }: { progress: ImportProgress | null; fileName: string }) {
  const t = useTranslations("seller.import.report");
  const n = useFormatter().number;
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;
  const label = progress ? (progress.phase === "validating" ? t("checking") : t("importing")) : t("uploading");
  const text = !progress
    ? t("uploadingName", { name: fileName })
    : progress.phase === "validating"
      ? t("checked", { done: n(progress.done), total: progress.total })
      : t("importedOf", { done: n(progress.done), total: progress.total });
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
  const t = useTranslations("seller.import.report");
  const n = useFormatter().number;
  return (
    <section aria-labelledby="import-errors" className="space-y-2">
      <h2 id="import-errors" className="font-semibold text-red-700">
        {t("problems", { problems: report.errorCount, lines: report.errorLineCount })}
      </h2>
      {/* Scrolls both ways inside its box, so a long list never pushes the page wider than a phone. */}
      <div tabIndex={0} className="max-h-96 overflow-auto rounded-lg focus-visible:outline-2 focus-visible:outline-brand-600 bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm" aria-labelledby="import-errors">
          <thead className="sticky top-0 bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium text-slate-600">{t("line")}</th>
              <th scope="col" className="px-3 py-2 text-left font-medium text-slate-600">{t("column")}</th>
              <th scope="col" className="px-3 py-2 text-left font-medium text-slate-600">{t("problem")}</th>
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
          {t("showingFirst", { shown: n(report.errors.length), total: n(report.errorCount) })}
        </p>
      ) : null}
    </section>
  );
}

function SampleTable({ report }: { report: ImportReport }) {
  const t = useTranslations("seller.import.report");
  const n = useFormatter().number;
  const locale = useLocale();
  return (
    <section aria-labelledby="import-sample" className="space-y-2">
      <h2 id="import-sample" className="font-semibold">
        {report.validCount > report.sample.length ? t("sampleFirst", { count: report.sample.length }) : t("sampleAll")}
      </h2>
      <Table head={[t("line"), t("title"), t("sku"), t("category"), t("price"), t("stock"), t("openPlan")]}>
        {report.sample.map((p) => (
          <tr key={p.line}>
            <Td label={t("line")} className="tabular-nums text-slate-500">
              {p.line}
            </Td>
            <Td className="break-words sm:max-w-64 sm:truncate">{p.title}</Td>
            <Td label={t("sku")} className="break-all">
              {p.sku}
            </Td>
            <Td label={t("category")}>{p.category}</Td>
            <Td label={t("price")} className="tabular-nums">
              {formatMoney(p.priceMinor, report.currency, locale)}
            </Td>
            <Td label={t("stock")} className="tabular-nums">
              {n(p.stock)}
            </Td>
            <Td label={t("openPlan")}>
              {p.openToAffiliates ? (
                rewardText({ rateBps: p.openRateBps, flatFeeMinor: p.openFlatFeeMinor }, report.currency, locale)
              ) : (
                <span className="text-slate-500">{t("closed")}</span>
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
  const t = useTranslations("seller.import.report");
  const n = useFormatter().number;
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">
        {t("rows", { count: report.rowCount })}
        <strong>{t("ready", { count: n(report.validCount) })}</strong>
        {report.errorLineCount ? (
          <>
            , <strong className="text-red-700">{t("withErrors", { count: n(report.errorLineCount) })}</strong>
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
          {t(report.ignoredColumns.length === 1 ? "ignoredOne" : "ignoredMany", { columns: report.ignoredColumns.join(", ") })}
        </Alert>
      ) : null}
      {report.errorCount ? <ErrorTable report={report} /> : null}
      {report.sample.length ? <SampleTable report={report} /> : null}
    </div>
  );
}
