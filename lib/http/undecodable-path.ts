import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * A request path that is not percent-encoded UTF-8 (/p/%FF, /s/%C3%28, /c/%) names nothing on this
 * site, but Next's router fails to decode it and answers 500 before any of our code runs. The
 * server's listener (scripts/next-server.ts) asks this first and answers 400 itself.
 */
export function isDecodablePath(url: string): boolean {
  const query = url.indexOf("?");
  try {
    decodeURIComponent(query < 0 ? url : url.slice(0, query));
    return true;
  } catch {
    return false;
  }
}

/** Answers 400 (JSON under /api/, plain text elsewhere) and returns true when the path cannot be decoded; false leaves the request alone. */
export function refuseUndecodablePath(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? "/";
  if (isDecodablePath(url)) return false;
  const api = url.startsWith("/api/");
  const body = api
    ? JSON.stringify({ error: { code: "invalid_path", message: "The request path is not valid percent-encoded UTF-8." } })
    : "Bad request: the address is not valid percent-encoded UTF-8.\n";
  res
    .writeHead(400, { "Content-Type": api ? "application/json" : "text/plain; charset=utf-8", "Content-Length": Buffer.byteLength(body), "Cache-Control": "no-store" })
    .end(body);
  return true;
}
