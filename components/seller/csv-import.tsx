"use client";

import { useRef, useState, type DragEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import type { ImportProgress, ImportReport, ImportUpdate } from "@/lib/catalogue/csv-import-check";
import { ImportProgressBar, ImportReportView } from "./csv-import-report";

const UPLOAD_URL = "/seller/products/import/upload";

type Result = Extract<ImportUpdate, { type: "result" }>;
type Stage =
  | { kind: "idle" }
  | { kind: "working"; file: File; progress: ImportProgress | null }
  | { kind: "checked"; file: File; report: ImportReport; progress: ImportProgress; notice?: string }
  | { kind: "imported"; imported: number; skuPrefix: string }
  | { kind: "failed"; message: string };

const SESSION_ENDED = "Your session has ended. Sign in again, then choose the file again.";

/** Sends the file and follows the NDJSON answer: progress lines, then the result. */
async function sendFile(file: File, mode: "preview" | "commit", onProgress: (p: ImportProgress) => void): Promise<{ ok: true; result: Result } | { ok: false; message: string }> {
  let response: Response;
  try {
    response = await fetch(`${UPLOAD_URL}?mode=${mode}`, { method: "POST", body: file, headers: { "Content-Type": "text/csv" }, redirect: "manual" });
  } catch {
    return { ok: false, message: "The file could not be sent. Check your connection and try again." };
  }
  // Without a session cookie the proxy redirects to the sign-in page.
  if (response.type === "opaqueredirect" || response.status === 401) return { ok: false, message: SESSION_ENDED };
  const type = response.headers.get("content-type") ?? "";
  if (!response.ok || !type.includes("ndjson") || !response.body) {
    const body = type.includes("json") ? ((await response.json().catch(() => null)) as { error?: { message?: string } } | null) : null;
    return { ok: false, message: body?.error?.message ?? "The server could not take the file. Please try again." };
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
    if (value) buffer += value;
    const lines = buffer.split("\n");
    buffer = done ? "" : lines.pop()!;
    for (const line of lines.filter((l) => l.trim())) {
      const update = JSON.parse(line) as ImportUpdate;
      if (update.type === "progress") onProgress(update);
      else if (update.type === "result") return { ok: true, result: update };
      else return { ok: false, message: update.error.message };
    }
    if (done) return { ok: false, message: "The connection ended before the server answered. Nothing was imported; please try again." };
  }
}

function fileProblem(file: File, maxBytes: number): string | null {
  if (/\.(xlsx?|numbers|ods)$/i.test(file.name)) return `"${file.name}" is a spreadsheet, not a CSV file. Save it as "CSV UTF-8" first.`;
  if (file.size === 0) return `"${file.name}" is empty.`;
  if (file.size > maxBytes) return `"${file.name}" is larger than ${maxBytes / 1024 / 1024} MB. Split it into smaller files.`;
  return null;
}

/**
 * The import flow: pick or drop a file, see its check (progress, every error by line, the first
 * rows), then import all of it at once. Nothing is written until "Import" succeeds.
 */
export function CsvImport({ maxBytes, maxRows }: { maxBytes: number; maxRows: number }) {
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const busy = stage.kind === "working";

  async function check(file: File) {
    const problem = fileProblem(file, maxBytes);
    if (problem) return setStage({ kind: "failed", message: problem });
    setStage({ kind: "working", file, progress: null });
    let last: ImportProgress = { phase: "validating", done: 0, total: 0 };
    const answer = await sendFile(file, "preview", (progress) => {
      last = progress;
      setStage({ kind: "working", file, progress });
    });
    if (!answer.ok) return setStage({ kind: "failed", message: answer.message });
    const { rowCount } = answer.result.report;
    setStage({ kind: "checked", file, report: answer.result.report, progress: last.total ? last : { phase: "validating", done: rowCount, total: rowCount } });
  }

  async function commit(file: File) {
    setStage({ kind: "working", file, progress: null });
    const answer = await sendFile(file, "commit", (progress) => setStage({ kind: "working", file, progress }));
    if (!answer.ok) return setStage({ kind: "failed", message: answer.message });
    const { imported, report, skuPrefix } = answer.result;
    if (imported > 0) return setStage({ kind: "imported", imported, skuPrefix });
    // The file was checked again on import and something no longer holds (it changed, or a SKU was taken meanwhile).
    setStage({ kind: "checked", file, report, progress: { phase: "validating", done: report.rowCount, total: report.rowCount }, notice: "Nothing was imported: the file has problems now. Fix them and choose the file again." });
  }

  function pick(file: File | undefined) {
    if (file && !busy) void check(file);
  }

  const dropHandlers = {
    onDragOver: (event: DragEvent) => {
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      pick(event.dataTransfer.files[0]);
    },
  };

  if (stage.kind === "imported") {
    const href = stage.skuPrefix ? `/seller/products?q=${encodeURIComponent(stage.skuPrefix)}` : "/seller/products?sort=newest";
    return (
      <div className="space-y-4">
        <Alert tone="success">
          <strong>
            {stage.imported.toLocaleString("en")} product{stage.imported === 1 ? "" : "s"} imported.
          </strong>{" "}
          Creators can link the ones open to them right away.
        </Alert>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={href}>See the imported products</ButtonLink>
          <Button variant="secondary" onClick={() => setStage({ kind: "idle" })}>
            Import another file
          </Button>
        </div>
      </div>
    );
  }

  const errorsLeft = stage.kind === "checked" && (stage.report.errorCount > 0 || stage.report.fileErrors.length > 0 || stage.report.validCount === 0);
  return (
    <div className="space-y-6">
      <div
        {...dropHandlers}
        className={`rounded-lg border-2 border-dashed px-4 py-8 text-center transition-colors ${dragging ? "border-brand-500 bg-brand-50" : "border-slate-300"}`}
      >
        <label htmlFor="csv-file" className="block font-medium text-slate-800">
          CSV file
        </label>
        <p className="mt-1 text-sm text-slate-500">
          Drop it here, or choose it. Up to {maxRows.toLocaleString("en")} products and {maxBytes / 1024 / 1024} MB, UTF-8.
        </p>
        <input
          ref={input}
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          className="mx-auto mt-4 block w-full max-w-xs text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:bg-slate-200"
          onChange={(event) => {
            pick(event.currentTarget.files?.[0]);
            // Choosing the same (fixed) file again must fire a new change.
            event.currentTarget.value = "";
          }}
        />
      </div>

      {stage.kind === "idle" ? <p className="text-center text-sm text-slate-500">No file chosen yet. Nothing is saved until you press Import.</p> : null}
      {stage.kind === "failed" ? <Alert tone="error">{stage.message}</Alert> : null}

      {stage.kind === "working" ? <ImportProgressBar progress={stage.progress} fileName={stage.file.name} /> : null}

      {stage.kind === "checked" ? (
        <div className="space-y-6">
          <ImportProgressBar progress={stage.progress} fileName={stage.file.name} />
          {stage.notice ? <Alert tone="error">{stage.notice}</Alert> : null}
          <ImportReportView report={stage.report} />
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
            <Button disabled={errorsLeft} onClick={() => void commit(stage.file)}>
              Import {stage.report.validCount.toLocaleString("en")} product{stage.report.validCount === 1 ? "" : "s"}
            </Button>
            <Button variant="secondary" onClick={() => input.current?.click()}>
              Choose another file
            </Button>
          </div>
          {errorsLeft ? (
            <p className="text-sm text-slate-600">Nothing has been imported. Fix the problems in your file, then choose it again: it is checked from the start.</p>
          ) : (
            <p className="text-sm text-slate-600">All {stage.report.validCount.toLocaleString("en")} products are imported together, or none if anything fails.</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
