import "server-only";
import { and, asc, desc, eq, gt, gte, lte, sql, type SQL } from "drizzle-orm";
import type { CurrencyCode } from "@/lib/money";
import type { Database } from "../client";
import { campaignProducts, campaigns, orderLines, orders, products, shopBlockedCreators, shops } from "../schema";
import { PRODUCT_SEARCH_VECTOR, foldedColumnVector, searchQuery } from "../schema/search";

/**
 * The catalogue creators browse for links: active products open to creators, across every shop.
 * A shop that blocked the creator is left out: its products would never earn for them.
 */

export const OPEN_PRODUCT_SORTS = ["rate", "earning", "sold", "newest", "price_asc", "price_desc"] as const;
export type OpenProductSort = (typeof OPEN_PRODUCT_SORTS)[number];

export type OpenProductFilters = {
  q?: string;
  category?: string;
  shopId?: string;
  currency?: CurrencyCode;
  /** Price bounds in minor units of `currency` (ignored without it). */
  minPriceMinor?: number;
  maxPriceMinor?: number;
  /** The open rate at least this (basis points). */
  minRateBps?: number;
  /** Only products in a campaign running at `at`. */
  inCampaign?: boolean;
  sort?: OpenProductSort;
  page?: number;
  pageSize?: number;
};

const SOLD_DAYS = 30;

/** What one sale earns on the open plan, in the product's minor units (rate on the price, plus the flat fee). */
const earningPerSale = sql`(${products.priceMinor} * ${products.openRateBps} / 10000 + ${products.openFlatFeeMinor})`;

/** Units of the product sold in the `SOLD_DAYS` before `at` (paid or later, not cancelled or refunded). */
const soldSince = (at: Date) =>
  sql`(select coalesce(sum(ol.quantity - ol.refunded_quantity - ol.cancelled_quantity), 0) from ${orderLines} ol inner join ${orders} o on o.id = ol.order_id
    where ol.product_id = ${products.id} and o.placed_at >= ${new Date(at.getTime() - SOLD_DAYS * 86_400_000).toISOString()}::timestamptz and o.placed_at < ${at.toISOString()}::timestamptz
    and o.state in ('paid', 'shipped', 'delivered', 'completed'))`;

const orderOf = (sort: OpenProductSort, at: Date): SQL[] =>
  ({
    rate: [desc(products.openRateBps), desc(products.openFlatFeeMinor), asc(products.id)],
    // Money compares only within a currency: each currency's products together, the best earning first.
    earning: [asc(products.currency), sql`${earningPerSale} desc`, asc(products.id)],
    sold: [sql`${soldSince(at)} desc`, asc(products.id)],
    newest: [desc(products.createdAt), desc(products.id)],
    price_asc: [asc(products.priceMinor), asc(products.id)],
    price_desc: [desc(products.priceMinor), desc(products.id)],
  })[sort];

function openToCreator(creatorId: string): SQL {
  return and(
    eq(products.status, "active"),
    eq(products.openToAffiliates, true),
    sql`not exists (select 1 from ${shopBlockedCreators} where ${shopBlockedCreators.shopId} = ${products.shopId} and ${shopBlockedCreators.creatorId} = ${creatorId})`,
  )!;
}

