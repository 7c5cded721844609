import "server-only";

/**
 * The headers every answer carries (pages, JSON, the redirect, the direct routes, static files):
 * nobody may frame the portal (a signed-in wallet framed from another site), the browser must not
 * guess content types, referrers leave only as an origin, and over https the browser is told to
 * stay on https. scripts/next-server.ts sets them on every response before anything else answers;
 * proxy.ts replaces the policy of HTML pages with one carrying a per-request script nonce.
 */

/** For answers that are not our React pages (JSON, CSV, images, the redirect's small HTML pages). */
export const STATIC_CSP = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * The policy of an HTML page: scripts only with this answer's nonce (Next puts it on its own
 * scripts when it finds it in the request's policy), and what they load ('strict-dynamic').
 * Styles allow inline: React renders `style` attributes, which a nonce cannot cover, and a nonce in
 * style-src would switch 'unsafe-inline' off. Images: uploads under /media, data: QR codes.
 */
export function pageCsp(nonce: string, options: { https: boolean; dev?: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

const COMMON: ReadonlyArray<readonly [string, string]> = [
  ["X-Frame-Options", "DENY"],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
];

const HSTS = ["Strict-Transport-Security", "max-age=31536000; includeSubDomains"] as const;

/** The static set, as [name, value] pairs; HSTS only for a request that came over https. */
export function securityHeaders(options: { https: boolean }): Array<readonly [string, string]> {
  return [["Content-Security-Policy", STATIC_CSP], ...COMMON, ...(options.https ? [HSTS] : [])];
}
