import "server-only";
import type { Database } from "@/db/client";
import { EmailTakenError, createUser } from "./new-account";
import type { Role } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { hashPassword } from "@/lib/auth/password";
import { addressSubject, countAttempt, EMAIL_TAKEN_ANSWERS_PER_ADDRESS, isRateLimited } from "./rate-limits";

export type SignUpResult = { ok: true } | { ok: false; reason: "email_taken" | "throttled" };

/**
 * Creates an account. Saying "this e-mail already has an account" is needed for a usable sign-up
 * but tells whether an e-mail is registered, so one client address gets only a few such answers
 * per quarter hour; after that every sign-up from it waits, whatever the e-mail, so the refusal
 * itself tells nothing.
 */
export async function signUpUser(
  db: Database,
  input: { email: string; name: string; role: Role; password: string; ip: string | null; locale?: Locale | null },
  at: Date,
): Promise<SignUpResult> {
  const address = addressSubject(input.ip);
  if (await isRateLimited(db, EMAIL_TAKEN_ANSWERS_PER_ADDRESS, address, at)) return { ok: false, reason: "throttled" };
  try {
    await createUser(db, { email: input.email, name: input.name, role: input.role, passwordHash: await hashPassword(input.password), createdAt: at, locale: input.locale });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error;
    await countAttempt(db, EMAIL_TAKEN_ANSWERS_PER_ADDRESS, address, at);
    return { ok: false, reason: "email_taken" };
  }
}
