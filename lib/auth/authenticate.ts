import type { Database } from "@/db/client";
import { findUserByEmail, recentSignInFailures, recordSignInAttempt } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { hashIp } from "@/lib/privacy/hash-ip";
import { verifyAgainstNobody, verifyPassword } from "./password";
import { signInThrottle, THROTTLE_WINDOW_MS } from "./throttle";

export type AuthenticateResult =
  | { ok: true; user: Pick<User, "id" | "email" | "name" | "role"> }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks an e-mail and password. Every attempt is recorded, and after a few failures for one
 * e-mail the next try must wait (lib/auth/throttle), even for the right password, so guessing
 * is slow on every app process.
 */
export async function authenticate(
  db: Database,
  input: { email: string; password: string; ip: string | null },
  now: Date,
): Promise<AuthenticateResult> {
  const email = input.email.trim().toLowerCase();
  const failures = await recentSignInFailures(db, email, new Date(now.getTime() - THROTTLE_WINDOW_MS));
  const decision = signInThrottle(failures, now);
  if (!decision.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: decision.retryAfterSeconds };

  const user = await findUserByEmail(db, email);
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstNobody(input.password);
  await recordSignInAttempt(db, { email, ipHash: hashIp(input.ip), succeeded: valid, at: now });
  if (!user || !valid) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

