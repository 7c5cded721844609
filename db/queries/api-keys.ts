import "server-only";
import { and, count, desc, eq, isNull, lt, or } from "drizzle-orm";
import { anyOf } from "../bulk";
import type { Database } from "../client";
import { apiKeys, shops, type ApiKey, type Shop } from "../schema";

/** What the seller pages may show of a key: never its hash or signing secret. */
export type ApiKeySummary = Pick<ApiKey, "id" | "name" | "prefix" | "createdAt" | "lastUsedAt" | "revokedAt">;

const SUMMARY = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
};

export async function insertApiKey(db: Database, values: typeof apiKeys.$inferInsert): Promise<ApiKeySummary> {
  const [row] = await db.insert(apiKeys).values(values).returning(SUMMARY);
  return row!;
}

/** A shop's keys, newest first. */
export async function listShopApiKeys(db: Database, shopId: string): Promise<ApiKeySummary[]> {
  return db.select(SUMMARY).from(apiKeys).where(eq(apiKeys.shopId, shopId)).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

export async function countLiveShopApiKeys(db: Database, shopId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(apiKeys)
    .where(and(eq(apiKeys.shopId, shopId), isNull(apiKeys.revokedAt)));
  return row?.n ?? 0;
}

export async function findShopApiKey(db: Database, { shopId, keyId }: { shopId: string; keyId: string }): Promise<ApiKeySummary | undefined> {
  const [row] = await db
    .select(SUMMARY)
    .from(apiKeys)
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.shopId, shopId)))
    .limit(1);
  return row;
}

/** Revokes a live key of the shop; undefined when there is none (another shop's, unknown or already revoked). */
export async function revokeShopApiKey(db: Database, { shopId, keyId }: { shopId: string; keyId: string }, at: Date): Promise<ApiKeySummary | undefined> {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: at })
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.shopId, shopId), isNull(apiKeys.revokedAt)))
    .returning(SUMMARY);
  return row;
}

/** The keys behind requests (revoked ones too, so the caller can be told why) with their shops, in one lookup: a map by key hash. */
export async function findApiKeysByHash(db: Database, keyHashes: string[]): Promise<Map<string, { apiKey: ApiKey; shop: Shop }>> {
  if (keyHashes.length === 0) return new Map();
  const rows = await db.select({ apiKey: apiKeys, shop: shops }).from(apiKeys).innerJoin(shops, eq(shops.id, apiKeys.shopId)).where(anyOf(apiKeys.keyHash, [...new Set(keyHashes)]));
  return new Map(rows.map((row) => [row.apiKey.keyHash, row]));
}

/**
 * Records a use of the key. Writes at most once per `resolution` per key: a busy integration would
 * otherwise turn every request into a write of the same row, and the list only shows the minute.
 */
export async function touchApiKeyLastUsed(db: Database, keyId: string, at: Date, resolutionMs = 60_000): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: at })
    .where(and(eq(apiKeys.id, keyId), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(at.getTime() - resolutionMs)))));
}
