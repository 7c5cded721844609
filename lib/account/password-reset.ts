import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import { consumeResetToken, findUsableResetToken, insertResetToken } from "@/db/queries/password-reset";
import { findUserByEmail } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { sendMail } from "@/lib/mail";
import { replacePasswordHash } from "./passwords";
import { addressSubject, emailSubject, RESET_REQUESTS_PER_ADDRESS, RESET_REQUESTS_PER_EMAIL, takeAttempt } from "./rate-limits";

export const RESET_TOKEN_TTL_MS = 30 * 60_000;

/** Only this hash is stored; the token itself exists only in the e-mail. */
export function resetTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function resetLink(origin: string, token: string): string {
  return `${origin}/reset-password?token=${encodeURIComponent(token)}`;
}

function resetMessage(link: string) {
  const text = [
    "Someone, hopefully you, asked to reset the password of your Linkshare account.",
    "",
    "Open this link within 30 minutes to choose a new password:",
    link,
    "",
    "If you did not ask for this, ignore this e-mail: your password stays as it is.",
  ].join("\n");
  const href = link.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
  const html =
    `<p>Someone, hopefully you, asked to reset the password of your Linkshare account.</p>` +
    `<p><a href="${href}">Choose a new password</a> (the link works for 30 minutes).</p>` +
    `<p>If you did not ask for this, ignore this e-mail: your password stays as it is.</p>`;
  return { subject: "Reset your Linkshare password", text, html };
}

export type ResetRequestResult = { ok: true } | { ok: false; reason: "throttled" };

/**
 * Sends a reset link if the e-mail has an account. The answer is the same whether it has one or
 * not (and whether the e-mail's own limit was reached), so it cannot be used to find accounts;
 * only a client address that asked too often is told to wait.
 */
export async function requestPasswordReset(db: Database, input: { email: string; ip: string | null; origin: string }, at: Date): Promise<ResetRequestResult> {
  if (!(await takeAttempt(db, RESET_REQUESTS_PER_ADDRESS, addressSubject(input.ip), at))) return { ok: false, reason: "throttled" };
  if (!(await takeAttempt(db, RESET_REQUESTS_PER_EMAIL, emailSubject(input.email), at))) return { ok: true };
  const user = await findUserByEmail(db, input.email);
  if (!user || user.suspendedAt) return { ok: true };

  const token = randomBytes(32).toString("base64url");
  await insertResetToken(db, { userId: user.id, tokenHash: resetTokenHash(token), createdAt: at, expiresAt: new Date(at.getTime() + RESET_TOKEN_TTL_MS) });
  try {
    await sendMail(db, { to: user.email, ...resetMessage(resetLink(input.origin, token)) }, { at });
  } catch (error) {
    // The visitor gets the usual answer either way; a mail server that refused is the operator's to fix.
    console.error("[mail] could not send a password reset e-mail", error);
  }
  return { ok: true };
}

/** Whether the reset page should offer the form for this token (the reset itself decides again). */
export async function isResetTokenUsable(db: Database, token: string, at: Date): Promise<boolean> {
  return !!(await findUsableResetToken(db, { tokenHash: resetTokenHash(token), at }));
}

export type ResetResult = { ok: true } | { ok: false; reason: "invalid_token" };

/** Sets a new password with a reset token: it works once, within 30 minutes, and ends every session. */
export async function resetPassword(db: Database, input: { token: string; password: string }, at: Date): Promise<ResetResult> {
  // Hashed before the transaction: argon2 takes a while and must not hold the token's row.
  const passwordHash = await hashPassword(input.password);
  const done = await db.transaction(async (tx) => {
    const token = await consumeResetToken(tx, { tokenHash: resetTokenHash(input.token), at });
    if (!token) return false;
    await replacePasswordHash(tx, { userId: token.userId, passwordHash, at });
    return true;
  });
  return done ? { ok: true } : { ok: false, reason: "invalid_token" };
}
