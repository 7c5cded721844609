import "server-only";
import type { Database } from "@/db/client";
import { handlesStartingWith, insertCreatorProfile, insertUser } from "@/db/queries/users";
import type { Locale } from "@/lib/i18n/locales";
import type { Role } from "@/db/schema";
import { isUniqueViolation } from "@/db/sql-helpers";
import { newId } from "@/lib/ids";

/** The sign-up rules: one account per e-mail (any case), and every creator a unique handle made from their name. */

export class EmailTakenError extends Error {
  constructor() {
    super("An account with this e-mail already exists");
  }
}

/** The handle a creator's name (or, without one, their e-mail's local part) suggests: letters and digits, at most 20, at least 3. */
export function handleFrom(name: string, email: string): string {
  const base = (name || email.split("@")[0] || "creator")
    .normalize("NFKD")
    .replace(/[^a-zA-Z0-9]+/g, "")
    .toLowerCase()
    .slice(0, 20);
  return base.length >= 3 ? base : `creator${base}`;
}

/** `base` if no creator has it, else the first of base2, base3… that is free (`taken` lower-cased). */
export function firstFreeHandle(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}${n}`)) return `${base}${n}`;
}

/** `locale`: the language the account was made in, its profile's first choice (null: the browser's). */
type CreateUserParams = { email: string; name: string; passwordHash: string; role: Role; createdAt: Date; locale?: Locale | null };

/**
 * Creates the account and, for a creator, the profile with a unique handle, in one transaction.
 * The unique index on lower(email) decides a race between two sign-ups with one e-mail.
 */
export async function createUser(db: Database, params: CreateUserParams) {
  try {
    return await db.transaction(async (tx) => {
      const id = newId("usr");
      const user = await insertUser(tx, { id, email: params.email, name: params.name, passwordHash: params.passwordHash, role: params.role, createdAt: params.createdAt, locale: params.locale ?? null });
      if (params.role === "creator") {
        const base = handleFrom(params.name, params.email);
        const handle = firstFreeHandle(base, await handlesStartingWith(tx, base));
        await insertCreatorProfile(tx, { userId: id, handle, displayName: params.name, createdAt: params.createdAt });
      }
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_lower_key")) throw new EmailTakenError();
    throw error;
  }
}
