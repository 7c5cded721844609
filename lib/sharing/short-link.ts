import "server-only";
import { trustedProxies, viaTrustedProxy } from "@/lib/http/trusted-proxies";

/** The address buyers follow: `<origin>/l/<code>`. */
export function shortLinkUrl(origin: string, code: string): string {
  return `${origin}/l/${encodeURIComponent(code)}`;
}

type HeaderReader = { get(name: string): string | null };

const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

function originOf(setting: string | undefined): string | null {
  if (!setting) return null;
  try {
    const url = new URL(setting);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    // A malformed setting falls back to the next rule.
    return null;
  }
}

/**
 * The origin the request was addressed to: its Host header, or X-Forwarded-Host and -Proto when a
 * trusted proxy (TRUSTED_PROXIES) relayed it; anyone else can send those. Anything that does not
 * look like a host is ignored rather than echoed into a link.
 */
export function requestOrigin(headers: HeaderReader, proxies = trustedProxies()): string {
  const forwarded = viaTrustedProxy(headers, proxies);
  const host = (forwarded ? first(headers.get("x-forwarded-host")) : null) ?? first(headers.get("host"));
  const proto = forwarded && first(headers.get("x-forwarded-proto")) === "https" ? "https" : "http";
  return host && HOST.test(host) ? `${proto}://${host}` : "http://localhost";
}

/** The origin the deployment configured (PUBLIC_ORIGIN, else AUTH_URL), or null. */
export function configuredOrigin(configured = process.env.PUBLIC_ORIGIN, authUrl = process.env.AUTH_URL): string | null {
  return originOf(configured) ?? originOf(authUrl);
}

/**
 * The portal's public origin, the one rule for every URL we build (short links, QR codes, the API
 * docs, next-auth's redirects): PUBLIC_ORIGIN when the deployment sets it (the canonical address
 * behind any proxy), else AUTH_URL's origin, else the origin the request was addressed to.
 */
export function publicOrigin(
  headers: HeaderReader,
  configured = process.env.PUBLIC_ORIGIN,
  proxies = process.env.TRUSTED_PROXIES,
  authUrl = process.env.AUTH_URL,
): string {
  return configuredOrigin(configured, authUrl) ?? requestOrigin(headers, trustedProxies(proxies ?? ""));
}

/** Whether the visitor's connection is https: the configured origin says so, or a trusted proxy does. */
export function requestIsHttps(headers: HeaderReader, configured = process.env.PUBLIC_ORIGIN || process.env.AUTH_URL, proxies = trustedProxies()): boolean {
  const origin = originOf(configured);
  if (origin) return origin.startsWith("https:");
  return viaTrustedProxy(headers, proxies) && first(headers.get("x-forwarded-proto")) === "https";
}

function first(value: string | null): string | null {
  return value?.split(",")[0]?.trim() || null;
}
