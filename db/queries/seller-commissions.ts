import "server-only";
import { and, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import { commissions, creatorProfiles, links, orderLines, orders, products, type Commission } from "../schema";

/** What the shop's commission export is filtered on (lib/validation/orders.ts reads them from the query string). */
export type ShopCommissionFilters = {
  state?: Commission["state"];
  /** Earned at or after this instant. */
  earnedFrom?: Date;
  /** Earned before this instant. */
  earnedBefore?: Date;
  /** The earning creator's handle, without the "@". */
  creator?: string;
};

/**
 * The commissions earned on the shop's orders, newest first, at most `limit`: the shop is in the
 * WHERE clause (through the order), so another shop's commissions never appear.
 */
export async function shopCommissionsForExport(db: Database, { shopId, filters, limit }: { shopId: string; filters: ShopCommissionFilters; limit: number }) {
  const conditions: SQL[] = [eq(orders.shopId, shopId)];
  if (filters.state) conditions.push(eq(commissions.state, filters.state));
  if (filters.earnedFrom) conditions.push(gte(commissions.earnedAt, filters.earnedFrom));
  if (filters.earnedBefore) conditions.push(lt(commissions.earnedAt, filters.earnedBefore));
  if (filters.creator) conditions.push(sql`lower(${creatorProfiles.handle}) = lower(${filters.creator})`);
  return db
    .select({
      id: commissions.id,
      earnedAt: commissions.earnedAt,
      state: commissions.state,
      currency: commissions.currency,
      baseMinor: commissions.baseMinor,
      rateBps: commissions.rateBps,
      flatFeeMinor: commissions.flatFeeMinor,
      amountMinor: commissions.amountMinor,
      planKind: commissions.planKind,
      orderId: orders.id,
      orderExternalId: orders.externalId,
      lineRef: orderLines.lineRef,
      productTitle: products.title,
      productSku: products.sku,
      creatorHandle: creatorProfiles.handle,
      linkChannel: links.channel,
    })
    .from(commissions)
    .innerJoin(orderLines, eq(orderLines.id, commissions.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(products, eq(products.id, orderLines.productId))
    .innerJoin(links, eq(links.id, commissions.linkId))
    .leftJoin(creatorProfiles, eq(creatorProfiles.userId, commissions.creatorId))
    .where(and(...conditions))
    .orderBy(desc(commissions.earnedAt), desc(commissions.id))
    .limit(limit);
}

export type ShopCommissionExportRow = Awaited<ReturnType<typeof shopCommissionsForExport>>[number];
