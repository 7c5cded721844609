import "server-only";
import { and, asc, count, desc, eq, gte, inArray, lt, sql, sum, type SQL } from "drizzle-orm";
import type { CurrencyCode } from "@/lib/money";
import type { Database } from "../client";
import { campaigns, commissionEvents, commissions, links, orderLines, orders, products, shops, targetedPlans, type Channel, type CommissionState } from "../schema";

/**
 * A creator's own commissions. Every query has the creator in its WHERE clause: another creator's
 * commission id finds nothing (the history page's 404 relies on that).
 */

const listColumns = {
  id: commissions.id,
  state: commissions.state,
  amountMinor: commissions.amountMinor,
  currency: commissions.currency,
  earnedAt: commissions.earnedAt,
  lockedAt: commissions.lockedAt,
  availableAt: commissions.availableAt,
  orderId: orders.id,
  orderExternalId: orders.externalId,
  orderPlacedAt: orders.placedAt,
  orderDeliveredAt: orders.deliveredAt,
  productId: products.id,
  productTitle: products.title,
  shopName: shops.name,
  holdingDays: shops.holdingDays,
  returnWindowDays: shops.returnWindowDays,
};

/** What the creator's commission list is filtered on (lib/validation/creator-commissions.ts reads them from the query string). */
export type CreatorCommissionFilters = {
  state?: CommissionState;
  /** The order placed at or after this instant, and before `placedBefore`. */
  placedFrom?: Date;
  placedBefore?: Date;
  shopId?: string;
  linkId?: string;
  channel?: Channel;
  page?: number;
  pageSize?: number;
};

const MAX_PAGE_SIZE = 50_000;

/**
 * One page of the creator's commissions, newest order first, with the link it came through and what
 * lib needs for the date its money is expected. A page size up to 50,000 serves the CSV export.
 */
export async function selectCreatorCommissions(db: Database, creatorId: string, filters: CreatorCommissionFilters = {}) {
  const pageSize = Math.min(Math.max(filters.pageSize ?? 25, 1), MAX_PAGE_SIZE);
  const page = Math.max(filters.page ?? 1, 1);
  const conditions: SQL[] = [eq(commissions.creatorId, creatorId)];
  if (filters.state) conditions.push(eq(commissions.state, filters.state));
  if (filters.placedFrom) conditions.push(gte(orders.placedAt, filters.placedFrom));
  if (filters.placedBefore) conditions.push(lt(orders.placedAt, filters.placedBefore));
  if (filters.shopId) conditions.push(eq(orders.shopId, filters.shopId));
  if (filters.linkId) conditions.push(eq(commissions.linkId, filters.linkId));
  if (filters.channel) conditions.push(eq(links.channel, filters.channel));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...listColumns, linkId: links.id, linkCode: links.code, linkChannel: links.channel, linkSubId: links.subId })
      .from(commissions)
      .innerJoin(orderLines, eq(orderLines.id, commissions.orderLineId))
      .innerJoin(orders, eq(orders.id, orderLines.orderId))
      .innerJoin(products, eq(products.id, orderLines.productId))
      .innerJoin(shops, eq(shops.id, orders.shopId))
      .innerJoin(links, eq(links.id, commissions.linkId))
      .where(where)
      .orderBy(desc(orders.placedAt), desc(commissions.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: count() })
      .from(commissions)
      .innerJoin(orderLines, eq(orderLines.id, commissions.orderLineId))
      .innerJoin(orders, eq(orders.id, orderLines.orderId))
      .innerJoin(links, eq(links.id, commissions.linkId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize };
}

/** The shops the creator has commissions from, for the list's shop filter. */
export async function creatorCommissionShops(db: Database, creatorId: string) {
  return db
    .selectDistinct({ id: shops.id, name: shops.name })
    .from(commissions)
    .innerJoin(orderLines, eq(orderLines.id, commissions.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .where(eq(commissions.creatorId, creatorId))
    .orderBy(shops.name, shops.id);
}

const SUMMARY_STATES: CommissionState[] = ["pending", "locked", "available"];

/** Pending, locked and available totals per currency: the summary over the creator's list. */
export async function creatorCommissionTotals(db: Database, creatorId: string) {
  const rows = await db
    .select({ state: commissions.state, currency: commissions.currency, amountMinor: sum(commissions.amountMinor).mapWith(Number), n: count() })
    .from(commissions)
    .where(and(eq(commissions.creatorId, creatorId), inArray(commissions.state, SUMMARY_STATES)))
    .groupBy(commissions.state, commissions.currency)
    .orderBy(commissions.currency);
  return SUMMARY_STATES.map((state) => ({
    state,
    totals: rows.filter((r) => r.state === state).map((r) => ({ currency: r.currency as CurrencyCode, amountMinor: r.amountMinor, count: r.n })),
  }));
}

/** One of the creator's commissions with why it earned: the link, the plan, the rate and the base. */
export async function selectCreatorCommission(db: Database, { creatorId, commissionId }: { creatorId: string; commissionId: string }) {
  const [row] = await db
    .select({
      ...listColumns,
      baseMinor: commissions.baseMinor,
      rateBps: commissions.rateBps,
      flatFeeMinor: commissions.flatFeeMinor,
      planKind: commissions.planKind,
      planName: sql<string | null>`coalesce(${targetedPlans.name}, ${campaigns.name})`,
      orderState: orders.state,
      lineQuantity: orderLines.quantity,
      lineRefundedQuantity: orderLines.refundedQuantity,
      lineCancelledQuantity: orderLines.cancelledQuantity,
      linkId: links.id,
      linkCode: links.code,
      linkType: links.type,
      linkChannel: links.channel,
      linkSubId: links.subId,
      linkCreatedAt: links.createdAt,
    })
    .from(commissions)
    .innerJoin(orderLines, eq(orderLines.id, commissions.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(products, eq(products.id, orderLines.productId))
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .innerJoin(links, eq(links.id, commissions.linkId))
    .leftJoin(targetedPlans, and(eq(commissions.planKind, "targeted"), eq(targetedPlans.id, commissions.planId)))
    .leftJoin(campaigns, and(eq(commissions.planKind, "campaign"), eq(campaigns.id, commissions.planId)))
    .where(and(eq(commissions.creatorId, creatorId), eq(commissions.id, commissionId)))
    .limit(1);
  return row;
}

/** Every change of the creator's commission, oldest first: nothing for another creator's commission. */
export async function creatorCommissionEvents(db: Database, { creatorId, commissionId }: { creatorId: string; commissionId: string }) {
  return db
    .select({
      id: commissionEvents.id,
      fromState: commissionEvents.fromState,
      toState: commissionEvents.toState,
      amountMinor: commissionEvents.amountMinor,
      reason: commissionEvents.reason,
      occurredAt: commissionEvents.occurredAt,
    })
    .from(commissionEvents)
    .innerJoin(commissions, eq(commissions.id, commissionEvents.commissionId))
    .where(and(eq(commissions.creatorId, creatorId), eq(commissionEvents.commissionId, commissionId)))
    .orderBy(asc(commissionEvents.occurredAt), asc(commissionEvents.id));
}

export type CreatorCommissionEvent = Awaited<ReturnType<typeof creatorCommissionEvents>>[number];
