import "server-only";
import { and, asc, desc, eq, gte, ilike, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { executeRows, type Database } from "../client";
import { escapeLike } from "../sql-helpers";
import { creatorProfiles, products, shops, targetedPlanCreators, targetedPlanProducts, targetedPlans, users, type TargetedPlan } from "../schema";

/**
 * Targeted plans. Seller-side functions take the shop id and put it in every WHERE clause (a plan
 * of another shop is simply not found); creator-side functions do the same with the creator's id.
 */

export type TargetedPlanProductRow = typeof targetedPlanProducts.$inferInsert;
export type InvitationStatus = (typeof targetedPlanCreators.$inferSelect)["status"];

/** The shop's plans, newest first, with how many products and invitations (by answer) each has. */
export async function listShopPlans(db: Database, shopId: string) {
  return db
    .select({
      plan: targetedPlans,
      productCount: sql<number>`(select count(*)::int from ${targetedPlanProducts} tpp where tpp.plan_id = ${targetedPlans}.id)`,
      invited: sql<number>`(select count(*)::int from ${targetedPlanCreators} tpc where tpc.plan_id = ${targetedPlans}.id)`,
      accepted: sql<number>`(select count(*)::int from ${targetedPlanCreators} tpc where tpc.plan_id = ${targetedPlans}.id and tpc.status = 'accepted')`,
    })
    .from(targetedPlans)
    .where(eq(targetedPlans.shopId, shopId))
    .orderBy(desc(targetedPlans.createdAt), desc(targetedPlans.id));
}

export async function findShopPlan(db: Database, { shopId, planId }: { shopId: string; planId: string }): Promise<TargetedPlan | undefined> {
  const [row] = await db
    .select()
    .from(targetedPlans)
    .where(and(eq(targetedPlans.shopId, shopId), eq(targetedPlans.id, planId)))
    .limit(1);
  return row;
}

/** A plan's products with their open plan, for the seller's plan page and form. */
export async function shopPlanProducts(db: Database, { shopId, planId }: { shopId: string; planId: string }) {
  return db
    .select({
      productId: targetedPlanProducts.productId,
      rateBps: targetedPlanProducts.rateBps,
      flatFeeMinor: targetedPlanProducts.flatFeeMinor,
      title: products.title,
      status: products.status,
      priceMinor: products.priceMinor,
      currency: products.currency,
      imageMediaId: products.imageMediaId,
      openToAffiliates: products.openToAffiliates,
      openRateBps: products.openRateBps,
      openFlatFeeMinor: products.openFlatFeeMinor,
    })
    .from(targetedPlanProducts)
    .innerJoin(targetedPlans, eq(targetedPlans.id, targetedPlanProducts.planId))
    .innerJoin(products, eq(products.id, targetedPlanProducts.productId))
    .where(and(eq(targetedPlans.shopId, shopId), eq(targetedPlanProducts.planId, planId)))
    .orderBy(asc(products.title), asc(products.id));
}

/** A plan's invitations with the creators' public profile, for the seller. */
export async function shopPlanInvitations(db: Database, { shopId, planId }: { shopId: string; planId: string }) {
  return db
    .select({
      creatorId: targetedPlanCreators.creatorId,
      status: targetedPlanCreators.status,
      invitedAt: targetedPlanCreators.invitedAt,
      respondedAt: targetedPlanCreators.respondedAt,
      remindedAt: targetedPlanCreators.remindedAt,
      withdrawnAt: targetedPlanCreators.withdrawnAt,
      handle: creatorProfiles.handle,
      displayName: creatorProfiles.displayName,
      followerCount: creatorProfiles.followerCount,
      categories: creatorProfiles.categories,
      avatarMediaId: creatorProfiles.avatarMediaId,
    })
    .from(targetedPlanCreators)
    .innerJoin(targetedPlans, eq(targetedPlans.id, targetedPlanCreators.planId))
    .innerJoin(creatorProfiles, eq(creatorProfiles.userId, targetedPlanCreators.creatorId))
    .where(and(eq(targetedPlans.shopId, shopId), eq(targetedPlanCreators.planId, planId)))
    .orderBy(asc(creatorProfiles.displayName), asc(targetedPlanCreators.creatorId));
}

export async function insertPlan(db: Database, values: typeof targetedPlans.$inferInsert): Promise<TargetedPlan> {
  const [row] = await db.insert(targetedPlans).values(values).returning();
  return row!;
}

/**
 * Updates a plan of the shop, optionally only while it has the given stored status (so publishing
 * or ending races cannot both win). Returns nothing when no such plan matched.
 */
export async function updateShopPlan(
  db: Database,
  { shopId, planId }: { shopId: string; planId: string },
  values: Partial<Pick<typeof targetedPlans.$inferInsert, "name" | "message" | "startsAt" | "endsAt" | "status" | "endedAt">>,
  onlyIfStatus?: TargetedPlan["status"],
): Promise<TargetedPlan | undefined> {
  const conditions: SQL[] = [eq(targetedPlans.shopId, shopId), eq(targetedPlans.id, planId)];
  if (onlyIfStatus) conditions.push(eq(targetedPlans.status, onlyIfStatus));
  const [row] = await db
    .update(targetedPlans)
    .set(values)
    .where(and(...conditions))
    .returning();
  return row;
}

/** Plan rows (the caller has checked the plan belongs to the shop inside the same transaction). */
export async function upsertPlanProducts(db: Database, rows: TargetedPlanProductRow[]) {
  if (rows.length === 0) return;
  await db
    .insert(targetedPlanProducts)
    .values(rows)
    .onConflictDoUpdate({
      target: [targetedPlanProducts.planId, targetedPlanProducts.productId],
      set: { rateBps: sql`excluded.rate_bps`, flatFeeMinor: sql`excluded.flat_fee_minor` },
    });
}

export async function deletePlanProducts(db: Database, { planId, productIds }: { planId: string; productIds: string[] }) {
  if (productIds.length === 0) return;
  await db.delete(targetedPlanProducts).where(and(eq(targetedPlanProducts.planId, planId), inArray(targetedPlanProducts.productId, productIds)));
}

export async function insertInvitations(db: Database, { planId, creatorIds }: { planId: string; creatorIds: string[] }, invitedAt: Date) {
  if (creatorIds.length === 0) return;
  await db
    .insert(targetedPlanCreators)
    .values(creatorIds.map((creatorId) => ({ planId, creatorId, status: "pending" as const, invitedAt })))
    .onConflictDoNothing();
}

export async function deleteInvitations(db: Database, { planId, creatorIds }: { planId: string; creatorIds: string[] }) {
  if (creatorIds.length === 0) return;
  await db.delete(targetedPlanCreators).where(and(eq(targetedPlanCreators.planId, planId), inArray(targetedPlanCreators.creatorId, creatorIds)));
}

/**
 * Marks a pending invitation of the shop's published plan as reminded at `at`, unless it was
 * reminded in the 24 hours before. One conditional UPDATE: of two reminders racing, one wins, so
 * one notification goes out. Returns nothing when no invitation matched.
 */
export async function markInvitationReminded(db: Database, params: { shopId: string; planId: string; creatorId: string; at: Date }) {
  const { shopId, planId, creatorId, at } = params;
  const dayBefore = new Date(at.getTime() - 86_400_000);
  const [row] = await db
    .update(targetedPlanCreators)
    .set({ remindedAt: at })
    .where(
      and(
        eq(targetedPlanCreators.planId, planId),
        eq(targetedPlanCreators.creatorId, creatorId),
        eq(targetedPlanCreators.status, "pending"),
        sql`(${targetedPlanCreators.remindedAt} is null or ${targetedPlanCreators.remindedAt} <= ${dayBefore.toISOString()}::timestamptz)`,
        sql`exists (select 1 from ${targetedPlans} tp where tp.id = ${targetedPlanCreators.planId} and tp.shop_id = ${shopId} and tp.status = 'live')`,
      ),
    )
    .returning();
  return row;
}

/** Withdraws a pending invitation of the shop's published plan (one conditional UPDATE, like an answer). */
export async function markInvitationWithdrawn(db: Database, params: { shopId: string; planId: string; creatorId: string; at: Date }) {
  const { shopId, planId, creatorId, at } = params;
  const [row] = await db
    .update(targetedPlanCreators)
    .set({ status: "withdrawn", withdrawnAt: at })
    .where(
      and(
        eq(targetedPlanCreators.planId, planId),
        eq(targetedPlanCreators.creatorId, creatorId),
        eq(targetedPlanCreators.status, "pending"),
        sql`exists (select 1 from ${targetedPlans} tp where tp.id = ${targetedPlanCreators.planId} and tp.shop_id = ${shopId} and tp.status = 'live')`,
      ),
    )
    .returning();
  return row;
}

/** The shop's plans that can still take invitations (drafts, and published plans not ended), for the invite bar. */
export async function invitablePlans(db: Database, { shopId, at }: { shopId: string; at: Date }) {
  return db
    .select({ id: targetedPlans.id, name: targetedPlans.name, status: targetedPlans.status, startsAt: targetedPlans.startsAt, endsAt: targetedPlans.endsAt, endedAt: targetedPlans.endedAt })
    .from(targetedPlans)
    .where(and(eq(targetedPlans.shopId, shopId), or(eq(targetedPlans.status, "draft"), and(eq(targetedPlans.status, "live"), sql`${targetedPlans.endsAt} > ${at.toISOString()}::timestamptz`))))
    .orderBy(desc(targetedPlans.createdAt), desc(targetedPlans.id));
}

/** Invitations written while the plan was a draft are dated from publication: that is when creators see them. */
export async function redateInvitations(db: Database, planId: string, invitedAt: Date) {
  await db.update(targetedPlanCreators).set({ invitedAt }).where(eq(targetedPlanCreators.planId, planId));
}

// ---------------------------------------------------------------------------------------------
// The creator directory sellers invite from.

export type CreatorSearch = { q?: string; minFollowers?: number; category?: string; limit?: number };

export type DirectoryCreator = { id: string; handle: string; displayName: string; followerCount: number; categories: string[]; avatarMediaId: string | null };

const directoryColumns = {
  id: creatorProfiles.userId,
  handle: creatorProfiles.handle,
  displayName: creatorProfiles.displayName,
  followerCount: creatorProfiles.followerCount,
  categories: creatorProfiles.categories,
  avatarMediaId: creatorProfiles.avatarMediaId,
};

/** Creators by name or handle, minimum followers and category (any case), most followed first. */
export async function searchCreators(db: Database, search: CreatorSearch): Promise<DirectoryCreator[]> {
  const conditions: SQL[] = [eq(users.role, "creator")];
  const q = search.q?.trim().replace(/^@/, "");
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(or(ilike(creatorProfiles.displayName, pattern), ilike(creatorProfiles.handle, pattern), ilike(users.name, pattern))!);
  }
  if (search.minFollowers) conditions.push(gte(creatorProfiles.followerCount, search.minFollowers));
  const category = search.category?.trim();
  if (category) conditions.push(sql`exists (select 1 from unnest(${creatorProfiles.categories}) as c(name) where lower(c.name) = lower(${category}))`);
  return db
    .select(directoryColumns)
    .from(creatorProfiles)
    .innerJoin(users, eq(users.id, creatorProfiles.userId))
    .where(and(...conditions))
    .orderBy(desc(creatorProfiles.followerCount), asc(creatorProfiles.userId))
    .limit(Math.min(Math.max(search.limit ?? 20, 1), 50));
}

