import "server-only";
import { and, count, eq, gte, sql, sum } from "drizzle-orm";
import type { CurrencyCode } from "@/lib/money";
import type { Database } from "../client";
import { clicks, commissions, links, orderLines, orders, products, shops, users } from "../schema";

export type MoneyByCurrency = { currency: CurrencyCode; amountMinor: number }[];

/** The seller's shop at a glance; everything filtered by the shop the seller owns. */
export async function sellerOverview(db: Database, sellerUserId: string, since: Date) {
  const [shop] = await db.select().from(shops).where(eq(shops.ownerUserId, sellerUserId));
  if (!shop) return { shop: undefined };
  const [productCount] = await db
    .select({ n: count(), open: sql<number>`count(*) filter (where ${products.openToAffiliates})`.mapWith(Number) })
    .from(products)
    .where(and(eq(products.shopId, shop.id), eq(products.status, "active")));
  const ordersByState = await db
    .select({ state: orders.state, n: count(), totalMinor: sum(orders.totalMinor).mapWith(Number) })
    .from(orders)
    .where(and(eq(orders.shopId, shop.id), gte(orders.placedAt, since)))
    .groupBy(orders.state);
  const [clickStats] = await db
    .select({ n: count() })
    .from(clicks)
    .innerJoin(links, eq(clicks.linkId, links.id))
    .innerJoin(products, eq(links.productId, products.id))
    .where(and(eq(products.shopId, shop.id), gte(clicks.clickedAt, since), eq(clicks.isBot, false)));
  const commissionByState = await db
    .select({ state: commissions.state, amountMinor: sum(commissions.amountMinor).mapWith(Number), n: count() })
    .from(commissions)
    .innerJoin(orderLines, eq(commissions.orderLineId, orderLines.id))
    .innerJoin(orders, eq(orderLines.orderId, orders.id))
    .where(eq(orders.shopId, shop.id))
    .groupBy(commissions.state);
  return { shop, products: productCount ?? { n: 0, open: 0 }, ordersByState, productClicks: clickStats?.n ?? 0, commissionByState };
}

export async function platformOverview(db: Database) {
  const usersByRole = await db.select({ role: users.role, n: count() }).from(users).groupBy(users.role);
  const [shopCount] = await db.select({ n: count() }).from(shops);
  const ordersByState = await db.select({ state: orders.state, n: count() }).from(orders).groupBy(orders.state);
  const [clickCount] = await db.select({ n: count() }).from(clicks);
  return { usersByRole, shops: shopCount?.n ?? 0, ordersByState, clicks: clickCount?.n ?? 0 };
}
