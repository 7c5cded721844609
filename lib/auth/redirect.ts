import "server-only";

const BASE = "http://portal.invalid";

/** A path the browser resolves against this site only: one leading "/", never "//" or "/\" (another host). */
function staysOnSite(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && new URL(path, BASE).origin === BASE;
}

/**
 * A `next` path from a query string, kept only when it stays on this site. The check runs on the
 * raw string and again on the normalised path that is returned: "/..//evil.example" passes the
 * first but normalises to "//evil.example", which a browser reads as another host. Anything else
 * falls back, so sign-in can never become an open redirect.
 */
export function safeNextPath(next: string | null | undefined, fallback = "/"): string {
  try {
    if (!next || !staysOnSite(next)) return fallback;
    const url = new URL(next, BASE);
    const path = `${url.pathname}${url.search}${url.hash}`;
    return staysOnSite(path) ? path : fallback;
  } catch {
    return fallback;
  }
}
