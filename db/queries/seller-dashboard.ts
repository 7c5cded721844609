import "server-only";
import { and, eq, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { daysStartOnWholeHours } from "@/lib/clock";
import { executeRows, type Database } from "../client";
import { clicksPerLink } from "./click-counts";
import { arrayOf } from "../sql-helpers";
import { campaigns, clicks, commissions, creatorProfiles, links, orderLines, orders, products, shopClickHours, targetedPlanCreators, targetedPlanProducts } from "../schema";

export type LinkType = (typeof links.$inferSelect)["type"];
export type Channel = (typeof links.$inferSelect)["channel"];
/** A report's range: from its first instant up to (not including) `before`. */
type Range = { from: Date; before: Date };

/**
 * Narrows a shop's report to one product (its product links and its order lines), one campaign (its
 * campaign links) or one targeted plan (clicks: product links of its accepted creators to its
 * products; sales: the commissions earned at its rates). The shop's own condition always applies too.
 */
export type ReportScope = { productId: string } | { campaignId: string } | { planId: string };

/** Non-bot clicks in a range on one of the shop's links: product links to its products, links to its campaigns. */
export type ShopClickRow = { linkId: string; type: LinkType; channel: Channel; creatorId: string; productId: string | null; clicks: number; uniqueClicks: number };

/**
 * Affiliate sales of the shop's orders placed in a range, per link and product: the lines that carry
 * a commission. `orderIds` lets a breakdown count an order once even when its lines fall in several
 * rows. `sales` is what buyers paid for the lines (the commission base) less reversed lines; the
 * amounts by commission state are what the shop owes or paid creators.
 */
export type ShopSalesRow = {
  linkId: string;
  type: LinkType;
  channel: Channel;
  creatorId: string;
  productId: string;
  orderIds: string[];
  items: number;
  sales: number;
  pending: number;
  locked: number;
  available: number;
  paid: number;
  reversed: number;
};

/** A showcase spans shops, so its clicks belong to no shop in particular; its sales do (by the order's shop). */
const isShopLink = (shopId: string) =>
  or(
    inArray(links.productId, sql`(select ${products.id} from ${products} where ${products.shopId} = ${shopId})`),
    inArray(links.campaignId, sql`(select ${campaigns.id} from ${campaigns} where ${campaigns.shopId} = ${shopId})`),
  );

const clickJoin = (range: Range) => and(eq(clicks.linkId, links.id), gte(clicks.clickedAt, range.from), lt(clicks.clickedAt, range.before), eq(clicks.isBot, false));

/** The shop's links, aliased `l`: product links to its products, links to its campaigns. */
const shopLinksOf = (shopId: string) =>
  sql`(l.product_id in (select p.id from ${products} p where p.shop_id = ${shopId}) or l.campaign_id in (select k.id from ${campaigns} k where k.shop_id = ${shopId}))`;

/** The links a scope's clicks come from, aliased `l` (the shop's own condition applies too). */
function chosenLinks(scope?: ReportScope): SQL {
  if (!scope) return sql`true`;
  if ("productId" in scope) return sql`(l.type = 'product' and l.product_id = ${scope.productId})`;
  if ("campaignId" in scope) return sql`l.campaign_id = ${scope.campaignId}`;
  return sql`(l.type = 'product'
    and l.product_id in (select tpp.product_id from ${targetedPlanProducts} tpp where tpp.plan_id = ${scope.planId})
    and l.creator_id in (select tpc.creator_id from ${targetedPlanCreators} tpc where tpc.plan_id = ${scope.planId} and tpc.status = 'accepted'))`;
}

/** Per link over the range: whole UTC days from the links' daily counts, the part-days at the ends from the clicks (db/queries/click-counts.ts). */
export async function shopClickRows(db: Database, shopId: string, range: Range, scope?: ReportScope): Promise<ShopClickRow[]> {
  const rows = await executeRows<{ link_id: string; type: LinkType; channel: Channel; creator_id: string; product_id: string | null; clicks: string; unique_clicks: string }>(
    db,
    sql`select counted.link_id, l.type, l.channel, l.creator_id, l.product_id, counted.clicks, counted.unique_clicks
      from ${clicksPerLink(range.from, range.before, sql`${shopLinksOf(shopId)} and ${chosenLinks(scope)}`)} counted inner join ${links} l on l.id = counted.link_id`,
  );
  return rows.map((r) => ({ linkId: r.link_id, type: r.type, channel: r.channel, creatorId: r.creator_id, productId: r.product_id, clicks: Number(r.clicks), uniqueClicks: Number(r.unique_clicks) }));
}

const amountIn = (state: string) => sql<number>`coalesce(sum(${commissions.amountMinor}) filter (where ${commissions.state} = ${state}), 0)::bigint`.mapWith(Number);
const salesSum = sql<number>`coalesce(sum(${commissions.baseMinor}) filter (where ${commissions.state} <> 'reversed'), 0)::bigint`.mapWith(Number);
const placedIn = (shopId: string, range: Range) => and(eq(orders.shopId, shopId), gte(orders.placedAt, range.from), lt(orders.placedAt, range.before));

/** The commissions a scope's sales are made of (the order's shop is checked by placedIn). */
function chosenSales(scope?: ReportScope): SQL | undefined {
  if (!scope) return undefined;
  if ("productId" in scope) return eq(orderLines.productId, scope.productId);
  if ("campaignId" in scope) return eq(links.campaignId, scope.campaignId);
  return and(eq(commissions.planKind, "targeted"), eq(commissions.planId, scope.planId));
}

export async function shopSalesRows(db: Database, shopId: string, range: Range, scope?: ReportScope): Promise<ShopSalesRow[]> {
  const rows = await db
    .select({
      linkId: commissions.linkId,
      type: links.type,
      channel: links.channel,
      creatorId: commissions.creatorId,
      productId: orderLines.productId,
      orderIds: sql<string[]>`array_agg(distinct ${orders.id})`,
      items: sql<number>`sum(${orderLines.quantity} - ${orderLines.refundedQuantity} - ${orderLines.cancelledQuantity})::int`.mapWith(Number),
      sales: salesSum,
      pending: amountIn("pending"),
      locked: amountIn("locked"),
      available: amountIn("available"),
      paid: amountIn("paid"),
      reversed: amountIn("reversed"),
    })
    .from(orders)
    .innerJoin(orderLines, eq(orderLines.orderId, orders.id))
    .innerJoin(commissions, eq(commissions.orderLineId, orderLines.id))
    .innerJoin(links, eq(links.id, commissions.linkId))
    .where(and(placedIn(shopId, range), chosenSales(scope)))
    .groupBy(commissions.linkId, links.type, links.channel, commissions.creatorId, orderLines.productId);
  return rows.map((r) => ({ ...r, orderIds: arrayOf(r.orderIds) }));
}

export type ShopDailyRow = { day: string; clicks: number; orders: number; sales: number; commission: number };

/** Clicks, affiliate orders, sales and commission (not reversed) per local day in `timeZone`. */
export async function shopDailyRows(db: Database, shopId: string, range: Range, timeZone: string): Promise<ShopDailyRow[]> {
  const clickDay = sql<string>`to_char((${clicks.clickedAt} at time zone ${timeZone})::date, 'YYYY-MM-DD')`;
  const orderDay = sql<string>`to_char((${orders.placedAt} at time zone ${timeZone})::date, 'YYYY-MM-DD')`;
  const [byClickDay, byOrderDay] = await Promise.all([
    // The shop's hourly counts fold into the reader's days when each starts on a whole UTC hour; else the clicks themselves.
    daysStartOnWholeHours(range.from, range.before, timeZone)
      ? db
          .select({ day: sql<string>`to_char((${shopClickHours.hour} at time zone ${timeZone})::date, 'YYYY-MM-DD')`, n: sql<number>`sum(${shopClickHours.clicks})::int`.mapWith(Number) })
          .from(shopClickHours)
          .where(and(eq(shopClickHours.shopId, shopId), gte(shopClickHours.hour, range.from), lt(shopClickHours.hour, range.before), sql`${shopClickHours.clicks} > 0`))
          .groupBy(sql`1`)
      : db.select({ day: clickDay, n: sql<number>`count(*)::int`.mapWith(Number) }).from(links).innerJoin(clicks, clickJoin(range)).where(isShopLink(shopId)).groupBy(sql`1`),
    db
      .select({
        day: orderDay,
        orders: sql<number>`count(distinct ${orders.id})::int`.mapWith(Number),
        sales: salesSum,
        commission: sql<number>`coalesce(sum(${commissions.amountMinor}) filter (where ${commissions.state} <> 'reversed'), 0)::bigint`.mapWith(Number),
      })
      .from(orders)
      .innerJoin(orderLines, eq(orderLines.orderId, orders.id))
      .innerJoin(commissions, eq(commissions.orderLineId, orderLines.id))
      .where(placedIn(shopId, range))
      .groupBy(sql`1`),
  ]);
  const days = new Map<string, ShopDailyRow>();
  const day = (d: string) => days.get(d) ?? days.set(d, { day: d, clicks: 0, orders: 0, sales: 0, commission: 0 }).get(d)!;
  for (const r of byClickDay) day(r.day).clicks += r.n;
  for (const r of byOrderDay) Object.assign(day(r.day), { orders: r.orders, sales: r.sales, commission: r.commission });
  return [...days.values()];
}

/** The titles and images of a report's products and the handles and names of its creators. */
export async function reportNames(db: Database, ids: { productIds: string[]; creatorIds: string[] }) {
  const [productRows, creatorRows] = await Promise.all([
    ids.productIds.length ? db.select({ id: products.id, title: products.title, imageMediaId: products.imageMediaId }).from(products).where(inArray(products.id, ids.productIds)) : [],
    ids.creatorIds.length
      ? db.select({ id: creatorProfiles.userId, handle: creatorProfiles.handle, displayName: creatorProfiles.displayName }).from(creatorProfiles).where(inArray(creatorProfiles.userId, ids.creatorIds))
      : [],
  ]);
  return { products: new Map(productRows.map((p) => [p.id, p])), creators: new Map(creatorRows.map((c) => [c.id, c])) };
}

