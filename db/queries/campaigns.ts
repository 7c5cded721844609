import "server-only";
import { and, asc, count, desc, eq, gt, inArray, isNull, lte, ne, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { campaignProducts, campaigns, products, shops, type Campaign } from "../schema";

/**
 * Campaigns. Seller-side functions put the shop id in every WHERE clause (another shop's campaign
 * is not found); the public page reads by slug and shows only what buyers may see.
 */

/**
 * The shop's campaigns, newest first, with how many products each has now. Correlated subqueries
 * name the outer table explicitly: an unqualified "id" would bind to the inner table's own id.
 */
export async function listShopCampaigns(db: Database, shopId: string) {
  return db
    .select({
      campaign: campaigns,
      productCount: sql<number>`(select count(*)::int from ${campaignProducts} cp where cp.campaign_id = ${campaigns}.id and cp.removed_at is null)`,
    })
    .from(campaigns)
    .where(eq(campaigns.shopId, shopId))
    .orderBy(desc(campaigns.createdAt), desc(campaigns.id));
}

export async function findShopCampaign(db: Database, { shopId, campaignId }: { shopId: string; campaignId: string }): Promise<Campaign | undefined> {
  const [row] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.shopId, shopId), eq(campaigns.id, campaignId)))
    .limit(1);
  return row;
}

/** Every product the campaign has had, current ones first, with when it was added and removed. */
export async function shopCampaignProducts(db: Database, { shopId, campaignId }: { shopId: string; campaignId: string }) {
  return db
    .select({
      id: campaignProducts.id,
      productId: campaignProducts.productId,
      rateBps: campaignProducts.rateBps,
      flatFeeMinor: campaignProducts.flatFeeMinor,
      addedAt: campaignProducts.addedAt,
      removedAt: campaignProducts.removedAt,
      title: products.title,
      status: products.status,
      imageMediaId: products.imageMediaId,
      priceMinor: products.priceMinor,
      currency: products.currency,
      openToAffiliates: products.openToAffiliates,
      openRateBps: products.openRateBps,
      openFlatFeeMinor: products.openFlatFeeMinor,
    })
    .from(campaignProducts)
    .innerJoin(campaigns, eq(campaigns.id, campaignProducts.campaignId))
    .innerJoin(products, eq(products.id, campaignProducts.productId))
    .where(and(eq(campaigns.shopId, shopId), eq(campaignProducts.campaignId, campaignId)))
    .orderBy(sql`${campaignProducts.removedAt} is not null`, asc(products.title), asc(products.id));
}

export async function slugTakenByOtherCampaign(db: Database, slug: string, exceptCampaignId?: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(campaigns)
    .where(exceptCampaignId ? and(eq(campaigns.slug, slug), ne(campaigns.id, exceptCampaignId)) : eq(campaigns.slug, slug));
  return (row?.n ?? 0) > 0;
}

export async function insertCampaign(db: Database, values: typeof campaigns.$inferInsert): Promise<Campaign> {
  const [row] = await db.insert(campaigns).values(values).returning();
  return row!;
}

export async function updateShopCampaign(
  db: Database,
  { shopId, campaignId }: { shopId: string; campaignId: string },
  values: Partial<Pick<typeof campaigns.$inferInsert, "name" | "slug" | "description" | "startsAt" | "endsAt" | "bannerMediaId">>,
): Promise<Campaign | undefined> {
  const [row] = await db
    .update(campaigns)
    .set(values)
    .where(and(eq(campaigns.shopId, shopId), eq(campaigns.id, campaignId)))
    .returning();
  return row;
}

/**
 * Puts products in the campaign (the caller has checked the campaign and products belong to the
 * shop, in the same transaction). A product already in keeps its added_at and takes the new reward;
 * one removed earlier starts a new period from `addedAt`, its earlier period kept as it was.
 */
export async function putCampaignProducts(db: Database, campaignId: string, rows: { productId: string; rateBps: number; flatFeeMinor: number }[], addedAt: Date) {
  if (rows.length === 0) return;
  await db
    .insert(campaignProducts)
    .values(rows.map((r) => ({ campaignId, productId: r.productId, rateBps: r.rateBps, flatFeeMinor: r.flatFeeMinor, addedAt })))
    .onConflictDoUpdate({
      target: [campaignProducts.campaignId, campaignProducts.productId],
      targetWhere: sql`${campaignProducts.removedAt} is null`,
      set: { rateBps: sql`excluded.rate_bps`, flatFeeMinor: sql`excluded.flat_fee_minor` },
    });
}

/** Takes products out of the campaign from `at` on; the rows stay as history. */
export async function removeCampaignProducts(db: Database, { campaignId, productIds }: { campaignId: string; productIds: string[] }, at: Date) {
  if (productIds.length === 0) return;
  await db
    .update(campaignProducts)
    .set({ removedAt: at })
    .where(and(eq(campaignProducts.campaignId, campaignId), inArray(campaignProducts.productId, productIds), isNull(campaignProducts.removedAt)));
}

// ---------------------------------------------------------------------------------------------
// The public campaign page.

export async function findCampaignBySlug(db: Database, slug: string) {
  const [row] = await db
    .select({ campaign: campaigns, shopName: shops.name })
    .from(campaigns)
    .leftJoin(shops, eq(shops.id, campaigns.shopId))
    .where(eq(campaigns.slug, slug))
    .limit(1);
  return row;
}

/** What buyers see at `at`: the campaign's current, active products with their shop. */
export async function campaignPublicProducts(db: Database, campaignId: string, at: Date) {
  return db
    .select({
      id: products.id,
      title: products.title,
      priceMinor: products.priceMinor,
      currency: products.currency,
      imageMediaId: products.imageMediaId,
      shopName: shops.name,
    })
    .from(campaignProducts)
    .innerJoin(products, eq(products.id, campaignProducts.productId))
    .innerJoin(shops, eq(shops.id, products.shopId))
    .where(
      and(
        eq(campaignProducts.campaignId, campaignId),
        lte(campaignProducts.addedAt, at),
        or(isNull(campaignProducts.removedAt), gt(campaignProducts.removedAt, at)),
        eq(products.status, "active"),
      ),
    )
    .orderBy(asc(products.title), asc(products.id));
}
