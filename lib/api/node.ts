import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { DIRECT_ROUTES, type DirectRoutes } from "./direct-routes";
import { postOrder } from "./endpoints";
import { apiErrorAnswer } from "./errors";
import { answerApiRequest, tooLarge, unreadableBody, type ApiAnswer, type ApiHandler, type ApiRequest } from "./handler";

/**
 * The conversion API's busiest endpoint answered straight from node:http, ahead of Next's router.
 * Next's pipeline (routing, the web Request and Response, its async context) costs about a
 * millisecond of CPU per request on this machine, as much as recording the order itself; the
 * handler, its checks and its answers are the same as the route handler's (answerApiRequest with
 * the handler from ./endpoints), so the two paths cannot drift apart.
 */
const ROUTES = new Map<string, ApiHandler<Record<string, never>>>([["POST /api/v1/orders", postOrder]]);

const NO_PARAMS = async () => ({}) as Record<string, never>;

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name.toLowerCase()];
  return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
}

/** The body's bytes, refused as soon as they pass `limit`; the rest is left unread (the answer closes the connection). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (error?: Error) => {
      req.off("data", onData).off("end", onEnd).off("error", onBroken).off("close", onClose);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return stop(tooLarge());
      chunks.push(chunk);
    };
    const onEnd = () => stop();
    const onBroken = () => stop(unreadableBody());
    const onClose = () => {
      if (!req.complete) stop(unreadableBody());
    };
    req.on("data", onData).on("end", onEnd).on("error", onBroken).on("close", onClose);
  });
}

function nodeRequest(req: IncomingMessage): ApiRequest {
  return { method: req.method ?? "GET", header: (name) => header(req, name), readBody: (limit) => readBody(req, limit) };
}

function write(res: ServerResponse, answer: ApiAnswer): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string | number> = { ...answer.headers };
  if (answer.body !== null) headers["Content-Length"] = Buffer.byteLength(answer.body);
  // A refused body may still be arriving: the connection is not reused after it.
  if (answer.status === 413) headers["Connection"] = "close";
  res.writeHead(answer.status, headers).end(answer.body ?? undefined);
}

/** Answers the request if it is one of ROUTES (method and exact path; a query string is allowed), else returns false. */
export const answerDirectly: DirectRoutes = (req, res) => {
  const url = req.url ?? "";
  const query = url.indexOf("?");
  const handler = ROUTES.get(`${req.method} ${query < 0 ? url : url.slice(0, query)}`);
  if (!handler) return false;
  answerApiRequest(nodeRequest(req), handler, NO_PARAMS).then(
    (answer) => write(res, answer),
    // answerApiRequest answers every error itself; this is the last guard against a bug in it.
    (error: unknown) => write(res, apiErrorAnswer(error)),
  );
  return true;
};

/** Called once per server process (instrumentation.ts): from now on the server answers ROUTES itself. */
export function registerDirectRoutes(): void {
  (globalThis as Record<symbol, DirectRoutes | undefined>)[DIRECT_ROUTES] = answerDirectly;
}
