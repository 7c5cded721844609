import { and, asc, eq, ne } from "drizzle-orm";
import type { Database } from "../client";
import { products, shops } from "../schema";

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
