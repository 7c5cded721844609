import "server-only";
import { unstable_rethrow } from "next/navigation";
import { errorResponse } from "@/lib/http/errors";

/** What a route handler receives besides the request: its dynamic segments. */
export type RouteContext<P> = { params: Promise<P> };

export type PublicRouteHandler<P> = (request: Request, context: RouteContext<P>) => Promise<Response> | Response;

/**
 * A route handler without a session (health, metrics, media, short links, the OpenAPI document):
 * whatever the handler throws is answered through the one error mapping (lib/http/errors.ts), a
 * typed error as its JSON refusal, anything else as a logged 500 without its text.
 */
export function publicRoute<P = Record<string, never>>(handler: PublicRouteHandler<P>) {
  // Next always passes the request; only a direct call (a test of a handler that does not read it) leaves it out.
  return async (request?: Request, context?: RouteContext<P>): Promise<Response> => {
    try {
      return await handler(request!, context ?? { params: Promise.resolve({} as P) });
    } catch (error) {
      // Next's own control flow (a dynamic-usage bail-out during a static build, say) is not an error.
      unstable_rethrow(error);
      return errorResponse(error, "route");
    }
  };
}
