import "server-only";
import { and, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { products, shops } from "../schema";

/** The products in a buyer's cart as they are now: price, stock, whether still sold, and their shop. */
export async function cartProducts(db: Database, productIds: readonly string[]) {
  if (productIds.length === 0) return [];
  return db
    .select({
      id: products.id,
      title: products.title,
      priceMinor: products.priceMinor,
      currency: products.currency,
      stock: products.stock,
      status: products.status,
      externalUrl: products.externalUrl,
      imageMediaId: products.imageMediaId,
      shopId: shops.id,
      shopName: shops.name,
    })
    .from(products)
    .innerJoin(shops, eq(shops.id, products.shopId))
    .where(inArray(products.id, [...productIds]));
}

/**
 * Takes `quantity` units of a product still sold on the portal, in one conditional UPDATE: the row
 * lock makes a second buyer wait, and PostgreSQL re-checks `stock >= quantity` on the row the first
 * buyer left, so two buyers racing for the last unit cannot both get it. Answers the product as it
 * is now (its price is what the order charges), or undefined when the units are not there.
 */
export async function takeStock(db: Database, productId: string, quantity: number) {
  const [row] = await db
    .update(products)
    .set({ stock: sql`${products.stock} - ${quantity}` })
    .where(and(eq(products.id, productId), eq(products.status, "active"), isNull(products.externalUrl), gte(products.stock, quantity)))
    .returning({ id: products.id, shopId: products.shopId, title: products.title, priceMinor: products.priceMinor, currency: products.currency });
  return row;
}

/** Puts units back on the shelf (an order that was never paid). */
export async function returnStock(db: Database, productId: string, quantity: number) {
  await db
    .update(products)
    .set({ stock: sql`${products.stock} + ${quantity}` })
    .where(eq(products.id, productId));
}

/** Why `takeStock` found nothing: the product as it is now, if it still exists. */
export async function productAvailability(db: Database, productId: string) {
  const [row] = await db
    .select({ title: products.title, priceMinor: products.priceMinor, currency: products.currency, stock: products.stock, status: products.status, externalUrl: products.externalUrl })
    .from(products)
    .where(eq(products.id, productId))
    .limit(1);
  return row;
}
