import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { creatorProfiles, users, type Role } from "../schema";
import { newId } from "@/lib/ids";

export async function findUserByEmail(db: Database, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return user;
}

export async function findUserById(db: Database, id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user;
}

/** Ends every session of the user (see users.sessionVersion); returns the new version. */
export async function endUserSessions(db: Database, userId: string): Promise<number | undefined> {
  const [row] = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  return row?.sessionVersion;
}

/** What every request re-reads about the session's user: a token alone is never trusted for role or suspension. */
export async function findSessionFacts(db: Database, userId: string) {
  const [row] = await db
    .select({ role: users.role, sessionVersion: users.sessionVersion, suspendedAt: users.suspendedAt, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row;
}

/** Sets (a time) or clears (null) the user's suspension; returns whether the user exists. */
export async function setUserSuspension(db: Database, params: { userId: string; suspendedAt: Date | null }): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ suspendedAt: params.suspendedAt })
    .where(eq(users.id, params.userId))
    .returning({ id: users.id });
  return rows.length > 0;
}

export class EmailTakenError extends Error {
  constructor() {
    super("An account with this e-mail already exists");
  }
}

type CreateUserParams = { email: string; name: string; passwordHash: string; role: Role; createdAt: Date };

/**
 * Creates the account and, for a creator, the profile with a unique handle, in one transaction.
 * The unique index on lower(email) decides a race between two sign-ups with one e-mail.
 */
export async function createUser(db: Database, params: CreateUserParams) {
  try {
    return await db.transaction(async (tx) => {
      const id = newId("usr");
      const [user] = await tx
        .insert(users)
        .values({ id, email: params.email, name: params.name, passwordHash: params.passwordHash, role: params.role, createdAt: params.createdAt })
        .returning();
      if (params.role === "creator") {
        const handle = await freeHandle(tx, handleFrom(params.name, params.email));
        await tx.insert(creatorProfiles).values({ userId: id, handle, displayName: params.name, createdAt: params.createdAt });
      }
      return user!;
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_lower_key")) throw new EmailTakenError();
    throw error;
  }
}

function handleFrom(name: string, email: string): string {
  const base = (name || email.split("@")[0] || "creator")
    .normalize("NFKD")
    .replace(/[^a-zA-Z0-9]+/g, "")
    .toLowerCase()
    .slice(0, 20);
  return base.length >= 3 ? base : `creator${base}`;
}

async function freeHandle(db: Database, base: string): Promise<string> {
  const taken = await db
    .select({ handle: creatorProfiles.handle })
    .from(creatorProfiles)
    .where(sql`lower(${creatorProfiles.handle}) like ${base + "%"}`);
  const used = new Set(taken.map((t) => t.handle.toLowerCase()));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}${n}`)) return `${base}${n}`;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  // postgres.js and PGlite both surface the SQLSTATE as `code`; drizzle may wrap it in `cause`.
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const { code, constraint_name, constraint: c } = e as { code?: string; constraint_name?: string; constraint?: string };
    if (code === "23505") return !constraint || constraint_name === constraint || c === constraint || String((e as Error).message).includes(constraint);
  }
  return false;
}
