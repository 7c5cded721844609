import "server-only";
import { and, asc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { shopDomains, shops, type ShopDomain } from "../schema";

export async function listShopDomains(db: Database, shopId: string): Promise<ShopDomain[]> {
  return db.select().from(shopDomains).where(eq(shopDomains.shopId, shopId)).orderBy(asc(shopDomains.createdAt), asc(shopDomains.id));
}

export async function findShopDomain(db: Database, ids: { shopId?: string; domainId: string }): Promise<ShopDomain | undefined> {
  const [row] = await db
    .select()
    .from(shopDomains)
    .where(and(eq(shopDomains.id, ids.domainId), ids.shopId ? eq(shopDomains.shopId, ids.shopId) : undefined))
    .limit(1);
  return row;
}

export async function insertShopDomains(db: Database, values: (typeof shopDomains.$inferInsert)[]): Promise<ShopDomain[]> {
  if (values.length === 0) return [];
  return db.insert(shopDomains).values(values).onConflictDoNothing({ target: [shopDomains.shopId, shopDomains.domain] }).returning();
}

/** The seller removes a domain of their own; a revoked one stays, so a revocation cannot be undone by re-adding. */
export async function deleteShopDomain(db: Database, ids: { shopId: string; domainId: string }): Promise<ShopDomain | undefined> {
  const [row] = await db
    .delete(shopDomains)
    .where(and(eq(shopDomains.id, ids.domainId), eq(shopDomains.shopId, ids.shopId), sql`${shopDomains.state} <> 'revoked'`))
    .returning();
  return row;
}

/**
 * Records the outcome of a check. Only a still-pending domain is changed: an admin's revocation (or
 * confirmation) that lands while the check runs is never overwritten by it.
 */
export async function recordDomainCheck(
  db: Database,
  params: { domainId: string; at: Date; outcome: { verifiedBy: "file" | "dns" } | { error: string } },
): Promise<ShopDomain | undefined> {
  const { domainId, at, outcome } = params;
  const values =
    "verifiedBy" in outcome
      ? { state: "verified" as const, verifiedBy: outcome.verifiedBy, verifiedAt: at, checkedAt: at, lastError: null }
      : { checkedAt: at, lastError: outcome.error.slice(0, 500) };
  const [row] = await db
    .update(shopDomains)
    .set(values)
    .where(and(eq(shopDomains.id, domainId), eq(shopDomains.state, "pending")))
    .returning();
  return row;
}

export async function confirmShopDomainRow(db: Database, params: { domainId: string; at: Date }): Promise<ShopDomain | undefined> {
  const [row] = await db
    .update(shopDomains)
    .set({ state: "verified", verifiedBy: "admin", verifiedAt: params.at, lastError: null })
    .where(and(eq(shopDomains.id, params.domainId), eq(shopDomains.state, "pending")))
    .returning();
  return row;
}

export async function revokeShopDomainRow(db: Database, params: { domainId: string; reason: string; at: Date }): Promise<ShopDomain | undefined> {
  const [row] = await db
    .update(shopDomains)
    .set({ state: "revoked", revokedAt: params.at, revokedReason: params.reason })
    .where(and(eq(shopDomains.id, params.domainId), sql`${shopDomains.state} <> 'revoked'`))
    .returning();
  return row;
}

/** Pending domains not checked since `checkedBefore` (never checked first), for the verification job. */
export async function pendingDomainsToCheck(db: Database, params: { checkedBefore: Date; limit: number }): Promise<ShopDomain[]> {
  return db
    .select()
    .from(shopDomains)
    .where(and(eq(shopDomains.state, "pending"), or(isNull(shopDomains.checkedAt), lt(shopDomains.checkedAt, params.checkedBefore))))
    .orderBy(sql`${shopDomains.checkedAt} asc nulls first`, asc(shopDomains.id))
    .limit(params.limit);
}

/** Every shop's domains for the admin: pending first, then verified, then revoked; newest first within each. */
export async function listDomainsForAdmin(db: Database, limit = 200) {
  return db
    .select({
      id: shopDomains.id,
      domain: shopDomains.domain,
      state: shopDomains.state,
      verifiedBy: shopDomains.verifiedBy,
      verifiedAt: shopDomains.verifiedAt,
      revokedAt: shopDomains.revokedAt,
      revokedReason: shopDomains.revokedReason,
      checkedAt: shopDomains.checkedAt,
      lastError: shopDomains.lastError,
      createdAt: shopDomains.createdAt,
      shopName: shops.name,
      shopSlug: shops.slug,
    })
    .from(shopDomains)
    .innerJoin(shops, eq(shops.id, shopDomains.shopId))
    .orderBy(sql`case ${shopDomains.state} when 'pending' then 0 when 'verified' then 1 else 2 end`, sql`${shopDomains.createdAt} desc`, asc(shopDomains.id))
    .limit(limit);
}

export type AdminDomainRow = Awaited<ReturnType<typeof listDomainsForAdmin>>[number];
