import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getDb } from "@/db";
import type { Database } from "@/db/client";
import { currentUser, type SessionUser } from "@/server/session";
import { UserFacingError } from "@/lib/errors";
import type { ActorKind, ActorKinds } from "@/lib/actor";
import { actorFor, NO_SHOP_MESSAGE } from "./context";
import { formEntries, formValues, unstorableFields } from "@/lib/actions/form-values";

export type FieldErrors = Record<string, string>;
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors: FieldErrors; values: Record<string, string> };

export { UserFacingError } from "@/lib/errors";

type Context<R extends ActorKind | null> = {
  db: Database;
  user: R extends ActorKind ? SessionUser : SessionUser | null;
  /** The request's actor (server/context.ts), for actions that name a role. */
  actor: R extends ActorKind ? ActorKinds[R] : undefined;
  formData: FormData;
};

/**
 * The one way to write a form action: check the session and role, parse the FormData with a zod
 * schema, run the domain call. Returns field messages for bad input and never sends raw exception
 * text to the browser (the cause is logged on the server).
 */
export function formAction<S extends z.ZodType, T, R extends ActorKind | null>(
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
      let ctx: Context<R>;
      if (options.role) {
        const actor = await actorFor(options.role).catch((error: unknown) => {
          if (error instanceof UserFacingError) return error;
          throw error;
        });
        // Signed out and signed in as another role get the same answer.
        if (actor instanceof UserFacingError) return fail(actor.message === NO_SHOP_MESSAGE ? actor.message : "You do not have access to this action. Sign in again.");
        ctx = { db: actor.db, user: actor.user, actor, formData } as Context<R>;
      } else {
        ctx = { db: await getDb(), user: await currentUser(), actor: undefined, formData } as Context<R>;
      }
      const unstorable = unstorableFields(formData);
      if (Object.keys(unstorable).length > 0) return fail("Please correct the highlighted fields.", unstorable);
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
