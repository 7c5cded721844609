import "server-only";
import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { creatorProfiles, products, shops, showcaseItems } from "../schema";

/**
 * Showcases. A product leaves a showcase by getting `removed_at`, never by deletion: a showcase link
 * earns on what the showcase held at the time of the order. Every query filters by the creator.
 */

const itemColumns = {
  id: showcaseItems.id,
  productId: showcaseItems.productId,
  position: showcaseItems.position,
  addedAt: showcaseItems.addedAt,
  pinSlot: showcaseItems.pinSlot,
  title: products.title,
  priceMinor: products.priceMinor,
  currency: products.currency,
  imageMediaId: products.imageMediaId,
  status: products.status,
  openToAffiliates: products.openToAffiliates,
  stock: products.stock,
  shopName: shops.name,
};

/** The creator's showcase as it is now, in its order. */
export async function currentShowcase(db: Database, creatorId: string) {
  return db
    .select(itemColumns)
    .from(showcaseItems)
    .innerJoin(products, eq(products.id, showcaseItems.productId))
    .innerJoin(shops, eq(shops.id, products.shopId))
    .where(and(eq(showcaseItems.creatorId, creatorId), isNull(showcaseItems.removedAt)))
    .orderBy(asc(showcaseItems.position), asc(showcaseItems.addedAt), asc(showcaseItems.id));
}

/** Serialises edits of one creator's showcase (positions are read, then written). */
export async function lockShowcase(db: Database, creatorId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`showcase:${creatorId}`}))`);
}

export async function nextShowcasePosition(db: Database, creatorId: string): Promise<number> {
  const [row] = await db
    .select({ next: sql<number>`coalesce(max(${showcaseItems.position}) + 1, 0)`.mapWith(Number) })
    .from(showcaseItems)
    .where(and(eq(showcaseItems.creatorId, creatorId), isNull(showcaseItems.removedAt)));
  return row?.next ?? 0;
}

export async function insertShowcaseItem(db: Database, values: typeof showcaseItems.$inferInsert) {
  const [row] = await db.insert(showcaseItems).values(values).returning();
  return row!;
}

/** Takes an item out of the creator's showcase from `at` on; returns nothing when it is not theirs or already out. */
export async function removeShowcaseItem(db: Database, { creatorId, itemId }: { creatorId: string; itemId: string }, at: Date) {
  const [row] = await db
    .update(showcaseItems)
    .set({ removedAt: at })
    .where(and(eq(showcaseItems.creatorId, creatorId), eq(showcaseItems.id, itemId), isNull(showcaseItems.removedAt)))
    .returning();
  return row;
}

/** An item the creator took out of their showcase (for undoing the removal); nothing when it is not theirs or still in. */
export async function findRemovedShowcaseItem(db: Database, { creatorId, itemId }: { creatorId: string; itemId: string }) {
  const [row] = await db
    .select()
    .from(showcaseItems)
    .where(and(eq(showcaseItems.creatorId, creatorId), eq(showcaseItems.id, itemId), isNotNull(showcaseItems.removedAt)))
    .limit(1);
  return row;
}

/** The pin slots (1 to 3) the creator's current items hold. */
export async function takenPinSlots(db: Database, creatorId: string): Promise<number[]> {
  const rows = await db
    .select({ slot: showcaseItems.pinSlot })
    .from(showcaseItems)
    .where(and(eq(showcaseItems.creatorId, creatorId), isNull(showcaseItems.removedAt), isNotNull(showcaseItems.pinSlot)));
  return rows.map((r) => r.slot!);
}

/**
 * Pins or unpins a current item (`slot` null unpins). Pinning writes only an unpinned item, so a
 * second click never moves a pin; the partial unique index `showcase_items_pin_key` refuses a slot
 * another item took meanwhile. Returns nothing when the item is not the creator's current one.
 */
export async function setShowcasePin(db: Database, { creatorId, itemId }: { creatorId: string; itemId: string }, slot: number | null) {
  const [row] = await db
    .update(showcaseItems)
    .set({ pinSlot: slot })
    .where(and(eq(showcaseItems.creatorId, creatorId), eq(showcaseItems.id, itemId), isNull(showcaseItems.removedAt), slot === null ? undefined : isNull(showcaseItems.pinSlot)))
    .returning({ id: showcaseItems.id, pinSlot: showcaseItems.pinSlot });
  return row;
}

export async function setShowcasePosition(db: Database, { creatorId, itemId }: { creatorId: string; itemId: string }, position: number) {
  await db
    .update(showcaseItems)
    .set({ position })
    .where(and(eq(showcaseItems.creatorId, creatorId), eq(showcaseItems.id, itemId)));
}

/**
 * A creator's public showcase by handle: their profile and the products buyers can see in it (active
 * and still open to creators: a closed product earns nothing, so it is not promoted), pinned ones
 * first, each group in the creator's order.
 */
export async function findPublicShowcase(db: Database, handle: string) {
  const [profile] = await db
    .select({ userId: creatorProfiles.userId, handle: creatorProfiles.handle, displayName: creatorProfiles.displayName, bio: creatorProfiles.bio, avatarMediaId: creatorProfiles.avatarMediaId, followerCount: creatorProfiles.followerCount })
    .from(creatorProfiles)
    .where(eq(sql`lower(${creatorProfiles.handle})`, handle.toLowerCase()))
    .limit(1);
  if (!profile) return undefined;
  const items = await db
    .select(itemColumns)
    .from(showcaseItems)
    .innerJoin(products, eq(products.id, showcaseItems.productId))
    .innerJoin(shops, eq(shops.id, products.shopId))
    .where(and(eq(showcaseItems.creatorId, profile.userId), isNull(showcaseItems.removedAt), eq(products.status, "active"), eq(products.openToAffiliates, true)))
    .orderBy(sql`${showcaseItems.pinSlot} is null`, asc(showcaseItems.position), asc(showcaseItems.addedAt), asc(showcaseItems.id));
  return { profile, items };
}

export async function findCreatorHandle(db: Database, creatorId: string): Promise<string | undefined> {
  const [row] = await db.select({ handle: creatorProfiles.handle }).from(creatorProfiles).where(eq(creatorProfiles.userId, creatorId)).limit(1);
  return row?.handle;
}