/** The creators among `ids` (other ids, e.g. a seller's user id, are left out). */
export async function findCreators(db: Database, ids: string[]): Promise<DirectoryCreator[]> {
  if (ids.length === 0) return [];
  return db
    .select(directoryColumns)
    .from(creatorProfiles)
    .innerJoin(users, eq(users.id, creatorProfiles.userId))
    .where(and(eq(users.role, "creator"), inArray(creatorProfiles.userId, ids)));
}

/** Every category some creator lists, for the directory's filter. */
export async function creatorCategories(db: Database): Promise<string[]> {
  const rows = await executeRows<{ name: string }>(db, sql`select distinct c.name from ${creatorProfiles}, unnest(${creatorProfiles.categories}) as c(name) order by c.name`);
  return rows.map((r) => r.name);
}

// ---------------------------------------------------------------------------------------------
// The creator's side: invitations to published plans.

/** The creator's invitations to published plans (drafts stay invisible), newest first. */
export async function creatorInvitations(db: Database, creatorId: string) {
  return db
    .select({
      planId: targetedPlans.id,
      name: targetedPlans.name,
      message: targetedPlans.message,
      startsAt: targetedPlans.startsAt,
      endsAt: targetedPlans.endsAt,
      planStatus: targetedPlans.status,
      endedAt: targetedPlans.endedAt,
      shopName: shops.name,
      status: targetedPlanCreators.status,
      invitedAt: targetedPlanCreators.invitedAt,
      respondedAt: targetedPlanCreators.respondedAt,
    })
    .from(targetedPlanCreators)
    .innerJoin(targetedPlans, eq(targetedPlans.id, targetedPlanCreators.planId))
    .innerJoin(shops, eq(shops.id, targetedPlans.shopId))
    .where(and(eq(targetedPlanCreators.creatorId, creatorId), ne(targetedPlans.status, "draft")))
    .orderBy(desc(targetedPlanCreators.invitedAt), desc(targetedPlans.id));
}

