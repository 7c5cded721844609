import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import { anyOf, textArray } from "../bulk";
import type { Database } from "../client";
import { commissions, creatorProfiles, links, orderLines, orders, products, type Order } from "../schema";

export async function findShopOrderByExternalId(db: Database, { shopId, externalId }: { shopId: string; externalId: string }): Promise<Order | undefined> {
  const [row] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.shopId, shopId), eq(orders.externalId, externalId)))
    .limit(1);
  return row;
}

/** Orders already recorded under these external ids, by shop. */
export async function findShopOrdersByExternalIds(db: Database, wanted: { shopId: string; externalId: string }[]): Promise<Order[]> {
  if (wanted.length === 0) return [];
  return db
    .select()
    .from(orders)
    .where(sql`(${orders.shopId}, ${orders.externalId}) in (select * from unnest(${textArray(wanted.map((w) => w.shopId))}, ${textArray(wanted.map((w) => w.externalId))}))`);
}

/** Products of several shops named by id or SKU, each with its shop: a product is only found for its own shop. */
export async function findProductsOfShopsByIdOrSku(db: Database, { shopIds, ids, skus }: { shopIds: string[]; ids: string[]; skus: string[] }) {
  if (shopIds.length === 0 || (ids.length === 0 && skus.length === 0)) return [];
  return db
    .select({ id: products.id, sku: products.sku, shopId: products.shopId })
    .from(products)
    .where(and(anyOf(products.shopId, [...new Set(shopIds)]), or(anyOf(products.id, [...new Set(ids)]), anyOf(products.sku, [...new Set(skus)]))));
}

/** An order's lines with their product's SKU and their commission (if any), for the API's answers. */
export async function orderLinesWithCommissions(db: Database, orderId: string) {
  return db
    .select({
      line: orderLines,
      sku: products.sku,
      commission: commissions,
      creatorHandle: creatorProfiles.handle,
      linkCode: links.code,
    })
    .from(orderLines)
    .innerJoin(products, eq(products.id, orderLines.productId))
    .leftJoin(commissions, eq(commissions.orderLineId, orderLines.id))
    .leftJoin(links, eq(links.id, commissions.linkId))
    .leftJoin(creatorProfiles, eq(creatorProfiles.userId, commissions.creatorId))
    .where(eq(orderLines.orderId, orderId))
    // Line ids increase in the order the lines were given.
    .orderBy(orderLines.id);
}
