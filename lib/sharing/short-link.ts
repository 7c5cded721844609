/** The address buyers follow: `<origin>/l/<code>`. */
export function shortLinkUrl(origin: string, code: string): string {
  return `${origin}/l/${encodeURIComponent(code)}`;
}

type HeaderReader = { get(name: string): string | null };

const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The portal's public origin for short links and QR codes: PUBLIC_ORIGIN when the deployment sets it
 * (the canonical address behind any proxy), otherwise the host the creator reached us on. Anything
 * that does not look like a host is ignored rather than echoed into a link.
 */
export function publicOrigin(headers: HeaderReader, configured = process.env.PUBLIC_ORIGIN): string {
  if (configured) {
    try {
      const url = new URL(configured);
      if (url.protocol === "https:" || url.protocol === "http:") return url.origin;
    } catch {
      // A malformed setting falls back to the request's host.
    }
  }
  const host = first(headers.get("x-forwarded-host")) ?? first(headers.get("host"));
  const proto = first(headers.get("x-forwarded-proto")) === "https" ? "https" : "http";
  return host && HOST.test(host) ? `${proto}://${host}` : "http://localhost";
}

function first(value: string | null): string | null {
  return value?.split(",")[0]?.trim() || null;
}
