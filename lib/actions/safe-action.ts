import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getDb } from "@/db";
import type { Database } from "@/db/client";
import type { Role } from "@/db/schema";
import { currentUser, type SessionUser } from "@/lib/auth/session";

export type FieldErrors = Record<string, string>;
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors: FieldErrors; values: Record<string, string> };

/** A failure the user can act on: its message (and field) go back to the form as they are. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

type Context<R extends Role | null> = { db: Database; user: R extends Role ? SessionUser : SessionUser | null };

// Fields never echoed back into a form.
const SECRET_FIELDS = /password|secret|token|account_?number|iban/i;

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$") && !SECRET_FIELDS.test(key)) values[key] = value;
  }
  return values;
}

/**
 * The one way to write a form action: check the session and role, parse the FormData with a zod
 * schema, run the domain call. Returns field messages for bad input and never sends raw exception
 * text to the browser (the cause is logged on the server).
 */
export function formAction<S extends z.ZodType, T, R extends Role | null>(
  options: { role: R; schema: S },
  run: (input: z.infer<S>, ctx: Context<R>) => Promise<T>,
) {
  return async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    const values = formValues(formData);
    const fail = (error: string, fieldErrors: FieldErrors = {}): ActionResult<T> => ({ ok: false, error, fieldErrors, values });
    try {
      const user = await currentUser();
      if (options.role && (!user || user.role !== options.role)) return fail("You do not have access to this action. Sign in again.");
      const parsed = options.schema.safeParse(Object.fromEntries(formData));
      if (!parsed.success) {
        const fieldErrors: FieldErrors = {};
        for (const issue of parsed.error.issues) {
          const key = issue.path.join(".") || "form";
          fieldErrors[key] ??= issue.message;
        }
        return fail("Please correct the highlighted fields.", fieldErrors);
      }
      const data = await run(parsed.data, { db: await getDb(), user } as Context<R>);
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof UserFacingError) {
        // A message that belongs to a field is shown next to it, not twice.
        return error.field ? fail("Please correct the highlighted fields.", { [error.field]: error.message }) : fail(error.message);
      }
      console.error("[action] failed", error);
      return fail("Something went wrong on our side. Please try again.");
    }
  };
}
