import { and, eq, inArray, or } from "drizzle-orm";
import type { Database } from "../client";
import { commissions, creatorProfiles, links, orderLines, orders, products, type Order } from "../schema";

export async function findShopOrderByExternalId(db: Database, shopId: string, externalId: string): Promise<Order | undefined> {
  const [row] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.shopId, shopId), eq(orders.externalId, externalId)))
    .limit(1);
  return row;
}

/** The shop's products named by id or SKU in a conversion; products of other shops are simply not found. */
export async function findShopProductsByIdOrSku(db: Database, shopId: string, ids: string[], skus: string[]) {
  if (ids.length === 0 && skus.length === 0) return [];
  const match = [ids.length ? inArray(products.id, ids) : undefined, skus.length ? inArray(products.sku, skus) : undefined].filter(Boolean);
  return db
    .select({ id: products.id, sku: products.sku, status: products.status })
    .from(products)
    .where(and(eq(products.shopId, shopId), or(...match)));
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
    .orderBy(orderLines.lineRef);
}
