import { NextResponse, type NextRequest } from "next/server";
import { pageCsp, securityHeaders } from "@/lib/http/security-headers";
import { requestIsHttps } from "@/lib/sharing/short-link";
import { hasSessionCookie } from "@/lib/auth/session-cookies";

const SIGNED_IN_AREAS = /^\/(?:creator|seller|admin|account)(?:\/|$)/;

/**
 * Two quick jobs before a page renders, nothing that needs the database:
 * - visitors of a signed-in area with no session cookie at all go to sign-in (the real check, a
 *   valid session of the right role, happens in each route group's layout and page on the server);
 * - every page gets a Content-Security-Policy with a fresh script nonce, which Next reads from the
 *   request's policy and puts on its own scripts (pages are rendered per request for it, see
 *   app/layout.tsx), plus the static security headers, also under `next dev`.
 */
export function proxy(request: NextRequest) {
  const https = requestIsHttps(request.headers);
  const response = SIGNED_IN_AREAS.test(request.nextUrl.pathname) && !hasSessionCookie(request.cookies)
    ? signInRedirect(request)
    : withNonce(request, https);
  for (const [name, value] of securityHeaders({ https })) if (!response.headers.has(name)) response.headers.set(name, value);
  return response;
}

function signInRedirect(request: NextRequest): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = `?next=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

function withNonce(request: NextRequest, https: boolean): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = pageCsp(nonce, { https, dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: not the short-link redirect or the APIs (the hot paths, which get the static
      // headers from the server process), not static files, uploads or the icon.
      source: "/((?!l/|api/|_next/static|_next/image|media/|favicon.ico).*)",
      // Prefetches carry no HTML to protect.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
