import { createHash } from "node:crypto";

/** Raw IPs are personal data; a salted hash is enough to tell visitors and attempts apart. */
export function hashIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  return createHash("sha256").update(`portal-ip:${ip}`).digest("hex").slice(0, 32);
}

/** The client's address as the nearest proxy reports it (first x-forwarded-for entry), if any. */
export function clientIp(headers: Headers): string | null {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || null;
}
