import "server-only";
import { and, asc, desc, eq, gt, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { CurrencyCode } from "@/lib/money";
import { textArray } from "../bulk";
import { executeRows, type Database } from "../client";
import { clicksPerLink } from "./click-counts";
import {
  campaignProducts,
  campaigns,
  commissions,
  links,
  orderLines,
  orders,
  productFavourites,
  products,
  shopBlockedCreators,
  shops,
  targetedPlanCreators,
  targetedPlanProducts,
  targetedPlans,
} from "../schema";
import { foldedColumnVector, searchQuery } from "../schema/search";

/**
 * The catalogue creators browse for links: active products open to creators, across every shop.
 * A shop that blocked the creator is left out: its products would never earn for them.
 */

export const OPEN_PRODUCT_SORTS = ["rate", "earning", "epc", "sold", "newest", "price_asc", "price_desc"] as const;
export type OpenProductSort = (typeof OPEN_PRODUCT_SORTS)[number];

export type OpenProductFilters = {
  q?: string;
  category?: string;
  shopId?: string;
  currency?: CurrencyCode;
  /** Price bounds in minor units of `currency` (ignored without it). */
  minPriceMinor?: number;
  maxPriceMinor?: number;
  /** The creator's own best rate (open, targeted or campaign) at least / at most this (basis points). */
  minRateBps?: number;
  maxRateBps?: number;
  /** Only products in a campaign running at `at`. */
  inCampaign?: boolean;
  /** Only the products the creator saved. */
  favourites?: boolean;
  sort?: OpenProductSort;
  page?: number;
  pageSize?: number;
};

/** The window of the sales and earnings-per-click figures. */
export const STATS_DAYS = 30;

const instant = (at: Date) => sql`${at.toISOString()}::timestamptz`;
const windowFrom = (at: Date) => new Date(at.getTime() - STATS_DAYS * 86_400_000);
const windowStart = (at: Date) => instant(windowFrom(at));

/**
 * The creator's best offer on each product beyond the open plan at `at`, one row per product: a
 * live targeted plan they had accepted by then (the conditions of effectiveRate's
 * isPlanInForce and acceptedBy) or a live campaign the product is in (anyone may share a campaign
 * link). Both sets are small and computed once, then joined by product id, so 10,000 products cost
 * one hash join rather than a lookup each. Best = higher rate, then higher flat fee; on equal pay
 * targeted before campaign, then the lower plan id (effectiveRate's tie rule).
 */
function bestSpecialOffer(creatorId: string, at: Date): SQL {
  const ts = instant(at);
  return sql`(select distinct on (product_id) product_id, rate_bps, flat_fee_minor from (
      select tpp.product_id, tpp.rate_bps, tpp.flat_fee_minor, 0 as preference, tp.id as plan_id
      from ${targetedPlanProducts} tpp
      inner join ${targetedPlans} tp on tp.id = tpp.plan_id
      inner join ${targetedPlanCreators} tpc on tpc.plan_id = tp.id and tpc.creator_id = ${creatorId}
      where tp.status <> 'draft' and (case when tp.ended_at is null then tp.status <> 'ended' else tp.ended_at > ${ts} end)
        and tp.starts_at <= ${ts} and tp.ends_at > ${ts} and tpc.status = 'accepted' and tpc.responded_at <= ${ts}
      union all
      select cp.product_id, cp.rate_bps, cp.flat_fee_minor, 1, c.id
      from ${campaignProducts} cp inner join ${campaigns} c on c.id = cp.campaign_id
      where c.starts_at <= ${ts} and c.ends_at > ${ts} and cp.added_at <= ${ts} and (cp.removed_at is null or cp.removed_at > ${ts})
    ) offers order by product_id, rate_bps desc, flat_fee_minor desc, preference, plan_id) special`;
}

/** The special offer wins over the open plan when it pays at least as much (open comes last on a tie). */
const specialWins = sql`(special.product_id is not null and (special.rate_bps, special.flat_fee_minor) >= (${products.openRateBps}, ${products.openFlatFeeMinor}))`;
/** The creator's own best rate and flat fee on the product (what a card shows and the "rate" sort orders by). */
const bestRateBps = sql<number>`(case when ${specialWins} then special.rate_bps else ${products.openRateBps} end)`;
const bestFlatFeeMinor = sql<number>`(case when ${specialWins} then special.flat_fee_minor else ${products.openFlatFeeMinor} end)`;

/**
 * What one sale at the product's price earns at the creator's best rate, in its minor units: the
 * rate rounded half up as applyBasisPoints does, plus the fee, never more than the price.
 */
const earningPerSale = sql`least(${products.priceMinor}, (${products.priceMinor} * ${bestRateBps} + 5000) / 10000 + ${bestFlatFeeMinor})`;

/**
 * Units sold per product in the `STATS_DAYS` before `at` (paid or later, not cancelled or refunded),
 * grouped once over the window's orders: a count per product would read order lines 10,000 times.
 */
function soldByProduct(at: Date): SQL {
  return sql`(select ol.product_id, sum(ol.quantity - ol.refunded_quantity - ol.cancelled_quantity) as units
    from ${orderLines} ol inner join ${orders} o on o.id = ol.order_id
    where o.placed_at >= ${windowStart(at)} and o.placed_at < ${instant(at)} and o.state in ('paid', 'shipped', 'delivered', 'completed')
    group by ol.product_id) sold`;
}

/**
 * Earnings per click over the `STATS_DAYS` before `at`, per product: every creator's commission
 * money earned through the product's links (not reversed, at its current amount), divided by the
 * non-bot clicks on those links in the window. Money of one product is in its one currency.
 */
function epcByProduct(at: Date): SQL {
  return sql`(
    select clicked.product_id, earned.minor::numeric / clicked.n as epc from (
      select l.product_id, sum(c.clicks) as n from ${clicksPerLink(windowFrom(at), at, sql`l.type = 'product'`)} c
      inner join ${links} l on l.id = c.link_id
      group by l.product_id having sum(c.clicks) > 0
    ) clicked
    left join (
      select l.product_id, sum(cm.amount_minor) as minor from ${commissions} cm inner join ${links} l on l.id = cm.link_id
      where l.type = 'product' and cm.state <> 'reversed' and cm.earned_at >= ${windowStart(at)} and cm.earned_at < ${instant(at)}
      group by l.product_id
    ) earned on earned.product_id = clicked.product_id
  ) epc`;
}

const orderOf = (sort: OpenProductSort): SQL[] =>
  ({
    // Percentages compare across currencies; a flat fee only within one: on an equal rate, each
    // currency's products together, the bigger fee first (flat-fee-only bounties, 0%, come last).
    rate: [sql`${bestRateBps} desc`, asc(products.currency), sql`${bestFlatFeeMinor} desc`, asc(products.id)],
    // Money compares only within a currency: each currency's products together, the best earning first.
    earning: [asc(products.currency), sql`${earningPerSale} desc`, asc(products.id)],
    // Within a currency too; products nobody clicked in the window come last.
    epc: [asc(products.currency), sql`coalesce(epc.epc, 0) desc`, sql`epc.product_id is null`, asc(products.id)],
    sold: [sql`coalesce(sold.units, 0) desc`, asc(products.id)],
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

const savedBy = (creatorId: string) =>
  sql<boolean>`exists (select 1 from ${productFavourites} f where f.creator_id = ${creatorId} and f.product_id = ${products.id})`;

/**
 * One page of the open catalogue with the total, in one statement; `at` is the request's time
 * (plans, campaigns, sales). Each row carries the creator's own best rate, so the rate sort and the
 * rate range filter page correctly.
 */
export async function listOpenProducts(db: Database, creatorId: string, filters: OpenProductFilters, at: Date = new Date()) {
  const pageSize = Math.min(Math.max(filters.pageSize ?? 24, 1), 100);
  const page = Math.max(filters.page ?? 1, 1);
  const sort = filters.sort ?? "rate";
  const conditions: SQL[] = [openToCreator(creatorId)];
  // Title, description, category (the column) and shop name, accent-insensitive, every word a prefix.
  const query = filters.q ? searchQuery(filters.q) : undefined;
  if (query) {
    // The candidates come from indexes (products' GIN search column, and the products of the few
    // shops whose name has one of the words); the full test (every word in the product's text or its
    // shop's name) then runs on those rows only, inside the subquery, so the rest of the catalogue
    // is never tested. Every match is a candidate: a word not in the product's own text is in its shop's name.
    const anyWord = query.replaceAll(" & ", " | ");
    conditions.push(sql`${products.id} in (
      select p.id from products p inner join shops s on s.id = p.shop_id
      where (p.search_vector @@ to_tsquery('simple'::regconfig, ${query})
          or p.shop_id in (select s2.id from shops s2 where ${foldedColumnVector(sql`s2.name`)} @@ to_tsquery('simple'::regconfig, ${anyWord})))
        and (p.search_vector || ${foldedColumnVector(sql`s.name`)}) @@ to_tsquery('simple'::regconfig, ${query}))`);
  }
  if (filters.category) conditions.push(eq(products.category, filters.category));
  if (filters.shopId) conditions.push(eq(products.shopId, filters.shopId));
  if (filters.currency) {
    conditions.push(eq(products.currency, filters.currency));
    if (filters.minPriceMinor !== undefined) conditions.push(gte(products.priceMinor, filters.minPriceMinor));
    if (filters.maxPriceMinor !== undefined) conditions.push(lte(products.priceMinor, filters.maxPriceMinor));
  }
  if (filters.minRateBps !== undefined) conditions.push(sql`${bestRateBps} >= ${filters.minRateBps}`);
  if (filters.maxRateBps !== undefined) conditions.push(sql`${bestRateBps} <= ${filters.maxRateBps}`);
  if (filters.inCampaign) {
    conditions.push(sql`exists (select 1 from ${campaignProducts} cp inner join ${campaigns} c on c.id = cp.campaign_id
      where cp.product_id = ${products.id} and cp.removed_at is null and c.starts_at <= ${instant(at)} and c.ends_at > ${instant(at)})`);
  }
  if (filters.favourites) conditions.push(savedBy(creatorId));
  const listing = db
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
      bestRateBps: bestRateBps.mapWith(Number),
      bestFlatFeeMinor: bestFlatFeeMinor.mapWith(Number),
      saved: savedBy(creatorId).mapWith(Boolean),
      shopId: shops.id,
      shopName: shops.name,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(products)
    .innerJoin(shops, eq(shops.id, products.shopId))
    .leftJoin(bestSpecialOffer(creatorId, at), sql`special.product_id = ${products.id}`)
    .$dynamic();
  // The window's clicks and earnings, or its sales, are read only for the sort that needs them.
  const sorted =
    sort === "epc"
      ? listing.leftJoin(epcByProduct(at), sql`epc.product_id = ${products.id}`)
      : sort === "sold"
        ? listing.leftJoin(soldByProduct(at), sql`sold.product_id = ${products.id}`)
        : listing;
  const rows = await sorted
    .where(and(...conditions))
    .orderBy(...orderOf(sort))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total: rows[0]?.total ?? 0, page, pageSize };
}

export type OpenProductRow = Awaited<ReturnType<typeof listOpenProducts>>["rows"][number];

/** A product's last-30-days figures: units sold, non-bot clicks on its links and what those links earned. */
export type ProductStats = { sold: number; clicks: number; earnedMinor: number };

/**
 * The `STATS_DAYS` figures of the listed products (a page's worth), by the same rules as the sorts:
 * three grouped statements over those products only.
 */
export async function productStats(db: Database, { productIds, at }: { productIds: string[]; at: Date }): Promise<Map<string, ProductStats>> {
  const stats = new Map<string, ProductStats>(productIds.map((id) => [id, { sold: 0, clicks: 0, earnedMinor: 0 }]));
  if (productIds.length === 0) return stats;
  const from = new Date(at.getTime() - STATS_DAYS * 86_400_000);
  const [sold, clicked, earned] = await Promise.all([
    db
      .select({ productId: orderLines.productId, n: sql<number>`coalesce(sum(${orderLines.quantity} - ${orderLines.refundedQuantity} - ${orderLines.cancelledQuantity}), 0)`.mapWith(Number) })
      .from(orderLines)
      .innerJoin(orders, eq(orders.id, orderLines.orderId))
      .where(and(inArray(orderLines.productId, productIds), gte(orders.placedAt, from), sql`${orders.placedAt} < ${instant(at)}`, inArray(orders.state, ["paid", "shipped", "delivered", "completed"])))
      .groupBy(orderLines.productId),
    executeRows<{ product_id: string; n: string }>(
      db,
      sql`select l.product_id, sum(c.clicks) as n
        from ${clicksPerLink(from, at, sql`l.type = 'product' and l.product_id = any(${textArray(productIds)})`)} c
        inner join ${links} l on l.id = c.link_id group by l.product_id`,
    ).then((rows) => rows.map((r) => ({ productId: r.product_id, n: Number(r.n) }))),
    db
      .select({ productId: links.productId, n: sql<number>`coalesce(sum(${commissions.amountMinor}), 0)`.mapWith(Number) })
      .from(commissions)
      .innerJoin(links, eq(links.id, commissions.linkId))
      .where(and(eq(links.type, "product"), inArray(links.productId, productIds), sql`${commissions.state} <> 'reversed'`, gte(commissions.earnedAt, from), sql`${commissions.earnedAt} < ${instant(at)}`))
      .groupBy(links.productId),
  ]);
  for (const row of sold) stats.get(row.productId)!.sold = row.n;
  for (const row of clicked) if (row.productId) stats.get(row.productId)!.clicks = row.n;
  for (const row of earned) if (row.productId) stats.get(row.productId)!.earnedMinor = row.n;
  return stats;
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
  shopId: campaigns.shopId,
  shopName: shops.name,
  productCount: sql<number>`(select count(*)::int from ${campaignProducts} cp where cp.campaign_id = ${campaigns}.id and cp.removed_at is null)`,
};

/** Campaigns running at `at` on any shop: every creator may share them. */
export async function liveCampaigns(db: Database, at: Date) {
  return db.select(campaignColumns).from(campaigns).leftJoin(shops, eq(shops.id, campaigns.shopId)).where(liveAt(at)).orderBy(asc(campaigns.endsAt), asc(campaigns.id));
}

/** A shop as the marketplace's shop page names it; undefined for an unknown id. */
export async function findMarketplaceShop(db: Database, shopId: string) {
  const [row] = await db.select({ id: shops.id, name: shops.name, country: shops.country, currency: shops.currency }).from(shops).where(eq(shops.id, shopId)).limit(1);
  return row;
}

export async function findCampaignToLink(db: Database, campaignId: string) {
  const [row] = await db.select(campaignColumns).from(campaigns).leftJoin(shops, eq(shops.id, campaigns.shopId)).where(eq(campaigns.id, campaignId)).limit(1);
  return row;
}


/**
 * The campaign directory: campaigns live at `at` or still to come (ended ones are left out), live
 * first, each by its start; with the products in each now that the creator may earn on (active,
 * open to creators) and their campaign rates. Shops that blocked the creator are left out: their
 * campaign links would be refused.
 */
export async function campaignDirectory(db: Database, creatorId: string, at: Date) {
  const notBlocked = sql`(${campaigns.shopId} is null or not exists (select 1 from ${shopBlockedCreators} b where b.shop_id = ${campaigns.shopId} and b.creator_id = ${creatorId}))`;
  const listed = await db
    .select({ ...campaignColumns, description: campaigns.description, live: sql<boolean>`${campaigns.startsAt} <= ${instant(at)}`.mapWith(Boolean) })
    .from(campaigns)
    .leftJoin(shops, eq(shops.id, campaigns.shopId))
    .where(and(gt(campaigns.endsAt, at), notBlocked))
    .orderBy(sql`${campaigns.startsAt} > ${instant(at)}`, asc(campaigns.startsAt), asc(campaigns.endsAt), asc(campaigns.id));
  if (listed.length === 0) return [];
  const items = await db
    .select({
      campaignId: campaignProducts.campaignId,
      productId: products.id,
      title: products.title,
      priceMinor: products.priceMinor,
      currency: products.currency,
      rateBps: campaignProducts.rateBps,
      flatFeeMinor: campaignProducts.flatFeeMinor,
    })
    .from(campaignProducts)
    .innerJoin(products, eq(products.id, campaignProducts.productId))
    .where(and(inArray(campaignProducts.campaignId, listed.map((c) => c.id)), sql`${campaignProducts.removedAt} is null`, openToCreator(creatorId)))
    .orderBy(asc(products.title), asc(products.id));
  return listed.map((c) => ({ ...c, products: items.filter((i) => i.campaignId === c.id) }));
}
