import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { productFavourites, products } from "../schema";

/**
 * A creator's saved products (the marketplace's hearts). Saving twice is one row (the primary key
 * and ON CONFLICT DO NOTHING), so a double click or a retried request changes nothing. Only an
 * active product can be saved; an unknown id saves nothing instead of failing on the foreign key.
 */
export async function saveFavourite(db: Database, { creatorId, productId, at }: { creatorId: string; productId: string; at: Date }): Promise<void> {
  await db
    .insert(productFavourites)
    .select(
      db
        .select({ creatorId: sql<string>`${creatorId}`.as("creator_id"), productId: products.id, createdAt: sql<Date>`${at.toISOString()}::timestamptz`.as("created_at") })
        .from(products)
        .where(and(eq(products.id, productId), eq(products.status, "active"))),
    )
    .onConflictDoNothing();
}

export async function removeFavourite(db: Database, { creatorId, productId }: { creatorId: string; productId: string }): Promise<void> {
  await db.delete(productFavourites).where(and(eq(productFavourites.creatorId, creatorId), eq(productFavourites.productId, productId)));
}