/** The active products of the plans the creator is invited to, with their targeted and open rewards. */
export async function creatorInvitationProducts(db: Database, { creatorId, planIds }: { creatorId: string; planIds: string[] }) {
  if (planIds.length === 0) return [];
  return db
    .select({
      planId: targetedPlanProducts.planId,
      productId: products.id,
      title: products.title,
      imageMediaId: products.imageMediaId,
      priceMinor: products.priceMinor,
      currency: products.currency,
      openRateBps: products.openRateBps,
      openFlatFeeMinor: products.openFlatFeeMinor,
      rateBps: targetedPlanProducts.rateBps,
      flatFeeMinor: targetedPlanProducts.flatFeeMinor,
    })
    .from(targetedPlanProducts)
    .innerJoin(targetedPlanCreators, eq(targetedPlanCreators.planId, targetedPlanProducts.planId))
    .innerJoin(products, eq(products.id, targetedPlanProducts.productId))
    .where(and(eq(targetedPlanCreators.creatorId, creatorId), inArray(targetedPlanProducts.planId, planIds), eq(products.status, "active")))
    .orderBy(asc(products.title), asc(products.id));
}

/** One invitation of this creator with its plan, or nothing (another creator's invitation finds nothing). */
export async function findCreatorInvitation(db: Database, { creatorId, planId }: { creatorId: string; planId: string }) {
  const [row] = await db
    .select({ invitation: targetedPlanCreators, plan: targetedPlans })
    .from(targetedPlanCreators)
    .innerJoin(targetedPlans, eq(targetedPlans.id, targetedPlanCreators.planId))
    .where(and(eq(targetedPlanCreators.creatorId, creatorId), eq(targetedPlanCreators.planId, planId)))
    .limit(1);
  return row;
}

