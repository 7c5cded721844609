/**
 * Slowing down repeated failed sign-ins for one e-mail. Pure: it gets the recent failures and the
 * time, and says whether another try is allowed now.
 */
export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const FREE_FAILURES = 4;
const BASE_WAIT_MS = 30_000;
const MAX_WAIT_MS = THROTTLE_WINDOW_MS;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * `failures` are the times of failed attempts since the last successful sign-in, within the window.
 * After FREE_FAILURES, each further failure doubles the wait before the next try (30 s, 1 min, 2 min, ... 15 min).
 */
export function signInThrottle(failures: readonly Date[], now: Date): ThrottleDecision {
  const recent = failures.filter((f) => now.getTime() - f.getTime() < THROTTLE_WINDOW_MS);
  if (recent.length <= FREE_FAILURES) return { allowed: true };
  const last = Math.max(...recent.map((f) => f.getTime()));
  const wait = Math.min(BASE_WAIT_MS * 2 ** (recent.length - FREE_FAILURES - 1), MAX_WAIT_MS);
  const remaining = last + wait - now.getTime();
  return remaining > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(remaining / 1000) } : { allowed: true };
}

export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
