import "server-only";
import { createHash } from "node:crypto";
import type { Database } from "@/db/client";
import { countRateLimitEvents, recordRateLimitEvent } from "@/db/queries/rate-limits";
import { hashIp } from "@/lib/privacy/hash-ip";

/** At most `max` counted attempts of `action` per subject within `windowMs`. */
export type RateLimit = { action: string; max: number; windowMs: number };

const QUARTER_HOUR_MS = 15 * 60_000;

/** Reset e-mails to one address: enough for a lost message or two, not enough to flood an inbox. */
export const RESET_REQUESTS_PER_EMAIL: RateLimit = { action: "password_reset:email", max: 3, windowMs: QUARTER_HOUR_MS };
export const RESET_REQUESTS_PER_ADDRESS: RateLimit = { action: "password_reset:address", max: 10, windowMs: QUARTER_HOUR_MS };
/** "An account with this e-mail already exists" tells whether an e-mail has an account, so it is rationed. */
export const EMAIL_TAKEN_ANSWERS_PER_ADDRESS: RateLimit = { action: "sign_up_email_taken:address", max: 5, windowMs: QUARTER_HOUR_MS };

export const TOO_MANY_ATTEMPTS = "Too many attempts. Please try again in a few minutes.";

export function emailSubject(email: string): string {
  return createHash("sha256").update(`rate-limit-email:${email.trim().toLowerCase()}`).digest("hex").slice(0, 32);
}

/** Requests that carry no client address share one count rather than escaping the limit. */
export function addressSubject(ip: string | null): string {
  return hashIp(ip) ?? "unknown-address";
}

/** True when the subject already used up its attempts (checked before acting, counting nothing). */
export async function isRateLimited(db: Database, limit: RateLimit, subject: string, at: Date): Promise<boolean> {
  const recent = await countRateLimitEvents(db, { action: limit.action, subject, since: new Date(at.getTime() - limit.windowMs) });
  return recent >= limit.max;
}

export async function countAttempt(db: Database, limit: RateLimit, subject: string, at: Date): Promise<void> {
  await recordRateLimitEvent(db, { action: limit.action, subject, at });
}

/**
 * Counts this attempt, then says whether it is within the limit. Counting first means concurrent
 * attempts each see the others that were written before them, so a burst cannot all pass.
 */
export async function takeAttempt(db: Database, limit: RateLimit, subject: string, at: Date): Promise<boolean> {
  await countAttempt(db, limit, subject, at);
  const recent = await countRateLimitEvents(db, { action: limit.action, subject, since: new Date(at.getTime() - limit.windowMs) });
  return recent <= limit.max;
}