/** One page of the open catalogue with the total, in one statement; `at` is the request's time (campaigns, sales). */
export async function listOpenProducts(db: Database, creatorId: string, filters: OpenProductFilters, at: Date = new Date()) {
  const pageSize = Math.min(Math.max(filters.pageSize ?? 24, 1), 100);
  const page = Math.max(filters.page ?? 1, 1);
  const conditions: SQL[] = [openToCreator(creatorId)];
  // Title, description, category (the column) and shop name, accent-insensitive, every word a prefix.
  const query = filters.q ? searchQuery(filters.q) : undefined;
  if (query) conditions.push(sql`(${PRODUCT_SEARCH_VECTOR} || ${foldedColumnVector(shops.name)}) @@ to_tsquery('simple'::regconfig, ${query})`);
  if (filters.category) conditions.push(eq(products.category, filters.category));
  if (filters.shopId) conditions.push(eq(products.shopId, filters.shopId));
  if (filters.currency) {
    conditions.push(eq(products.currency, filters.currency));
    if (filters.minPriceMinor !== undefined) conditions.push(gte(products.priceMinor, filters.minPriceMinor));
    if (filters.maxPriceMinor !== undefined) conditions.push(lte(products.priceMinor, filters.maxPriceMinor));
  }
  if (filters.minRateBps) conditions.push(gte(products.openRateBps, filters.minRateBps));
  if (filters.inCampaign) {
    conditions.push(sql`exists (select 1 from ${campaignProducts} cp inner join ${campaigns} c on c.id = cp.campaign_id
      where cp.product_id = ${products.id} and cp.removed_at is null and c.starts_at <= ${at.toISOString()}::timestamptz and c.ends_at > ${at.toISOString()}::timestamptz)`);
  }
  const rows = await db
    .select({
      id: products.id,
      title: products.title,
      category: products.category,
      priceMinor: products.priceMinor,
      currency: products.currency,
      stock: products.stock,
      imageMediaId: products.imageMediaId,
      openRateBps: products.openRateBps,
      openFlatFeeMinor: products.openFlatFeeMinor,
      shopId: shops.id,
      shopName: shops.name,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(products)
    .innerJoin(shops, eq(shops.id, products.shopId))
    .where(and(...conditions))
    .orderBy(...orderOf(filters.sort ?? "rate", at))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total: rows[0]?.total ?? 0, page, pageSize };
}

/** The categories and shops that have open products, for the filters. */
export async function openCatalogueFacets(db: Database, creatorId: string) {
  const [categories, shopRows] = await Promise.all([
    db.selectDistinct({ category: products.category }).from(products).where(openToCreator(creatorId)).orderBy(asc(products.category)),
    db
      .selectDistinct({ id: shops.id, name: shops.name })
      .from(products)
      .innerJoin(shops, eq(shops.id, products.shopId))
      .where(openToCreator(creatorId))
      .orderBy(asc(shops.name), asc(shops.id)),
  ]);
  return { categories: categories.map((c) => c.category), shops: shopRows };
}

/** A product as the "Get link" page shows it; whether it may be linked is decided by getOrCreateLink. */
export async function findProductToLink(db: Database, productId: string) {
  const [row] = await db
    .select({
      id: products.id,
      title: products.title,
      priceMinor: products.priceMinor,
      currency: products.currency,
      imageMediaId: products.imageMediaId,
      status: products.status,
      openToAffiliates: products.openToAffiliates,
      openRateBps: products.openRateBps,
      openFlatFeeMinor: products.openFlatFeeMinor,
      shopName: shops.name,
    })
    .from(products)
    .innerJoin(shops, eq(shops.id, products.shopId))
    .where(eq(products.id, productId))
    .limit(1);
  return row;
}

const liveAt = (at: Date) => and(lte(campaigns.startsAt, at), gt(campaigns.endsAt, at))!;

const campaignColumns = {
  id: campaigns.id,
  name: campaigns.name,
  slug: campaigns.slug,
  startsAt: campaigns.startsAt,
  endsAt: campaigns.endsAt,
  shopName: shops.name,
  productCount: sql<number>`(select count(*)::int from ${campaignProducts} cp where cp.campaign_id = ${campaigns}.id and cp.removed_at is null)`,
};

/** Campaigns running at `at` on any shop: every creator may share them. */
export async function liveCampaigns(db: Database, at: Date) {
  return db.select(campaignColumns).from(campaigns).leftJoin(shops, eq(shops.id, campaigns.shopId)).where(liveAt(at)).orderBy(asc(campaigns.endsAt), asc(campaigns.id));
}

export async function findCampaignToLink(db: Database, campaignId: string) {
  const [row] = await db.select(campaignColumns).from(campaigns).leftJoin(shops, eq(shops.id, campaigns.shopId)).where(eq(campaigns.id, campaignId)).limit(1);
  return row;
}

