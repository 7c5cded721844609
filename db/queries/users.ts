import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { creatorProfiles, users, type Role } from "../schema";
import { escapeLike } from "../sql-helpers";

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
    .select({ role: users.role, sessionVersion: users.sessionVersion, suspendedAt: users.suspendedAt, name: users.name, email: users.email, locale: users.locale, timeZone: users.timeZone })
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

/** Inserts the account row (the unique index on lower(email) refuses a second account with one e-mail). */
export async function insertUser(db: Database, user: { id: string; email: string; name: string; passwordHash: string; role: Role; createdAt: Date; locale?: string | null }) {
  const [row] = await db.insert(users).values(user).returning();
  return row!;
}

export async function insertCreatorProfile(db: Database, profile: { userId: string; handle: string; displayName: string; createdAt: Date }) {
  await db.insert(creatorProfiles).values(profile);
}

/** The creator handles starting with `prefix` (any case), lower-cased. */
export async function handlesStartingWith(db: Database, prefix: string): Promise<string[]> {
  const taken = await db
    .select({ handle: creatorProfiles.handle })
    .from(creatorProfiles)
    .where(sql`lower(${creatorProfiles.handle}) like ${escapeLike(prefix.toLowerCase()) + "%"}`);
  return taken.map((t) => t.handle.toLowerCase());
}

/** The profile's language and time zone; a key left out keeps its value, null follows the browser. */
export async function setUserPreferences(db: Database, userId: string, preferences: { locale?: string | null; timeZone?: string | null }) {
  if (preferences.locale === undefined && preferences.timeZone === undefined) return;
  await db.update(users).set(preferences).where(eq(users.id, userId));
}
