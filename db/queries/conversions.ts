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

/** Orders already recorded under these external ids, by shop. */
export async function findShopOrdersByExternalIds(db: Database, wanted: { shopId: string; externalId: string }[]): Promise<Order[]> {
  const byShop = new Map<string, string[]>();
  for (const w of wanted) byShop.set(w.shopId, [...(byShop.get(w.shopId) ?? []), w.externalId]);
  if (byShop.size === 0) return [];
  return db
    .select()
    .from(orders)
    .where(or(...[...byShop].map(([shopId, externalIds]) => and(eq(orders.shopId, shopId), inArray(orders.externalId, externalIds)))));
}

/** Products of several shops named by id or SKU, each with its shop: a product is only found for its own shop. */
export async function findProductsOfShopsByIdOrSku(db: Database, shopIds: string[], ids: string[], skus: string[]) {
  if (shopIds.length === 0 || (ids.length === 0 && skus.length === 0)) return [];
  const match = [ids.length ? inArray(products.id, [...new Set(ids)]) : undefined, skus.length ? inArray(products.sku, [...new Set(skus)]) : undefined].filter(Boolean);
  return db
    .select({ id: products.id, sku: products.sku, shopId: products.shopId })
    .from(products)
    .where(and(inArray(products.shopId, [...new Set(shopIds)]), or(...match)));
}

/** Each link's code and its creator's handle, for the API's attribution answers. */
export async function linkLabels(db: Database, linkIds: string[]): Promise<Map<string, { code: string; handle: string | null }>> {
  if (linkIds.length === 0) return new Map();
  const rows = await db
    .select({ id: links.id, code: links.code, handle: creatorProfiles.handle })
    .from(links)
    .leftJoin(creatorProfiles, eq(creatorProfiles.userId, links.creatorId))
    .where(inArray(links.id, [...new Set(linkIds)]));
  return new Map(rows.map((r) => [r.id, { code: r.code, handle: r.handle }]));
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
