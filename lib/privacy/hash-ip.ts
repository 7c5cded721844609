import "server-only";
import { createHmac } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { resolveClientIp } from "@/lib/http/trusted-proxies";

let cachedKey: { setting: string; key: Buffer } | null = null;

/**
 * The key of the IP hash: IP_HASH_SECRET, else derived from the auth secret under its own label (so
 * the hashes reveal nothing about the session key). Kept like AUTH_SECRET, never a constant in the
 * code: with a public salt anyone could hash all four billion IPv4 addresses and read them back.
 * Computed once per setting (the redirect asks on every click; a generated secret is a file read).
 */
function ipHashKey(): Buffer {
  const own = process.env.IP_HASH_SECRET;
  const setting = own ? `own:${own}` : `auth:${process.env.AUTH_SECRET ?? ""}`;
  if (cachedKey?.setting !== setting) {
    const key = own ? Buffer.from(own) : createHmac("sha256", authSecret()).update("portal ip hash v1").digest();
    cachedKey = { setting, key };
  }
  return cachedKey.key;
}

/**
 * Raw IPs are personal data; a keyed hash (HMAC-SHA256) is enough to tell visitors and attempts
 * apart. It does not rotate by itself: the unique-click hour and the sign-in throttle compare hashes
 * across time. Changing IP_HASH_SECRET (or AUTH_SECRET) rotates it.
 */
export function hashIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  return createHmac("sha256", ipHashKey()).update(ip).digest("hex").slice(0, 32);
}

/**
 * The client's address: the socket's (set by the server process), or what trusted proxies
 * (TRUSTED_PROXIES) report in X-Forwarded-For; null when the server did not report the socket.
 */
export function clientIp(headers: Headers): string | null {
  return resolveClientIp(headers);
}
