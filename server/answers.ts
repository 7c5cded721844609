import "server-only";

/**
 * Small builders for route handlers' answers that are not JSON: a CSV download, a streamed body.
 * Every one is `Cache-Control: no-store` (private data, built per request).
 */

const NO_STORE = "no-store";

/** `attachment; filename="…"`: the browser saves the answer under that name. */
export function attachment(filename: string): string {
  return `attachment; filename="${filename}"`;
}

/** A CSV file to download (UTF-8; a byte order mark, when wanted, is part of `csv`). */
export function csvAnswer(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment(filename), "Cache-Control": NO_STORE },
  });
}

/** A body streamed as it is produced (NDJSON progress, say); proxies are asked not to buffer it. */
export function streamAnswer(stream: ReadableStream<Uint8Array>, contentType: string): Response {
  return new Response(stream, { headers: { "Cache-Control": NO_STORE, "Content-Type": contentType, "X-Accel-Buffering": "no" } });
}

/** A JSON answer that no cache keeps. */
export function jsonAnswer(data: unknown, init: { status?: number } = {}): Response {
  return Response.json(data, { status: init.status ?? 200, headers: { "Cache-Control": NO_STORE } });
}
