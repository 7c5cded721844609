import "server-only";
import type { Database } from "@/db/client";
import { findUserByEmail } from "@/db/queries/users";
import { lockSignInKeys, recentAddressFailures, recentSignInFailures, recordSignInAttempt, settleSignInAttempt } from "@/db/queries/sign-in-attempts";
import type { User } from "@/db/schema";
import { hashIp } from "@/lib/privacy/hash-ip";
import { verifyAgainstNobody, verifyPassword } from "./password";
import { ADDRESS_FREE_FAILURES, signInThrottle, THROTTLE_WINDOW_MS } from "./throttle";

export type AuthenticatedUser = Pick<User, "id" | "email" | "name" | "role" | "sessionVersion">;

export type AuthenticateResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "suspended" }
  /** `scope` says what is being slowed down: this e-mail, or the client's address (many e-mails). */
  | { ok: false; reason: "throttled"; scope: "email" | "address"; retryAfterSeconds: number };

type Reservation = { allowed: true; attemptId: string } | { allowed: false; scope: "email" | "address"; retryAfterSeconds: number };

/**
 * Checks an e-mail and password. Every attempt is recorded, and after a few failures for one
 * e-mail (or many from one address) the next try must wait (lib/auth/throttle), even for the right
 * password, so guessing is slow on every app process. A suspended account cannot sign in.
 */
export async function authenticate(
  db: Database,
  input: { email: string; password: string; ip: string | null },
  now: Date,
): Promise<AuthenticateResult> {
  const email = input.email.trim().toLowerCase();
  const ipHash = hashIp(input.ip);
  const reservation = await reserveAttempt(db, { email, ipHash }, now);
  if (!reservation.allowed) return { ok: false, reason: "throttled", scope: reservation.scope, retryAfterSeconds: reservation.retryAfterSeconds };

  const user = await findUserByEmail(db, email);
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstNobody(input.password);
  if (!user || !valid) {
    await settleSignInAttempt(db, { attemptId: reservation.attemptId, outcome: "failed" });
    return { ok: false, reason: "invalid" };
  }
  // The right password for a suspended account neither signs in nor clears the failure count.
  if (user.suspendedAt) {
    await settleSignInAttempt(db, { attemptId: reservation.attemptId, outcome: "suspended" });
    return { ok: false, reason: "suspended" };
  }
  await settleSignInAttempt(db, { attemptId: reservation.attemptId, outcome: "succeeded" });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}

/**
 * Decides whether the attempt may check its password and, if so, records it as reserved (which
 * counts as a failure until settled), in one step per e-mail and address: concurrent attempts queue
 * on the lock, and each sees the reservations of those before it. Only this short step holds the
 * transaction; the password check (argon2, slow on purpose) runs after it, so other sign-ins and
 * other queries (PGlite has one connection) are not held up by it.
 */
async function reserveAttempt(db: Database, { email, ipHash }: { email: string; ipHash: string | null }, now: Date): Promise<Reservation> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  return db.transaction(async (tx) => {
    await lockSignInKeys(tx, ipHash ? [`email:${email}`, `ip:${ipHash}`] : [`email:${email}`]);
    const byEmail = signInThrottle(await recentSignInFailures(tx, email, since), now);
    const byAddress = ipHash ? signInThrottle(await recentAddressFailures(tx, ipHash, since), now, ADDRESS_FREE_FAILURES) : ({ allowed: true } as const);
    if (byEmail.allowed && byAddress.allowed) {
      return { allowed: true, attemptId: await recordSignInAttempt(tx, { email, ipHash, outcome: "reserved", at: now }) };
    }
    await recordSignInAttempt(tx, { email, ipHash, outcome: "throttled", at: now });
    const emailWait = byEmail.allowed ? 0 : byEmail.retryAfterSeconds;
    const addressWait = byAddress.allowed ? 0 : byAddress.retryAfterSeconds;
    return emailWait >= addressWait ? { allowed: false, scope: "email", retryAfterSeconds: emailWait } : { allowed: false, scope: "address", retryAfterSeconds: addressWait };
  });
}
