import "server-only";
import { ZodError } from "zod";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, UserFacingError } from "@/lib/errors";

/**
 * The one mapping from a thrown error to an HTTP answer, shared by the public API (lib/api),
 * the session route handlers (server/session-route.ts) and the other route handlers
 * (server/public-route.ts). The body is always `{ "error": { "code", "message", "fields"? } }`.
 * Only errors meant for the caller carry their text out; anything else is a bug, logged and
 * answered with a generic 500.
 */

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

/** A refusal with its HTTP status and a stable machine-readable code. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export const INTERNAL_ERROR_MESSAGE = "Something went wrong on our side. Please try again later.";

/** `lines.0.quantity` → its first message: one message per field is enough to fix the request. */
function zodFields(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.map(String).join(".") || "body"] ??= issue.message;
  return fields;
}

/** The HTTP refusal an error stands for, or null for a bug. */
export function toHttpError(error: unknown): HttpError | null {
  if (error instanceof HttpError) return error;
  if (error instanceof ZodError) return new HttpError(422, "validation_failed", "The request body is invalid: see error.fields.", zodFields(error));
  if (error instanceof UnauthenticatedError) return new HttpError(401, "unauthenticated", error.message);
  if (error instanceof ForbiddenError) return new HttpError(403, "forbidden", error.message);
  if (error instanceof NotFoundError) return new HttpError(404, "not_found", error.message);
  if (error instanceof ConflictError) return new HttpError(409, "conflict", error.message);
  if (error instanceof UserFacingError) {
    const fields = Object.keys(error.fields).length > 0 ? error.fields : undefined;
    return new HttpError(422, fields ? "validation_failed" : "unprocessable_entity", error.message, fields);
  }
  return null;
}

/** The status and JSON body for anything a handler threw; a bug is logged under `scope`, its text never sent. */
export function errorAnswer(error: unknown, scope: string): { status: number; body: ErrorBody } {
  const known = toHttpError(error);
  if (!known) {
    console.error(`[${scope}] unexpected error`, error);
    return { status: 500, body: { error: { code: "internal_error", message: INTERNAL_ERROR_MESSAGE } } };
  }
  return { status: known.status, body: { error: { code: known.code, message: known.message, ...(known.fields ? { fields: known.fields } : {}) } } };
}

/** The same answer as a web Response for a route handler: JSON, never cached. */
export function errorResponse(error: unknown, scope: string): Response {
  const { status, body } = errorAnswer(error, scope);
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
