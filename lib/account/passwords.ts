import "server-only";
import type { Database } from "@/db/client";
import { revokeResetTokens, setPasswordHash } from "@/db/queries/password-reset";
import { endUserSessions } from "@/db/queries/users";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";

/**
 * Puts a new password hash in place, in the caller's transaction. Every session of the user ends
 * (whoever else holds one, e.g. the reason for a reset, is out) and no older reset link works.
 */
export async function replacePasswordHash(db: Database, params: { userId: string; passwordHash: string; at: Date }) {
  await setPasswordHash(db, { userId: params.userId, passwordHash: params.passwordHash });
  await revokeResetTokens(db, { userId: params.userId, at: params.at });
  await endUserSessions(db, params.userId);
}

export type ChangePasswordResult = { ok: true } | { ok: false; reason: "wrong_password" } | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * A signed-in user's own password change. The current password is checked like a sign-in (counted
 * and slowed down the same way), so a session left open is not enough to guess it.
 */
export async function changePassword(
  db: Database,
  input: { userId: string; email: string; currentPassword: string; newPassword: string; ip: string | null },
  at: Date,
): Promise<ChangePasswordResult> {
  const check = await authenticate(db, { email: input.email, password: input.currentPassword, ip: input.ip }, at);
  if (!check.ok) return check.reason === "throttled" ? check : { ok: false, reason: "wrong_password" };
  if (check.user.id !== input.userId) return { ok: false, reason: "wrong_password" };
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction((tx) => replacePasswordHash(tx, { userId: input.userId, passwordHash, at }));
  return { ok: true };
}
