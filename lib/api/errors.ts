import "server-only";
import { ZodError } from "zod";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";
import type { ApiAnswer } from "./handler";

/**
 * The conversion API's error answers: always `{ "error": { "code", "message", "fields"? } }`, with
 * a status a client can act on. Only errors meant for the caller carry their text out; anything
 * else is a bug, logged here and answered with a generic 500.
 */

export type ApiErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

/** A refusal with its HTTP status and a stable machine-readable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

/** A JSON answer that no cache keeps. */
export function apiAnswer(data: unknown, init: { status?: number; headers?: Record<string, string> } = {}): ApiAnswer {
  return { status: init.status ?? 200, headers: { "Content-Type": "application/json", "Cache-Control": "no-store", ...init.headers }, body: JSON.stringify(data) };
}

/** `lines.0.quantity` → its first message: one message per field is enough to fix the request. */
function zodFields(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.map(String).join(".") || "body"] ??= issue.message;
  return fields;
}

function toApiError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) return new ApiError(422, "validation_failed", "The request body is invalid: see error.fields.", zodFields(error));
  if (error instanceof NotFoundError) return new ApiError(404, "not_found", error.message);
  if (error instanceof ConflictError) return new ApiError(409, "conflict", error.message);
  if (error instanceof UserFacingError) {
    const fields = Object.keys(error.fields).length > 0 ? error.fields : undefined;
    return new ApiError(422, fields ? "validation_failed" : "unprocessable_entity", error.message, fields);
  }
  return null;
}

/** The answer for anything a handler threw. */
export function apiErrorAnswer(error: unknown): ApiAnswer {
  const known = toApiError(error);
  if (!known) {
    console.error("[api] unexpected error", error);
    return apiAnswer({ error: { code: "internal_error", message: "Something went wrong on our side. Please try again later." } } satisfies ApiErrorBody, { status: 500 });
  }
  const body: ApiErrorBody = { error: { code: known.code, message: known.message, ...(known.fields ? { fields: known.fields } : {}) } };
  // RFC 6750: a 401 names the scheme the client should use.
  return apiAnswer(body, { status: known.status, headers: known.status === 401 ? { "WWW-Authenticate": 'Bearer realm="conversion-api"' } : {} });
}