/**
 * Records the creator's answer if the invitation is still pending and its plan is published and
 * not over at `at`. One conditional UPDATE: of two answers racing, only the first is kept.
 */
export async function answerInvitation(db: Database, params: { creatorId: string; planId: string; status: "accepted" | "declined"; at: Date }) {
  const { creatorId, planId, status, at } = params;
  const [row] = await db
    .update(targetedPlanCreators)
    .set({ status, respondedAt: at })
    .where(
      and(
        eq(targetedPlanCreators.creatorId, creatorId),
        eq(targetedPlanCreators.planId, planId),
        eq(targetedPlanCreators.status, "pending"),
        sql`exists (select 1 from ${targetedPlans} where ${targetedPlans.id} = ${targetedPlanCreators.planId} and ${targetedPlans.status} = 'live' and ${targetedPlans.endsAt} > ${at.toISOString()}::timestamptz)`,
      ),
    )
    .returning();
  return row;
}

/**
 * The shop's active products for the product pickers of plans and campaigns, by title: the first
 * ones when the picker opens, then what the seller searches for (a shop may have 10,000).
 */
export async function shopPickerProducts(db: Database, shopId: string, options: { q?: string; limit?: number } = {}) {
  const q = options.q?.trim();
  return db
    .select({
      id: products.id,
      title: products.title,
      status: products.status,
      imageMediaId: products.imageMediaId,
      priceMinor: products.priceMinor,
      currency: products.currency,
      openToAffiliates: products.openToAffiliates,
      openRateBps: products.openRateBps,
      openFlatFeeMinor: products.openFlatFeeMinor,
    })
    .from(products)
    .where(and(eq(products.shopId, shopId), eq(products.status, "active"), q ? ilike(products.title, `%${escapeLike(q)}%`) : undefined))
    .orderBy(asc(products.title), asc(products.id))
    .limit(Math.min(options.limit ?? 50, 200));
}
