import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Request signatures for the conversion API, in the style of Stripe's webhooks:
 *
 *   X-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with the signing secret>
 *
 * The timestamp is inside the signed text, so an old request cannot be replayed with a fresh
 * timestamp, and requests older than the tolerance are refused. Several `v1=` values may be sent:
 * during a secret rotation the caller signs with the old and the new secret, and one match is
 * enough. Pure: no clock, no I/O.
 */

export const SIGNATURE_HEADER = "X-Signature";
export const DEFAULT_TOLERANCE_SECONDS = 300;

export type SignatureFailure = "missing" | "malformed" | "timestamp" | "mismatch";
export type SignatureCheck = { ok: true } | { ok: false; reason: SignatureFailure };

const TIMESTAMP = /^\d{1,12}$/;
const HEX_SHA256 = /^[0-9a-f]{64}$/i;

function hmac(secret: string, timestamp: number, rawBody: string | Uint8Array): Buffer {
  // The exact bytes of the body: a re-serialised JSON (other spacing, key order) would not match.
  return createHmac("sha256", secret).update(`${timestamp}.`, "utf8").update(rawBody).digest();
}

/** The X-Signature header value for a body sent at `timestamp` (unix seconds). */
export function signPayload(secret: string, timestamp: number, rawBody: string | Uint8Array): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, rawBody).toString("hex")}`;
}

type ParsedHeader = { timestamp: number; signatures: Buffer[] };

/** `t=…,v1=…[,v1=…]`; unknown schemes (a future v2) are ignored, a broken t or v1 is malformed. */
function parseHeader(header: string): ParsedHeader | null {
  let timestamp: number | null = null;
  const signatures: Buffer[] = [];
  for (const part of header.split(",")) {
    const separator = part.indexOf("=");
    if (separator < 0) return null;
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (key === "t") {
      if (timestamp !== null || !TIMESTAMP.test(value)) return null;
      timestamp = Number(value);
    } else if (key === "v1") {
      if (!HEX_SHA256.test(value)) return null;
      signatures.push(Buffer.from(value, "hex"));
    }
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

export function verifySignature({
  header,
  rawBody,
  secret,
  now,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
}: {
  header: string | null | undefined;
  rawBody: string | Uint8Array;
  secret: string;
  now: Date;
  toleranceSeconds?: number;
}): SignatureCheck {
  if (!header?.trim()) return { ok: false, reason: "missing" };
  const parsed = parseHeader(header);
  if (!parsed) return { ok: false, reason: "malformed" };
  const expected = hmac(secret, parsed.timestamp, rawBody);
  // Every candidate is compared in constant time (same length by the parse: 32 bytes each).
  const matched = parsed.signatures.reduce((found, candidate) => timingSafeEqual(candidate, expected) || found, false);
  if (!matched) return { ok: false, reason: "mismatch" };
  // Checked after the HMAC, so only a holder of the secret learns that its clock is off.
  const skew = Math.abs(Math.floor(now.getTime() / 1000) - parsed.timestamp);
  if (skew > toleranceSeconds) return { ok: false, reason: "timestamp" };
  return { ok: true };
}
