import "server-only";
import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { daysStartOnWholeHours } from "@/lib/clock";
import type { CurrencyCode } from "@/lib/money";
import { anyOf } from "../bulk";
import { executeRows, type Database } from "../client";
import { clicksPerLink } from "./click-counts";
import { clicks, commissions, creatorClickHours, links, orderLines, products, shops, type CommissionState } from "../schema";

/**
 * The rows behind the creator's dashboard (lib/reports/creator-dashboard.ts folds them into totals,
 * breakdowns and the chart). Each query is scoped to the creator and to a range of instants
 * [from, before), and gives figures per link and local day, so every total is a sum of the same rows.
 */
export type DashboardRange = { creatorId: string; from: Date; before: Date; timeZone: string };

export type LinkClicks = { linkId: string; clicks: number; uniqueClicks: number };
export type DayClicks = { day: string; clicks: number; uniqueClicks: number };

/**
 * Non-bot clicks (and unique clicks) per link over the range: whole UTC days from the links' daily
 * counts, the part-days at the ends from the clicks (db/queries/click-counts.ts).
 */
export async function creatorLinkClicks(db: Database, { creatorId, from, before }: DashboardRange): Promise<LinkClicks[]> {
  const rows = await executeRows<{ link_id: string; clicks: string; unique_clicks: string }>(
    db,
    sql`select link_id, clicks, unique_clicks from ${clicksPerLink(from, before, sql`l.creator_id = ${creatorId}`)} counted`,
  );
  return rows.map((r) => ({ linkId: r.link_id, clicks: Number(r.clicks), uniqueClicks: Number(r.unique_clicks) }));
}

/**
 * The creator's non-bot clicks (and unique clicks) per local day: from the creator's hourly counts
 * (creator_click_hours) when every day of the zone starts on a whole UTC hour, else from the
 * clicks themselves, which give the same figures more slowly.
 */
export async function creatorDayClicks(db: Database, range: DashboardRange): Promise<DayClicks[]> {
  const { creatorId, from, before, timeZone } = range;
  if (!daysStartOnWholeHours(from, before, timeZone)) return creatorDayClicksFromClicks(db, range);
  return db
    .select({
      day: sql<string>`((${creatorClickHours.hour} at time zone ${timeZone})::date)::text`,
      clicks: sql<number>`sum(${creatorClickHours.clicks})`.mapWith(Number),
      uniqueClicks: sql<number>`sum(${creatorClickHours.uniqueClicks})`.mapWith(Number),
    })
    .from(creatorClickHours)
    .where(and(eq(creatorClickHours.creatorId, creatorId), gte(creatorClickHours.hour, from), lt(creatorClickHours.hour, before), sql`${creatorClickHours.clicks} > 0`))
    // By position: the day's expression carries the zone as a parameter, which Postgres would not match in a repeated GROUP BY.
    .groupBy(sql`1`);
}

/** The same per-day counts from the clicks: for zones whose days start within an hour (India, Nepal), and to check the hourly counts. */
export async function creatorDayClicksFromClicks(db: Database, { creatorId, from, before, timeZone }: DashboardRange): Promise<DayClicks[]> {
  return db
    .select({
      day: sql<string>`((${clicks.clickedAt} at time zone ${timeZone})::date)::text`,
      clicks: sql<number>`count(*)`.mapWith(Number),
      uniqueClicks: sql<number>`count(*) filter (where ${clicks.isUnique})`.mapWith(Number),
    })
    .from(clicks)
    .innerJoin(links, eq(links.id, clicks.linkId))
    .where(and(eq(links.creatorId, creatorId), eq(clicks.isBot, false), gte(clicks.clickedAt, from), lt(clicks.clickedAt, before)))
    .groupBy(sql`1`);
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
    })
    .from(commissions)
    .innerJoin(orderLines, eq(orderLines.id, commissions.orderLineId))
    .where(and(eq(commissions.creatorId, creatorId), gte(commissions.earnedAt, from), lt(commissions.earnedAt, before)))
    .as("earned");
  const counted = sql`${earned.state} <> 'reversed'`;
  const rows = await db
    .select({
      linkId: earned.linkId,
      productId: earned.productId,
      day: sql<string>`((${earned.earnedAt} at time zone ${timeZone})::date)::text`,
      state: earned.state,
      currency: earned.currency,
      orders: sql<number>`count(*) filter (where ${earned.orderRank} = 1 and ${counted})`.mapWith(Number),
      items: sql<number>`coalesce(sum(${earned.units}) filter (where ${counted}), 0)`.mapWith(Number),
      amountMinor: sql<number>`sum(${earned.amountMinor})`.mapWith(Number),
    })
    .from(earned)
    .groupBy(sql`1`, sql`2`, sql`3`, sql`4`, sql`5`);
  if (rows.length === 0) return [];
  // The few products involved and their shops (an order's lines are all of its shop's products),
  // looked up once each rather than joined to every commission.
  const productRows = await db
    .select({ id: products.id, title: products.title, imageMediaId: products.imageMediaId, shopId: shops.id, shopName: shops.name })
    .from(products)
    .innerJoin(shops, eq(shops.id, products.shopId))
    .where(anyOf(products.id, [...new Set(rows.map((r) => r.productId))]));
  const productById = new Map(productRows.map((p) => [p.id, p]));
  return rows.map((r) => {
    const p = productById.get(r.productId)!;
    return { ...r, productTitle: p.title, imageMediaId: p.imageMediaId, shopId: p.shopId, shopName: p.shopName };
  });
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

/**
 * The creator's links (all of them, or those among `linkIds`), with the product and shop of a
 * product link (a showcase or campaign link has none). The dashboard asks for all of them beside
 * its rows, so it needs no second round trip; one index range of the creator's links.
 */
export async function creatorDashboardLinks(db: Database, { creatorId, linkIds }: { creatorId: string; linkIds?: readonly string[] }): Promise<DashboardLink[]> {
  if (linkIds?.length === 0) return [];
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
    .where(and(eq(links.creatorId, creatorId), linkIds ? inArray(links.id, [...linkIds]) : undefined));
}

/** Whether the creator has made any link yet: without one the dashboard shows how to start instead of zeros. */
export async function creatorHasLinks(db: Database, creatorId: string): Promise<boolean> {
  const [row] = await db.select({ id: links.id }).from(links).where(eq(links.creatorId, creatorId)).limit(1);
  return row !== undefined;
}
