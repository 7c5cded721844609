import { revalidatePath } from "next/cache";
import { streamAnswer } from "@/server/answers";
import { refusalTranslator } from "@/server/i18n";
import { sessionRoute } from "@/server/session-route";
import { MAX_IMPORT_BYTES } from "@/lib/catalogue/csv-import";
import { commonSkuPrefix, importReport, type ImportProgress, type ImportReport, type ImportUpdate } from "@/lib/catalogue/csv-import-check";
import { checkProductImport, importProductCsv } from "@/lib/catalogue/product-import";
import { UserFacingError } from "@/lib/errors";
import { HttpError } from "@/lib/http/errors";
import { oneOf, readSearchParams } from "@/lib/validation/search-params";

export const dynamic = "force-dynamic";

/** The raw CSV body as UTF-8 text: refused when empty or not UTF-8 (the size limit is sessionRoute's). */
function csvText(bytes: Buffer): string {
  if (bytes.length === 0) throw new HttpError(422, "empty_file", "The file is empty. Choose a CSV file with a header line and one product per line.");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(422, "not_utf8", 'The file is not UTF-8 text. In your spreadsheet, save it as "CSV UTF-8".');
  }
}

/**
 * POST the CSV file as the body. `?mode=preview` checks it and writes nothing; `?mode=commit` checks
 * it again and imports every product, or none. The answer streams NDJSON: progress lines while the
 * rows are checked and inserted, then one result line. Problems before the stream starts (origin,
 * session, size, encoding) are JSON errors with a 4xx status.
 */
/** The report's problems in the reader's language (each by its English text in the catalogue's `errors` groups). */
function translatedReport(report: ImportReport, translate: (message: string) => string): ImportReport {
  return { ...report, fileErrors: report.fileErrors.map(translate), errors: report.errors.map((e) => ({ ...e, message: translate(e.message) })) };
}

export const POST = sessionRoute(
  {
    role: "seller",
    refusals: { forbidden: "Only sellers can import products.", noShop: "Set up your shop before importing products." },
    body: { limit: MAX_IMPORT_BYTES, code: "file_too_large", message: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.` },
  },
  async ({ request, actor, body: readBody }) => {
    const { db, shop } = actor;
    const mode = oneOf(readSearchParams(new URL(request.url).searchParams, ["mode"]).mode, ["preview", "commit"] as const);
    if (!mode) throw new HttpError(400, "bad_mode", "Use ?mode=preview or ?mode=commit.");
    const text = csvText(await readBody());
    const translate = await refusalTranslator();

    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        let open = true;
        const send = async (line: ImportUpdate) => {
          if (!open) return;
          try {
            controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
          } catch {
            // The browser went away; the work goes on (an import still commits or rolls back whole).
            open = false;
          }
          // Give the server a turn to flush the line before the next batch of work.
          await new Promise((resolve) => setTimeout(resolve, 0));
        };
        const progress = (p: ImportProgress) => send({ type: "progress", ...p });
        try {
          if (mode === "preview") {
            const check = await checkProductImport(db, shop, text, progress);
            await send({ type: "result", mode, imported: 0, report: translatedReport(importReport(check, shop.currency), translate), skuPrefix: "" });
          } else {
            const outcome = await importProductCsv(db, { shop, at: actor.at }, text, progress);
            if (outcome.imported > 0) revalidatePath("/seller/products");
            await send({ type: "result", mode, imported: outcome.imported, report: translatedReport(importReport(outcome.check, shop.currency), translate), skuPrefix: commonSkuPrefix(outcome.check) });
          }
        } catch (error) {
          if (error instanceof UserFacingError) {
            await send({ type: "error", error: { code: "conflict", message: translate(error.message) } });
          } else {
            console.error("[products/import] failed", error);
            await send({ type: "error", error: { code: "internal", message: translate("Something went wrong on our side. Nothing was imported. Please try again.") } });
          }
        } finally {
          if (open) controller.close();
        }
      },
    });
    return streamAnswer(stream, "application/x-ndjson; charset=utf-8");
  },
);
