import "server-only";
import { HttpError, errorAnswer, type ErrorBody } from "@/lib/http/errors";
import type { ApiAnswer } from "./handler";

/**
 * The conversion API's error answers: always `{ "error": { "code", "message", "fields"? } }`, with
 * a status a client can act on, through the one error mapping of every route (lib/http/errors.ts).
 * Only errors meant for the caller carry their text out; anything else is a bug, logged there and
 * answered with a generic 500.
 */

export type ApiErrorBody = ErrorBody;

/** A refusal with its HTTP status and a stable machine-readable code (the API's name for HttpError). */
export const ApiError = HttpError;
export type ApiError = HttpError;

/** A JSON answer that no cache keeps. */
export function apiAnswer(data: unknown, init: { status?: number; headers?: Record<string, string> } = {}): ApiAnswer {
  return { status: init.status ?? 200, headers: { "Content-Type": "application/json", "Cache-Control": "no-store", ...init.headers }, body: JSON.stringify(data) };
}

/** The answer for anything a handler threw. */
export function apiErrorAnswer(error: unknown): ApiAnswer {
  const { status, body } = errorAnswer(error, "api");
  // RFC 6750: a 401 names the scheme the client should use.
  return apiAnswer(body, { status, headers: status === 401 ? { "WWW-Authenticate": 'Bearer realm="conversion-api"' } : {} });
}
