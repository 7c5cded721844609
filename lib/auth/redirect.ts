/**
 * A `next` path from a query string, kept only when it stays on this site: a relative path, not
 * "//evil.example" or "/\evil.example" (which browsers treat as another host). Anything else
 * falls back, so sign-in can never become an open redirect.
 */
export function safeNextPath(next: string | null | undefined, fallback = "/"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  try {
    const base = "http://portal.invalid";
    const url = new URL(next, base);
    if (url.origin !== base) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
