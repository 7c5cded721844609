import "server-only";
import { and, count, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { clicks, orders, products, shops, users } from "../schema";

/** The seller's shop and its product counts; the figures are in lib/reports/seller-report.ts. */
export async function sellerOverview(db: Database, sellerUserId: string) {
  const [shop] = await db.select().from(shops).where(eq(shops.ownerUserId, sellerUserId));
  if (!shop) return { shop: undefined };
  const [productCount] = await db
    .select({ n: count(), open: sql<number>`count(*) filter (where ${products.openToAffiliates})`.mapWith(Number) })
    .from(products)
    .where(and(eq(products.shopId, shop.id), eq(products.status, "active")));
  return { shop, products: productCount ?? { n: 0, open: 0 } };
}

export async function platformOverview(db: Database) {
  const usersByRole = await db.select({ role: users.role, n: count() }).from(users).groupBy(users.role);
  const [shopCount] = await db.select({ n: count() }).from(shops);
  const ordersByState = await db.select({ state: orders.state, n: count() }).from(orders).groupBy(orders.state);
  const [clickCount] = await db.select({ n: count() }).from(clicks);
  return { usersByRole, shops: shopCount?.n ?? 0, ordersByState, clicks: clickCount?.n ?? 0 };
}
