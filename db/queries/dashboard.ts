import "server-only";
import { and, count, eq, gte, sql, sum } from "drizzle-orm";
import type { CurrencyCode } from "@/lib/money";
import type { Database } from "../client";
import { clicks, commissions, creatorProfiles, links, orders, products, shops, users, walletEntries } from "../schema";

export type MoneyByCurrency = { currency: CurrencyCode; amountMinor: number }[];

/** Commission totals for one creator by state and currency, the numbers behind the wallet summary. */
export async function creatorOverview(db: Database, creatorId: string, since: Date) {
  const [profile] = await db.select().from(creatorProfiles).where(eq(creatorProfiles.userId, creatorId));
  const [linkCount] = await db.select({ n: count() }).from(links).where(eq(links.creatorId, creatorId));
  const [clickStats] = await db
    .select({ total: count(), unique: sql<number>`count(*) filter (where ${clicks.isUnique})`.mapWith(Number) })
    .from(clicks)
    .innerJoin(links, eq(clicks.linkId, links.id))
    .where(and(eq(links.creatorId, creatorId), gte(clicks.clickedAt, since), eq(clicks.isBot, false)));
  const byState = await db
    .select({ state: commissions.state, currency: commissions.currency, amountMinor: sum(commissions.amountMinor).mapWith(Number), n: count() })
    .from(commissions)
    .where(eq(commissions.creatorId, creatorId))
    .groupBy(commissions.state, commissions.currency);
  const available = await db
    .select({ currency: walletEntries.currency, amountMinor: sum(walletEntries.amountMinor).mapWith(Number) })
    .from(walletEntries)
    .where(eq(walletEntries.creatorId, creatorId))
    .groupBy(walletEntries.currency);
  return {
    profile,
    linkCount: linkCount?.n ?? 0,
    clicks: clickStats?.total ?? 0,
    uniqueClicks: clickStats?.unique ?? 0,
    commissionsByState: byState,
    walletBalance: available as MoneyByCurrency,
  };
}

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
