import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * The seam between the server process (scripts/next-server.ts) and the app's code, which Next
 * bundles and loads itself: instrumentation.ts puts the direct routes here when the server starts,
 * and the server's request listener looks here before handing a request to Next. Until then, or
 * under `next dev`, every request goes through Next's router.
 */
export const DIRECT_ROUTES = Symbol.for("affiliate-portal.direct-routes");

/** Answers the request and returns true when it is one of the direct routes; false leaves it to Next. */
export type DirectRoutes = (req: IncomingMessage, res: ServerResponse) => boolean;
