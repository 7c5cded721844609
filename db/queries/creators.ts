import "server-only";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { creatorPreviousHandles, creatorProfiles, products } from "../schema";

/** A creator's own profile as the settings page edits it. Filtered by the creator's id. */
export async function findCreatorProfile(db: Database, creatorId: string) {
  const [row] = await db
    .select({
      userId: creatorProfiles.userId,
      handle: creatorProfiles.handle,
      displayName: creatorProfiles.displayName,
      bio: creatorProfiles.bio,
      categories: creatorProfiles.categories,
      avatarMediaId: creatorProfiles.avatarMediaId,
      followerCount: creatorProfiles.followerCount,
    })
    .from(creatorProfiles)
    .where(eq(creatorProfiles.userId, creatorId))
    .limit(1);
  return row;
}

/** Locks the creator's profile row for the rest of the transaction (two saves of one profile run one after the other). */
export async function lockCreatorProfile(db: Database, creatorId: string) {
  const [row] = await db
    .select({ handle: creatorProfiles.handle, avatarMediaId: creatorProfiles.avatarMediaId })
    .from(creatorProfiles)
    .where(eq(creatorProfiles.userId, creatorId))
    .for("update")
    .limit(1);
  return row;
}

/**
 * Writes the profile's fields; `avatarMediaId` left out keeps the avatar, null removes it. The unique index on
 * lower(handle) (creator_profiles_handle_key) refuses a handle another creator holds.
 */
export async function updateCreatorProfile(
  db: Database,
  creatorId: string,
  values: { displayName: string; handle: string; bio: string; categories: string[]; avatarMediaId?: string | null },
) {
  await db.update(creatorProfiles).set(values).where(eq(creatorProfiles.userId, creatorId));
}

/** The categories of the products on sale (any shop), the list a creator chooses theirs from. */
export async function catalogueCategories(db: Database): Promise<string[]> {
  const rows = await db.selectDistinct({ category: products.category }).from(products).where(eq(products.status, "active")).orderBy(asc(products.category));
  return rows.map((r) => r.category);
}

/** Keeps `handle` (lower-cased) leading to the creator from `at`; a handle they used before is moved to the new time. */
export async function rememberPreviousHandle(db: Database, { creatorId, handle }: { creatorId: string; handle: string }, at: Date) {
  await db
    .insert(creatorPreviousHandles)
    .values({ handle: handle.toLowerCase(), creatorId, replacedAt: at })
    .onConflictDoUpdate({ target: creatorPreviousHandles.handle, set: { creatorId, replacedAt: at } });
}

/** A handle taken as someone's current one stops redirecting to whoever used it before. */
export async function forgetPreviousHandle(db: Database, handle: string) {
  await db.delete(creatorPreviousHandles).where(eq(creatorPreviousHandles.handle, handle.toLowerCase()));
}

/** The current handle of the creator who gave up `handle` after `since`, if any. */
export async function findHandleRedirect(db: Database, handle: string, since: Date): Promise<string | undefined> {
  const [row] = await db
    .select({ handle: creatorProfiles.handle })
    .from(creatorPreviousHandles)
    .innerJoin(creatorProfiles, eq(creatorProfiles.userId, creatorPreviousHandles.creatorId))
    .where(and(eq(creatorPreviousHandles.handle, handle.toLowerCase()), gt(creatorPreviousHandles.replacedAt, since), sql`lower(${creatorProfiles.handle}) <> ${handle.toLowerCase()}`))
    .limit(1);
  return row?.handle;
}
