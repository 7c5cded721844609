import "server-only";
import { and, eq, gte, lt, ne, sql } from "drizzle-orm";
import type { CurrencyCode } from "@/lib/money/currencies";
import type { Database } from "../client";
import { clicks, commissions, links, orderLines } from "../schema";

/**
 * A creator's link over a period, per local day of `timeZone` (ISO dates, for lib/reports/period.ts's
 * foldSeries): non-bot clicks and unique clicks by the time of the click; orders, items and
 * earnings per currency by the time of the order (commissions in every state but reversed). The
 * link must be the creator's: another creator's link id finds no day.
 */
export async function linkDailyFigures(db: Database, { creatorId, linkId, from, before, timeZone }: { creatorId: string; linkId: string; from: Date; before: Date; timeZone: string }) {
  const clickDay = sql<string>`to_char(${clicks.clickedAt} at time zone ${timeZone}, 'YYYY-MM-DD')`;
  const orderDay = sql<string>`to_char(${commissions.earnedAt} at time zone ${timeZone}, 'YYYY-MM-DD')`;
  // Grouped by position: the zone is a parameter, so the same expression written twice would not match.
  const [clickDays, saleDays] = await Promise.all([
    db
      .select({
        day: clickDay,
        clicks: sql<number>`count(*) filter (where not ${clicks.isBot})`.mapWith(Number),
        uniqueClicks: sql<number>`count(*) filter (where ${clicks.isUnique} and not ${clicks.isBot})`.mapWith(Number),
      })
      .from(clicks)
      .innerJoin(links, and(eq(links.id, clicks.linkId), eq(links.creatorId, creatorId)))
      .where(and(eq(clicks.linkId, linkId), gte(clicks.clickedAt, from), lt(clicks.clickedAt, before)))
      .groupBy(sql`1`),
    db
      .select({
        day: orderDay,
        currency: commissions.currency,
        orders: sql<number>`count(distinct ${orderLines.orderId})`.mapWith(Number),
        items: sql<number>`sum(${orderLines.quantity} - ${orderLines.refundedQuantity} - ${orderLines.cancelledQuantity})`.mapWith(Number),
        amountMinor: sql<number>`sum(${commissions.amountMinor})`.mapWith(Number),
      })
      .from(commissions)
      .innerJoin(orderLines, eq(orderLines.id, commissions.orderLineId))
      .where(and(eq(commissions.creatorId, creatorId), eq(commissions.linkId, linkId), ne(commissions.state, "reversed"), gte(commissions.earnedAt, from), lt(commissions.earnedAt, before)))
      .groupBy(sql`1`, commissions.currency),
  ]);
  return { clickDays, saleDays: saleDays.map((d) => ({ ...d, currency: d.currency as CurrencyCode })) };
}
