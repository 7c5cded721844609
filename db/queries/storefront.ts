import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Database } from "../client";
import { orderEvents, orderLines, orders, products, shops } from "../schema";

/** What buyers see on the public product pages: no sign-in, nothing private (no rates, no SKUs). */

export async function findPublicProduct(db: Database, productId: string) {
  const [row] = await db
    .select({
      id: products.id,
      title: products.title,
      description: products.description,
      category: products.category,
      priceMinor: products.priceMinor,
      currency: products.currency,
      stock: products.stock,
      imageMediaId: products.imageMediaId,
      status: products.status,
      externalUrl: products.externalUrl,
      shopId: shops.id,
      shopName: shops.name,
      shopSlug: shops.slug,
      shopLogoMediaId: shops.logoMediaId,
    })
    .from(products)
    .innerJoin(shops, eq(shops.id, products.shopId))
    .where(eq(products.id, productId))
    .limit(1);
  return row;
}

export async function findPublicShop(db: Database, slug: string) {
  const [row] = await db.select({ id: shops.id, name: shops.name, slug: shops.slug, logoMediaId: shops.logoMediaId }).from(shops).where(eq(shops.slug, slug)).limit(1);
  return row;
}

/** What the storefront's footer says about the shop a page sells from: its name and its return window. */
export async function findShopForBuyers(db: Database, shopId: string) {
  const [row] = await db.select({ name: shops.name, returnWindowDays: shops.returnWindowDays }).from(shops).where(eq(shops.id, shopId)).limit(1);
  return row;
}

/** A few of the shop's products on sale, for "More from this shop". */
export async function shopProductsForBuyers(db: Database, shopId: string, options: { exceptProductId?: string; limit: number }) {
  const conditions = [eq(products.shopId, shopId), eq(products.status, "active")];
  if (options.exceptProductId) conditions.push(ne(products.id, options.exceptProductId));
  return db
    .select({ id: products.id, title: products.title, priceMinor: products.priceMinor, currency: products.currency, imageMediaId: products.imageMediaId })
    .from(products)
    .where(and(...conditions))
    .orderBy(asc(products.title), asc(products.id))
    .limit(options.limit);
}

/**
 * An order as its buyer may see it, found by the secret token of its status page only. Never the
 * visitor, click, creator or commission behind it: those are the seller's and creator's business.
 */
export async function findOrderForBuyer(db: Database, statusToken: string) {
  const [row] = await db
    .select({
      id: orders.id,
      state: orders.state,
      currency: orders.currency,
      buyerName: orders.buyerName,
      shippingAddress: orders.shippingAddress,
      subtotalMinor: orders.subtotalMinor,
      discountMinor: orders.discountMinor,
      totalMinor: orders.totalMinor,
      placedAt: orders.placedAt,
      paidAt: orders.paidAt,
      shippedAt: orders.shippedAt,
      carrier: orders.carrier,
      trackingNumber: orders.trackingNumber,
      deliveredAt: orders.deliveredAt,
      completedAt: orders.completedAt,
      cancelledAt: orders.cancelledAt,
      shopId: orders.shopId,
      shopName: shops.name,
    })
    .from(orders)
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .where(eq(orders.statusToken, statusToken))
    .limit(1);
  return row;
}

export type BuyerOrder = NonNullable<Awaited<ReturnType<typeof findOrderForBuyer>>>;

export async function orderLinesForBuyer(db: Database, orderId: string) {
  return db
    .select({
      id: orderLines.id,
      lineRef: orderLines.lineRef,
      productId: orderLines.productId,
      title: products.title,
      quantity: orderLines.quantity,
      unitPriceMinor: orderLines.unitPriceMinor,
      paidMinor: orderLines.paidMinor,
      refundedQuantity: orderLines.refundedQuantity,
      cancelledQuantity: orderLines.cancelledQuantity,
    })
    .from(orderLines)
    .innerJoin(products, eq(products.id, orderLines.productId))
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(sql`length(${orderLines.lineRef})`), asc(orderLines.lineRef));
}

export async function orderEventsForBuyer(db: Database, orderId: string) {
  return db
    .select({ id: orderEvents.id, type: orderEvents.type, occurredAt: orderEvents.occurredAt, lines: orderEvents.lines })
    .from(orderEvents)
    .where(eq(orderEvents.orderId, orderId))
    .orderBy(asc(orderEvents.occurredAt), asc(orderEvents.id));
}
