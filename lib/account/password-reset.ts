import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { createTranslator } from "next-intl";
import type { Database } from "@/db/client";
import { consumeResetToken, findUsableResetToken, insertResetToken } from "@/db/queries/password-reset";
import { findUserByEmail } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail";
import { CATALOGUES, type Messages } from "@/messages/catalogues";
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

/**
 * The e-mail in the language of the request that asked for it (the person reading it is the one who
 * just typed their address), from messages/<locale>/mail.json. Every language has English's keys
 * (tests/unit/messages.test.ts), hence the cast to the English catalogue's shape.
 */
export function resetMessage(link: string, locale: Locale) {
  const t = createTranslator({ locale, messages: CATALOGUES[locale] as Messages, namespace: "mail.passwordReset" });
  const text = [t("intro"), "", t("openLink"), link, "", t("ignore")].join("\n");
  const href = link.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
  const html = `<p>${escapeHtml(t("intro"))}</p>` + `<p><a href="${href}">${escapeHtml(t("htmlLink"))}</a> ${escapeHtml(t("htmlLinkNote"))}</p>` + `<p>${escapeHtml(t("ignore"))}</p>`;
  return { subject: t("subject"), text, html };
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

export type ResetRequestResult = { ok: true } | { ok: false; reason: "throttled" };

/**
 * Sends a reset link if the e-mail has an account, written in `locale` (the asking request's language). The answer is the same whether it has one or
 * not (and whether the e-mail's own limit was reached), so it cannot be used to find accounts;
 * only a client address that asked too often is told to wait.
 */
export async function requestPasswordReset(db: Database, input: { email: string; ip: string | null; origin: string; locale?: Locale }, at: Date): Promise<ResetRequestResult> {
  if (!(await takeAttempt(db, RESET_REQUESTS_PER_ADDRESS, addressSubject(input.ip), at))) return { ok: false, reason: "throttled" };
  if (!(await takeAttempt(db, RESET_REQUESTS_PER_EMAIL, emailSubject(input.email), at))) return { ok: true };
  const user = await findUserByEmail(db, input.email);
  if (!user || user.suspendedAt) return { ok: true };

  const token = randomBytes(32).toString("base64url");
  await insertResetToken(db, { userId: user.id, tokenHash: resetTokenHash(token), createdAt: at, expiresAt: new Date(at.getTime() + RESET_TOKEN_TTL_MS) });
  try {
    await sendMail(db, { to: user.email, ...resetMessage(resetLink(input.origin, token), input.locale ?? DEFAULT_LOCALE) }, { at });
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
