import "server-only";
import { actorFor, requestActor } from "./context";
import { buildFormAction } from "./build-form-action";
import { refusalTranslator } from "./i18n";

export type { ActionResult, FieldErrors, FormContext } from "./build-form-action";

/**
 * The one way to write a form action: check the session and role, parse the FormData with a zod
 * schema, run the domain call with `ctx.actor` (db, user, time and shop, from server/context.ts).
 * Returns field messages for bad input and never sends raw exception text to the browser (the
 * cause is logged on the server), in the reader's language (server/i18n.ts). The gate itself is in build-form-action.ts (unit-tested there).
 */
export const formAction = buildFormAction({ actorFor, requestActor, localize: refusalTranslator });
