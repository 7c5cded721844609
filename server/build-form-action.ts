import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { NO_SHOP_MESSAGE, UserFacingError } from "@/lib/errors";
import type { ActorKind, ActorKinds, RequestActor } from "@/lib/actor";
import { formEntries, formValues, unstorableFields } from "@/lib/actions/form-values";

import type { ActionResult, FieldErrors } from "@/lib/actions/result";

export type { ActionResult, FieldErrors } from "@/lib/actions/result";

export type FormContext<R extends ActorKind | null> = {
  /** The request's actor (server/context.ts): db, user, time and, for a seller, the shop. */
  actor: R extends ActorKind ? ActorKinds[R] : RequestActor;
  formData: FormData;
};

/**
 * Where formAction gets the request's actor: server/context.ts in the app (form-action.ts), small
 * functions returning plain actors in its unit test, so the gate can be tested without a session.
 */
export type FormActionDeps = {
  /** The actor of a role, or a typed refusal (UnauthenticatedError, ForbiddenError, "Set up your shop first."). */
  actorFor: <K extends ActorKind>(kind: K) => Promise<ActorKinds[K]>;
  /** The actor of an action that needs no role: whoever is signed in, if anyone. */
  requestActor: () => Promise<RequestActor>;
  /** Puts a refusal's messages in the reader's language (server/i18n.ts); left out, they stay as written. */
  localize?: () => Promise<(message: string) => string>;
};

/** formAction over its source of actors: see `formAction` in server/form-action.ts. */
export function buildFormAction(deps: FormActionDeps) {
  return function formAction<S extends z.ZodType, T, R extends ActorKind | null>(
    options: {
      role: R;
      /** A schema, or a function that builds one for this actor (e.g. prices parsed in the shop's currency). */
      schema: S | ((ctx: FormContext<R>) => S | Promise<S>);
    },
    run: (input: z.infer<S>, ctx: FormContext<R>) => Promise<T>,
  ) {
    const localized = async (result: ActionResult<T>): Promise<ActionResult<T>> => {
      if (result.ok || !deps.localize) return result;
      const translate = await deps.localize();
      const fieldErrors: FieldErrors = Object.fromEntries(Object.entries(result.fieldErrors).map(([field, message]) => [field, translate(message)]));
      return { ...result, error: translate(result.error), fieldErrors };
    };
    return async (previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => localized(await answer(previous, formData));

    async function answer(_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> {
      const values = formValues(formData);
      const fail = (error: string, fieldErrors: FieldErrors = {}): ActionResult<T> => ({ ok: false, error, fieldErrors, values });
      try {
        let ctx: FormContext<R>;
        if (options.role) {
          const actor = await deps.actorFor(options.role).catch((error: unknown) => {
            if (error instanceof UserFacingError) return error;
            throw error;
          });
          // Signed out and signed in as another role get the same answer.
          if (actor instanceof UserFacingError) return fail(actor.message === NO_SHOP_MESSAGE ? actor.message : "You do not have access to this action. Sign in again.");
          ctx = { actor, formData } as FormContext<R>;
        } else {
          ctx = { actor: await deps.requestActor(), formData } as FormContext<R>;
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
    }
  };
}
