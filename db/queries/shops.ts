import "server-only";
import { count, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { orders, products, shops, type Shop } from "../schema";

export async function findShopByOwner(db: Database, ownerUserId: string): Promise<Shop | undefined> {
  const [shop] = await db.select().from(shops).where(eq(shops.ownerUserId, ownerUserId)).limit(1);
  return shop;
}

export async function shopHasOrders(db: Database, shopId: string): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(orders).where(eq(orders.shopId, shopId));
  return (row?.n ?? 0) > 0;
}

export async function slugTaken(db: Database, slug: string): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(shops).where(eq(shops.slug, slug));
  return (row?.n ?? 0) > 0;
}

export async function insertShop(db: Database, values: typeof shops.$inferInsert): Promise<Shop> {
  const [shop] = await db.insert(shops).values(values).returning();
  return shop!;
}

export async function updateShop(db: Database, shopId: string, values: Partial<typeof shops.$inferInsert>): Promise<Shop> {
  const [shop] = await db.update(shops).set(values).where(eq(shops.id, shopId)).returning();
  return shop!;
}

/**
 * Re-denominates every product of a shop whose currency changes before its first order: the price
 * keeps its face value ("12.50" stays 12.50), scaled by the difference of the currencies' exponents.
 */
export async function rescaleShopPrices(db: Database, shopId: string, currency: string, exponentShift: number) {
  const factor = 10 ** Math.abs(exponentShift);
  const scale = (column: typeof products.priceMinor | typeof products.openFlatFeeMinor) =>
    exponentShift >= 0 ? sql`${column} * ${factor}` : sql`round(${column}::numeric / ${factor})::bigint`;
  await db
    .update(products)
    .set({ currency: currency as Shop["currency"], priceMinor: scale(products.priceMinor), openFlatFeeMinor: scale(products.openFlatFeeMinor) })
    .where(eq(products.shopId, shopId));
}
