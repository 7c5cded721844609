import "server-only";
import { publicOrigin, requestOrigin } from "@/lib/sharing/short-link";

type HeaderReader = { get(name: string): string | null };

/**
 * Whether a state-changing request to a session route handler comes from the portal's own pages.
 * A browser marks every request it sends: `Sec-Fetch-Site` (same-origin for our own pages' fetches)
 * and `Origin` on every POST. Another site can still make the browser send the session cookie (a
 * `no-cors` fetch with a text/plain body needs no preflight), so anything a browser marks as coming
 * from elsewhere is refused. A request with neither header is not a browser's cross-site request
 * (a script with the cookie could send anything anyway) and is let through.
 */
export function isSameOriginRequest(headers: HeaderReader): boolean {
  const site = headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin";
  const origin = headers.get("origin");
  if (origin === null) return true;
  return origin === publicOrigin(headers) || origin === requestOrigin(headers);
}

/** The answer to a request that fails isSameOriginRequest; sessionRoute (server/session-route.ts) answers it to every
 * state-changing request before looking at the session. */
export function crossOriginRefusal(): Response {
  return Response.json(
    { error: { code: "cross_origin", message: "This request did not come from the portal's own pages." } },
    { status: 403, headers: { "Cache-Control": "no-store" } },
  );
}
