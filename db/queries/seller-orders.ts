import "server-only";
import { and, asc, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import { campaigns, commissions, creatorProfiles, links, orderEvents, orderLines, orders, products, shops, targetedPlans, type Order } from "../schema";
import { escapeLike } from "../sql-helpers";

/**
 * A seller's orders. Every query has the shop in its WHERE clause: another shop's order id finds
 * nothing, exactly like an id that does not exist (the order page's 404 and the order actions' ownership
 * check rely on that).
 */

// Correlated subqueries over the order's lines, written with aliases and the outer order spelled out:
// in a one-table select drizzle leaves column names unqualified, which would make "id" ambiguous.
const ORDER_ID = sql.raw('"orders"."id"');

const itemsOf = sql<number>`(select coalesce(sum(ol.quantity), 0) from order_lines ol where ol.order_id = ${ORDER_ID})`.mapWith(Number);

// Reversed commissions are 0, so the sum is what the shop owes creators now; null when no line earned.
const commissionOf = sql<number | null>`(
  select sum(c.amount_minor) from commissions c
  inner join order_lines ol on ol.id = c.order_line_id
  where ol.order_id = ${ORDER_ID}
)`.mapWith(Number);

const creatorsOf = sql<string[] | null>`(
  select array_agg(distinct cp.handle order by cp.handle) from commissions c
  inner join order_lines ol on ol.id = c.order_line_id
  inner join creator_profiles cp on cp.user_id = c.creator_id
  where ol.order_id = ${ORDER_ID}
)`;

/** What the order list is filtered on (lib/validation/orders.ts reads them from the query string). */
export type ShopOrderFilters = {
  state?: Order["state"];
  source?: Order["source"];
  /** Placed at or after this instant. */
  placedFrom?: Date;
  /** Placed before this instant. */
  placedBefore?: Date;
  /** Title or SKU of a product on the order. */
  product?: string;
  /** Handle of a creator who earns on the order, without the "@". */
  creator?: string;
  page: number;
};

function listConditions(shopId: string, filters: Omit<ShopOrderFilters, "page">): SQL[] {
  const conditions: SQL[] = [eq(orders.shopId, shopId)];
  if (filters.state) conditions.push(eq(orders.state, filters.state));
  if (filters.source) conditions.push(eq(orders.source, filters.source));
  if (filters.placedFrom) conditions.push(gte(orders.placedAt, filters.placedFrom));
  if (filters.placedBefore) conditions.push(lt(orders.placedAt, filters.placedBefore));
  if (filters.product) {
    const pattern = `%${escapeLike(filters.product)}%`;
    conditions.push(sql`exists (
      select 1 from order_lines ol inner join products p on p.id = ol.product_id
      where ol.order_id = ${ORDER_ID} and (p.title ilike ${pattern} or p.sku ilike ${pattern})
    )`);
  }
  if (filters.creator) {
    conditions.push(sql`exists (
      select 1 from commissions c
      inner join order_lines ol on ol.id = c.order_line_id
      inner join creator_profiles cp on cp.user_id = c.creator_id
      where ol.order_id = ${ORDER_ID} and lower(cp.handle) = lower(${filters.creator})
    )`);
  }
  return conditions;
}

// One order of the list or of its CSV: the same columns on screen and in the file.
const ORDER_ROW = {
  id: orders.id,
  externalId: orders.externalId,
  source: orders.source,
  state: orders.state,
  currency: orders.currency,
  buyerName: orders.buyerName,
  buyerEmail: orders.buyerEmail,
  totalMinor: orders.totalMinor,
  placedAt: orders.placedAt,
  carrier: orders.carrier,
  trackingNumber: orders.trackingNumber,
  items: itemsOf,
  commissionMinor: commissionOf,
  creators: creatorsOf,
};

/** One page of the shop's orders, newest first, with items, commission owed and the creators who earn. */
export async function listShopOrders(db: Database, shopId: string, filters: Partial<ShopOrderFilters> & { pageSize?: number } = {}) {
  const pageSize = Math.min(Math.max(filters.pageSize ?? 25, 1), 100);
  const page = Math.max(filters.page ?? 1, 1);
  const where = and(...listConditions(shopId, filters));
  const [rows, [total]] = await Promise.all([
    db
      .select(ORDER_ROW)
      .from(orders)
      .where(where)
      .orderBy(desc(orders.placedAt), desc(orders.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(orders).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r, creators: r.creators ?? [] })), total: total?.n ?? 0, page, pageSize };
}

/** Every order of the shop the list's filters keep (its CSV), newest first, at most `limit`. */
export async function shopOrdersForExport(db: Database, { shopId, filters, limit }: { shopId: string; filters: Omit<ShopOrderFilters, "page">; limit: number }) {
  const rows = await db
    .select(ORDER_ROW)
    .from(orders)
    .where(and(...listConditions(shopId, filters)))
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, creators: r.creators ?? [] }));
}

