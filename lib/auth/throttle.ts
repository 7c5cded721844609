import "server-only";

/**
 * Slowing down repeated failed sign-ins for one e-mail, and from one client address. Pure: it gets
 * the recent failures and the time, and says whether another try is allowed now.
 */
export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const FREE_FAILURES = 4;
/**
 * Failures one address may make across all e-mails before its tries wait on the same schedule:
 * enough for a household or an office behind one address, few enough that spraying one common
 * password over many accounts is slowed to a crawl (about 26 tries per 15 minutes).
 */
export const ADDRESS_FREE_FAILURES = 20;
const BASE_WAIT_MS = 30_000;
const MAX_WAIT_MS = THROTTLE_WINDOW_MS;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * `failures` are the times of failed attempts since the last successful sign-in, within the window.
 * After `freeFailures` (FREE_FAILURES for an e-mail), each further failure doubles the wait before
 * the next try (30 s, 1 min, 2 min, ... 15 min).
 */
export function signInThrottle(failures: readonly Date[], now: Date, freeFailures = FREE_FAILURES): ThrottleDecision {
  const recent = failures.filter((f) => now.getTime() - f.getTime() < THROTTLE_WINDOW_MS);
  if (recent.length <= freeFailures) return { allowed: true };
  const last = Math.max(...recent.map((f) => f.getTime()));
  const wait = Math.min(BASE_WAIT_MS * 2 ** (recent.length - freeFailures - 1), MAX_WAIT_MS);
  const remaining = last + wait - now.getTime();
  return remaining > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(remaining / 1000) } : { allowed: true };
}

export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
