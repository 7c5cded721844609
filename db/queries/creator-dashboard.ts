import "server-only";
import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { CurrencyCode } from "@/lib/money";
import type { Database } from "../client";
import { clicks, commissions, links, orderLines, orders, products, shops, type CommissionState } from "../schema";

/**
 * The rows behind the creator's dashboard (lib/reports/creator-dashboard.ts folds them into totals,
 * breakdowns and the chart). Each query is scoped to the creator and to a range of instants
 * [from, before), and gives figures per link and local day, so every total is a sum of the same rows.
 */
export type DashboardRange = { creatorId: string; from: Date; before: Date; timeZone: string };

export type LinkDayClicks = { linkId: string; day: string; clicks: number; uniqueClicks: number };

/**
 * Non-bot clicks (and unique clicks) per link and local day. The one place the dashboard reads
 * clicks: a daily rollup keyed the same way could replace it. Reads clicks_link_time_idx
 * (link_id, clicked_at) for each of the creator's links.
 */
export async function creatorClickCounts(db: Database, { creatorId, from, before, timeZone }: DashboardRange): Promise<LinkDayClicks[]> {
  return db
    .select({
      linkId: clicks.linkId,
      day: sql<string>`((${clicks.clickedAt} at time zone ${timeZone})::date)::text`,
      clicks: sql<number>`count(*)`.mapWith(Number),
      uniqueClicks: sql<number>`count(*) filter (where ${clicks.isUnique})`.mapWith(Number),
    })
    .from(clicks)
    .innerJoin(links, eq(links.id, clicks.linkId))
    .where(and(eq(links.creatorId, creatorId), eq(clicks.isBot, false), gte(clicks.clickedAt, from), lt(clicks.clickedAt, before)))
    // By position: the day's expression carries the zone as a parameter, which Postgres would not match in a repeated GROUP BY.
    .groupBy(sql`1`, sql`2`);
}

export type LinkProductDayCommissions = {
  linkId: string;
  productId: string;
  productTitle: string;
  imageMediaId: string | null;
  shopId: string;
  shopName: string;
  day: string;
  state: CommissionState;
  currency: CurrencyCode;
  /** Orders counted here: each order once, at its first line (by line id) whose commission is not reversed. */
  orders: number;
  /** Units bought less those refunded or cancelled, on lines whose commission is not reversed. */
  items: number;
  amountMinor: number;
};

/**
 * The creator's commissions per link, product (of the order line: for a showcase or campaign link
 * each product bought is its own row), local day, state and currency. A commission belongs to the
 * period in which it was earned (`earned_at`, the order's payment), so a late refund changes the
 * figures of the day the order earned, not of the day it was refunded.
 */
export async function creatorCommissionCounts(db: Database, { creatorId, from, before, timeZone }: DashboardRange): Promise<LinkProductDayCommissions[]> {
  const earned = db
    .select({
      linkId: commissions.linkId,
      orderLineId: commissions.orderLineId,
      state: commissions.state,
      currency: commissions.currency,
      amountMinor: commissions.amountMinor,
      earnedAt: commissions.earnedAt,
      // An order with several of this creator's lines counts once, so the orders of every breakdown add up to the total.
      orderRank: sql<number>`row_number() over (partition by ${orderLines.orderId} order by (${commissions.state} = 'reversed'), ${orderLines.id})`.as("order_rank"),
      productId: orderLines.productId,
      units: sql<number>`${orderLines.quantity} - ${orderLines.refundedQuantity} - ${orderLines.cancelledQuantity}`.as("units"),
      shopId: orders.shopId,
    })
    .from(commissions)
    .innerJoin(orderLines, eq(orderLines.id, commissions.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(eq(commissions.creatorId, creatorId), gte(commissions.earnedAt, from), lt(commissions.earnedAt, before)))
    .as("earned");
  const counted = sql`${earned.state} <> 'reversed'`;
  return db
    .select({
      linkId: earned.linkId,
      productId: earned.productId,
      productTitle: products.title,
      imageMediaId: products.imageMediaId,
      shopId: earned.shopId,
      shopName: shops.name,
      day: sql<string>`((${earned.earnedAt} at time zone ${timeZone})::date)::text`,
      state: earned.state,
      currency: earned.currency,
      orders: sql<number>`count(*) filter (where ${earned.orderRank} = 1 and ${counted})`.mapWith(Number),
      items: sql<number>`coalesce(sum(${earned.units}) filter (where ${counted}), 0)`.mapWith(Number),
      amountMinor: sql<number>`sum(${earned.amountMinor})`.mapWith(Number),
    })
    .from(earned)
    .innerJoin(products, eq(products.id, earned.productId))
    .innerJoin(shops, eq(shops.id, earned.shopId))
    .groupBy(sql`1`, sql`2`, sql`3`, sql`4`, sql`5`, sql`6`, sql`7`, sql`8`, sql`9`);
}

export type DashboardLink = {
  id: string;
  code: string;
  type: "product" | "showcase" | "campaign";
  channel: (typeof links.channel.enumValues)[number];
  subId: string;
  productId: string | null;
  productTitle: string | null;
  imageMediaId: string | null;
  shopId: string | null;
  shopName: string | null;
};

/** The creator's links among `linkIds`, with the product and shop of a product link (a showcase or campaign link has none). */
export async function creatorDashboardLinks(db: Database, { creatorId, linkIds }: { creatorId: string; linkIds: readonly string[] }): Promise<DashboardLink[]> {
  if (linkIds.length === 0) return [];
  return db
    .select({
      id: links.id,
      code: links.code,
      type: links.type,
      channel: links.channel,
      subId: links.subId,
      productId: links.productId,
      productTitle: products.title,
      imageMediaId: products.imageMediaId,
      shopId: products.shopId,
      shopName: shops.name,
    })
    .from(links)
    .leftJoin(products, eq(products.id, links.productId))
    .leftJoin(shops, eq(shops.id, products.shopId))
    .where(and(eq(links.creatorId, creatorId), inArray(links.id, [...linkIds])));
}

/** Whether the creator has made any link yet: without one the dashboard shows how to start instead of zeros. */
export async function creatorHasLinks(db: Database, creatorId: string): Promise<boolean> {
  const [row] = await db.select({ id: links.id }).from(links).where(eq(links.creatorId, creatorId)).limit(1);
  return row !== undefined;
}