/** The shop's order with the shop's return window, or nothing: another shop's order id finds nothing. */
export async function findShopOrder(db: Database, { shopId, orderId }: { shopId: string; orderId: string }) {
  const [row] = await db
    .select({ order: orders, returnWindowDays: shops.returnWindowDays, holdingDays: shops.holdingDays })
    .from(orders)
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .where(and(eq(orders.shopId, shopId), eq(orders.id, orderId)))
    .limit(1);
  return row ? { ...row.order, returnWindowDays: row.returnWindowDays, holdingDays: row.holdingDays } : undefined;
}

/**
 * Each line of the shop's order with its product and what its attribution gave: the commission with
 * the creator, the link's channel and the plan the rate came from (none when no creator earned).
 */
export async function shopOrderLines(db: Database, { shopId, orderId }: { shopId: string; orderId: string }) {
  const rows = await db
    .select({
      id: orderLines.id,
      lineRef: orderLines.lineRef,
      productId: orderLines.productId,
      productTitle: products.title,
      productSku: products.sku,
      quantity: orderLines.quantity,
      unitPriceMinor: orderLines.unitPriceMinor,
      discountMinor: orderLines.discountMinor,
      paidMinor: orderLines.paidMinor,
      refundedQuantity: orderLines.refundedQuantity,
      cancelledQuantity: orderLines.cancelledQuantity,
      commissionId: commissions.id,
      commissionState: commissions.state,
      amountMinor: commissions.amountMinor,
      baseMinor: commissions.baseMinor,
      rateBps: commissions.rateBps,
      flatFeeMinor: commissions.flatFeeMinor,
      planKind: commissions.planKind,
      planName: sql<string | null>`coalesce(${targetedPlans.name}, ${campaigns.name})`,
      creatorHandle: creatorProfiles.handle,
      linkChannel: links.channel,
      linkType: links.type,
      linkSubId: links.subId,
    })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(products, eq(products.id, orderLines.productId))
    .leftJoin(commissions, eq(commissions.orderLineId, orderLines.id))
    .leftJoin(creatorProfiles, eq(creatorProfiles.userId, commissions.creatorId))
    .leftJoin(links, eq(links.id, commissions.linkId))
    .leftJoin(targetedPlans, and(eq(commissions.planKind, "targeted"), eq(targetedPlans.id, commissions.planId)))
    .leftJoin(campaigns, and(eq(commissions.planKind, "campaign"), eq(campaigns.id, commissions.planId)))
    .where(and(eq(orders.shopId, shopId), eq(orderLines.orderId, orderId)))
    .orderBy(asc(orderLines.lineRef));
  return rows.map(({ commissionId, commissionState, amountMinor, baseMinor, rateBps, flatFeeMinor, planKind, planName, creatorHandle, linkChannel, linkType, linkSubId, ...line }) => ({
    ...line,
    commission:
      commissionId && commissionState && planKind && linkChannel && linkType
        ? {
            id: commissionId,
            state: commissionState,
            amountMinor: amountMinor ?? 0,
            baseMinor: baseMinor ?? 0,
            rateBps: rateBps ?? 0,
            flatFeeMinor: flatFeeMinor ?? 0,
            planKind,
            planName,
            creatorHandle,
            linkChannel,
            linkType,
            linkSubId: linkSubId ?? "",
          }
        : null,
  }));
}

/** Refunds recorded on the shop's order (by the seller here, or sent through the API), oldest first. */
export async function shopOrderRefunds(db: Database, { shopId, orderId }: { shopId: string; orderId: string }) {
  return db
    .select({ id: orderEvents.id, occurredAt: orderEvents.occurredAt, lines: orderEvents.lines })
    .from(orderEvents)
    .innerJoin(orders, eq(orders.id, orderEvents.orderId))
    .where(and(eq(orders.shopId, shopId), eq(orderEvents.orderId, orderId), eq(orderEvents.type, "refunded")))
    .orderBy(asc(orderEvents.occurredAt), asc(orderEvents.id));
}

/** The order page in one call: the order, its lines and its refunds, or nothing when it is not the shop's. */
export async function shopOrderDetail(db: Database, { shopId, orderId }: { shopId: string; orderId: string }) {
  const order = await findShopOrder(db, { shopId, orderId });
  if (!order) return undefined;
  const [lines, refunds] = await Promise.all([shopOrderLines(db, { shopId, orderId }), shopOrderRefunds(db, { shopId, orderId })]);
  return { order, lines, refunds };
}

export type ShopOrderRow = Awaited<ReturnType<typeof listShopOrders>>["rows"][number];
export type ShopOrder = NonNullable<Awaited<ReturnType<typeof findShopOrder>>>;
export type ShopOrderLine = Awaited<ReturnType<typeof shopOrderLines>>[number];
export type ShopOrderRefund = Awaited<ReturnType<typeof shopOrderRefunds>>[number];
