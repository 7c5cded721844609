import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getDb } from "@/db";
import type { Database } from "@/db/client";
import type { Role } from "@/db/schema";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { UserFacingError } from "@/lib/errors";
import { formEntries, formValues, unstorableFields } from "./form-values";

export type FieldErrors = Record<string, string>;
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors: FieldErrors; values: Record<string, string> };

export { UserFacingError } from "@/lib/errors";

type Context<R extends Role | null> = { db: Database; user: R extends Role ? SessionUser : SessionUser | null; formData: FormData };

/**
 * The one way to write a form action: check the session and role, parse the FormData with a zod
 * schema, run the domain call. Returns field messages for bad input and never sends raw exception
 * text to the browser (the cause is logged on the server).
 */
export function formAction<S extends z.ZodType, T, R extends Role | null>(
  options: {
    role: R;
    /** A schema, or a function that builds one for this user (e.g. prices parsed in the shop's currency). */
    schema: S | ((ctx: Context<R>) => S | Promise<S>);
  },
  run: (input: z.infer<S>, ctx: Context<R>) => Promise<T>,
) {
  return async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    const values = formValues(formData);
    const fail = (error: string, fieldErrors: FieldErrors = {}): ActionResult<T> => ({ ok: false, error, fieldErrors, values });
    try {
      const user = await currentUser();
      if (options.role && (!user || user.role !== options.role)) return fail("You do not have access to this action. Sign in again.");
      const unstorable = unstorableFields(formData);
      if (Object.keys(unstorable).length > 0) return fail("Please correct the highlighted fields.", unstorable);
      const ctx = { db: await getDb(), user, formData } as Context<R>;
      const schema = typeof options.schema === "function" ? await options.schema(ctx) : options.schema;
      const parsed = await schema.safeParseAsync(formEntries(formData));
      if (!parsed.success) {
        const fieldErrors: FieldErrors = {};
        for (const issue of parsed.error.issues) {
          const key = issue.path.join(".") || "form";
          fieldErrors[key] ??= issue.message;
        }
        return fail("Please correct the highlighted fields.", fieldErrors);
      }
      const data = await run(parsed.data, ctx);
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof UserFacingError) {
        // A message that belongs to a field is shown next to it, not twice.
        return Object.keys(error.fields).length > 0 ? fail("Please correct the highlighted fields.", error.fields) : fail(error.message);
      }
      console.error("[action] failed", error);
      return fail("Something went wrong on our side. Please try again.");
    }
  };
}
