"use client";

import { useRef, useState, type DragEvent } from "react";
import { useFormatter, useTranslations } from "next-intl";
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

type ImportTexts = ReturnType<typeof useTranslations<"seller.import">>;

/** Sends the file and follows the NDJSON answer: progress lines, then the result. */
async function sendFile(file: File, mode: "preview" | "commit", onProgress: (p: ImportProgress) => void, t: ImportTexts): Promise<{ ok: true; result: Result } | { ok: false; message: string }> {
  let response: Response;
  try {
    response = await fetch(`${UPLOAD_URL}?mode=${mode}`, { method: "POST", body: file, headers: { "Content-Type": "text/csv" }, redirect: "manual" });
  } catch {
    return { ok: false, message: t("notSent") };
  }
  // Without a session cookie the proxy redirects to the sign-in page.
  if (response.type === "opaqueredirect" || response.status === 401) return { ok: false, message: t("sessionEnded") };
  const type = response.headers.get("content-type") ?? "";
  if (!response.ok || !type.includes("ndjson") || !response.body) {
    const body = type.includes("json") ? ((await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null) : null;
    // The route's refusals before the check starts are in English; those a seller can meet are translated here (the size is checked before sending).
    const code = body?.error?.code;
    if (code === "not_utf8" || code === "empty_file") return { ok: false, message: t(`refusals.${code}`) };
    return { ok: false, message: body?.error?.message ?? t("serverRefused") };
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
    if (done) return { ok: false, message: t("connectionEnded") };
  }
}

function fileProblem(file: File, maxBytes: number, t: ImportTexts): string | null {
  if (/\.(xlsx?|numbers|ods)$/i.test(file.name)) return t("spreadsheet", { name: file.name });
  if (file.size === 0) return t("empty", { name: file.name });
  if (file.size > maxBytes) return t("tooLarge", { name: file.name, mb: maxBytes / 1024 / 1024 });
  return null;
}

/**
 * The import flow: pick or drop a file, see its check (progress, every error by line, the first
 * rows), then import all of it at once. Nothing is written until "Import" succeeds.
 */
export function CsvImport({ maxBytes, maxRows }: { maxBytes: number; maxRows: number }) {
  const t = useTranslations("seller.import");
  const format = useFormatter();
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const busy = stage.kind === "working";

  async function check(file: File) {
    const problem = fileProblem(file, maxBytes, t);
    if (problem) return setStage({ kind: "failed", message: problem });
    setStage({ kind: "working", file, progress: null });
    let last: ImportProgress = { phase: "validating", done: 0, total: 0 };
    const answer = await sendFile(file, "preview", (progress) => {
      last = progress;
      setStage({ kind: "working", file, progress });
    }, t);
    if (!answer.ok) return setStage({ kind: "failed", message: answer.message });
    const { rowCount } = answer.result.report;
    setStage({ kind: "checked", file, report: answer.result.report, progress: last.total ? last : { phase: "validating", done: rowCount, total: rowCount } });
  }

  async function commit(file: File) {
    setStage({ kind: "working", file, progress: null });
    const answer = await sendFile(file, "commit", (progress) => setStage({ kind: "working", file, progress }), t);
    if (!answer.ok) return setStage({ kind: "failed", message: answer.message });
    const { imported, report, skuPrefix } = answer.result;
    if (imported > 0) return setStage({ kind: "imported", imported, skuPrefix });
    // The file was checked again on import and something no longer holds (it changed, or a SKU was taken meanwhile).
    setStage({ kind: "checked", file, report, progress: { phase: "validating", done: report.rowCount, total: report.rowCount }, notice: t("changedSince") });
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
          <strong>{t("imported", { count: stage.imported })}</strong> {t("importedNote")}
        </Alert>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={href}>
            {t("seeImported")}
          </ButtonLink>
          <Button variant="secondary" onClick={() => setStage({ kind: "idle" })}>
            {t("another")}
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
          {t("csvFile")}
        </label>
        <p className="mt-1 text-sm text-slate-500">
          {t("dropHint", { rows: maxRows, mb: format.number(maxBytes / 1024 / 1024) })}
        </p>
        <input
          ref={input}
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          className="mx-auto mt-4 block w-full max-w-xs text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 max-sm:file:min-h-11 file:text-sm file:font-medium hover:file:bg-slate-200"
          onChange={(event) => {
            pick(event.currentTarget.files?.[0]);
            // Choosing the same (fixed) file again must fire a new change.
            event.currentTarget.value = "";
          }}
        />
      </div>

      {stage.kind === "idle" ? <p className="text-center text-sm text-slate-500">{t("idle")}</p> : null}
      {stage.kind === "failed" ? <Alert tone="error">{stage.message}</Alert> : null}

      {stage.kind === "working" ? <ImportProgressBar progress={stage.progress} fileName={stage.file.name} /> : null}

      {stage.kind === "checked" ? (
        <div className="space-y-6">
          <ImportProgressBar progress={stage.progress} fileName={stage.file.name} />
          {stage.notice ? <Alert tone="error">{stage.notice}</Alert> : null}
          <ImportReportView report={stage.report} />
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
            <Button disabled={errorsLeft} onClick={() => void commit(stage.file)}>
              {t("importCount", { count: stage.report.validCount })}
            </Button>
            <Button variant="secondary" onClick={() => input.current?.click()}>
              {t("chooseAnother")}
            </Button>
          </div>
          {errorsLeft ? (
            <p className="text-sm text-slate-600">{t("fixFirst")}</p>
          ) : (
            <p className="text-sm text-slate-600">{t("allOrNone", { count: stage.report.validCount })}</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
