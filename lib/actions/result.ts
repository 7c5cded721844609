import "server-only";

/** Field name → the message shown next to it. */
export type FieldErrors = Record<string, string>;

/**
 * What a server action built with `formAction` (server/form-action.ts) answers: its data, or the
 * refusal with field messages and the submitted values minus secret fields (lib/actions/form-values.ts).
 * A type only, so client components can read it without importing the request edge.
 */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors: FieldErrors; values: Record<string, string> };
