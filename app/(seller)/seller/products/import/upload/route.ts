import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { findShopByOwner } from "@/db/queries/shops";
import { currentUser } from "@/server/session";
import { MAX_IMPORT_BYTES } from "@/lib/catalogue/csv-import";
import { commonSkuPrefix, importReport, type ImportProgress, type ImportUpdate } from "@/lib/catalogue/csv-import-check";
import { checkProductImport, importProductCsv } from "@/lib/catalogue/product-import";
import { now } from "@/lib/clock";
import { UserFacingError } from "@/lib/errors";
import { crossOriginRefusal, isSameOriginRequest } from "@/lib/http/same-origin";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

function errorResponse(status: number, code: string, message: string) {
  return Response.json({ error: { code, message } }, { status, headers: NO_STORE });
}

type Body = { ok: true; text: string } | { ok: false; response: Response };

/** The raw CSV body, at most MAX_IMPORT_BYTES of UTF-8; stops reading as soon as it is too big. */
async function readCsv(request: Request): Promise<Body> {
  const tooBig = () => ({ ok: false as const, response: errorResponse(413, "file_too_large", `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.`) });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES) return tooBig();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
    size += part.value.byteLength;
    if (size > MAX_IMPORT_BYTES) {
      await reader!.cancel();
      return tooBig();
    }
    chunks.push(part.value);
  }
  if (size === 0) return { ok: false, response: errorResponse(422, "empty_file", "The file is empty. Choose a CSV file with a header line and one product per line.") };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)) };
  } catch {
    return { ok: false, response: errorResponse(422, "not_utf8", 'The file is not UTF-8 text. In your spreadsheet, save it as "CSV UTF-8".') };
  }
}

/**
 * POST the CSV file as the body. `?mode=preview` checks it and writes nothing; `?mode=commit` checks
 * it again and imports every product, or none. The answer streams NDJSON: progress lines while the
 * rows are checked and inserted, then one result line. Problems before the stream starts (session,
 * size, encoding) are JSON errors with a 4xx status.
 */
export async function POST(request: Request) {
  if (!isSameOriginRequest(request.headers)) return crossOriginRefusal();
  const user = await currentUser();
  if (!user) return errorResponse(401, "unauthenticated", "Your session has ended. Sign in again.");
  if (user.role !== "seller") return errorResponse(403, "forbidden", "Only sellers can import products.");
  const mode = new URL(request.url).searchParams.get("mode");
  if (mode !== "preview" && mode !== "commit") return errorResponse(400, "bad_mode", "Use ?mode=preview or ?mode=commit.");
  const db = await getDb();
  const shop = await findShopByOwner(db, user.id);
  if (!shop) return errorResponse(409, "no_shop", "Set up your shop before importing products.");
  const body = await readCsv(request);
  if (!body.ok) return body.response;

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
          const check = await checkProductImport(db, shop, body.text, progress);
          await send({ type: "result", mode, imported: 0, report: importReport(check, shop.currency), skuPrefix: "" });
        } else {
          const outcome = await importProductCsv(db, { shop, at: now() }, body.text, progress);
          if (outcome.imported > 0) revalidatePath("/seller/products");
          await send({ type: "result", mode, imported: outcome.imported, report: importReport(outcome.check, shop.currency), skuPrefix: commonSkuPrefix(outcome.check) });
        }
      } catch (error) {
        if (error instanceof UserFacingError) {
          await send({ type: "error", error: { code: "conflict", message: error.message } });
        } else {
          console.error("[products/import] failed", error);
          await send({ type: "error", error: { code: "internal", message: "Something went wrong on our side. Nothing was imported. Please try again." } });
        }
      } finally {
        if (open) controller.close();
      }
    },
  });
  return new Response(stream, { headers: { ...NO_STORE, "Content-Type": "application/x-ndjson; charset=utf-8", "X-Accel-Buffering": "no" } });
}
