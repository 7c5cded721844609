import "server-only";
import { unstable_rethrow } from "next/navigation";
import { ForbiddenError, UnauthenticatedError, UserFacingError } from "@/lib/errors";
import { declaresMoreThan, readLimitedBody } from "@/lib/http/body";
import { HttpError, errorResponse } from "@/lib/http/errors";
import { crossOriginRefusal, isSameOriginRequest } from "@/lib/http/same-origin";
import type { ActorKind, ActorKinds } from "@/lib/actor";
import { actorFor, NO_SHOP_MESSAGE } from "./context";
import type { RouteContext } from "./public-route";

/** Builds the request's actor or throws UnauthenticatedError / ForbiddenError / the no-shop UserFacingError (actorFor's contract). */
export type ActorResolver = <K extends ActorKind>(kind: K) => Promise<ActorKinds[K]>;

/** The body limit of a session route that reads its request's body. */
export const DEFAULT_SESSION_BODY_BYTES = 256 * 1024;

export type SessionRouteOptions<K extends ActorKind> = {
  role: K;
  /** The texts of the refusals, when the route words them its own way (the codes never change). */
  refusals?: { unauthenticated?: string; forbidden?: string; noShop?: string };
  /** The largest body `ctx.body()` reads, and the 413 it answers past it. */
  body?: { limit: number; code: string; message: string };
  /** Test seam: who is asking (default actorFor, from the session). */
  resolveActor?: ActorResolver;
};

export type SessionRouteContext<K extends ActorKind, P> = {
  request: Request;
  actor: ActorKinds[K];
  params: P;
  /** The request's body, refused with a 413 as soon as it passes the route's limit. */
  body: () => Promise<Buffer>;
};

export type SessionRouteHandler<K extends ActorKind, P> = (ctx: SessionRouteContext<K, P>) => Promise<Response> | Response;

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** actorFor's refusals as this route words them: 401 unauthenticated, 403 forbidden, 409 no_shop. */
function refusal(error: unknown, refusals: SessionRouteOptions<ActorKind>["refusals"] = {}): unknown {
  if (error instanceof UnauthenticatedError) return new HttpError(401, "unauthenticated", refusals.unauthenticated ?? error.message);
  if (error instanceof ForbiddenError) return new HttpError(403, "forbidden", refusals.forbidden ?? error.message);
  if (error instanceof UserFacingError && error.message === NO_SHOP_MESSAGE) return new HttpError(409, "no_shop", refusals.noShop ?? error.message);
  return error;
}

/**
 * The one way to write a route handler behind a session (downloads, the pickers' searches, the
 * CSV import): refuses a state-changing request another site made the browser send (403
 * cross_origin), resolves the actor of `role` (401 unauthenticated, 403 forbidden, 409 no_shop),
 * gives the handler a size-limited body reader, and answers whatever the handler throws through
 * the one error mapping (lib/http/errors.ts): a typed error as its JSON refusal, anything else as
 * a logged 500 without its text. Every refusal is JSON and never cached.
 */
export function sessionRoute<K extends ActorKind, P = Record<string, never>>(options: SessionRouteOptions<K>, handler: SessionRouteHandler<K, P>) {
  const resolveActor = options.resolveActor ?? actorFor;
  const body = options.body ?? { limit: DEFAULT_SESSION_BODY_BYTES, code: "payload_too_large", message: `The request body is larger than ${DEFAULT_SESSION_BODY_BYTES / 1024} KB.` };
  const tooLarge = () => new HttpError(413, body.code, body.message);
  const unreadable = () => new HttpError(400, "invalid_body", "The request body could not be read.");
  return async (request: Request, context?: RouteContext<P>): Promise<Response> => {
    if (STATE_CHANGING.has(request.method.toUpperCase()) && !isSameOriginRequest(request.headers)) return crossOriginRefusal();
    try {
      const actor = await resolveActor(options.role).catch((error: unknown) => {
        throw refusal(error, options.refusals);
      });
      const readBody = async () => {
        if (declaresMoreThan(request.headers, body.limit)) throw tooLarge();
        return readLimitedBody(request, body.limit, { tooLarge, unreadable });
      };
      return await handler({ request, actor, params: ((await context?.params) ?? {}) as P, body: readBody });
    } catch (error) {
      unstable_rethrow(error);
      return errorResponse(error, "route");
    }
  };
}
