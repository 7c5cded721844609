import "server-only";
import type { Database } from "@/db/client";
import { countLiveShopApiKeys, findShopApiKey, insertApiKey, revokeShopApiKey, type ApiKeySummary } from "@/db/queries/api-keys";
import type { Shop } from "@/db/schema";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import type { CreateApiKeyInput } from "@/lib/validation/api-keys";
import { generateApiKey } from "./keys";

export type KeyActor = { shop: Pick<Shop, "id">; at: Date };

/** Enough for one key per system plus one being rotated in; more is usually forgotten keys. */
export const MAX_LIVE_KEYS = 10;

export type CreatedApiKey = {
  apiKey: ApiKeySummary;
  /** Shown to the seller now and never again: only its hash is kept. */
  key: string;
  /** Shown now; later answers never include it. */
  signingSecret: string;
};

export async function createApiKey(db: Database, actor: KeyActor, input: CreateApiKeyInput): Promise<CreatedApiKey> {
  if ((await countLiveShopApiKeys(db, actor.shop.id)) >= MAX_LIVE_KEYS) {
    throw new UserFacingError(`A shop can have at most ${MAX_LIVE_KEYS} active API keys. Revoke one you no longer use first.`);
  }
  const generated = generateApiKey();
  const apiKey = await insertApiKey(db, {
    id: newId("key"),
    shopId: actor.shop.id,
    name: input.name,
    prefix: generated.prefix,
    keyHash: generated.keyHash,
    signingSecret: generated.signingSecret,
    createdAt: actor.at,
  });
  return { apiKey, key: generated.key, signingSecret: generated.signingSecret };
}

/**
 * Revokes a key of the actor's shop: the next request with it is refused (the API looks the key up
 * on every request, nothing caches it). Revoking a revoked key changes nothing.
 */
export async function revokeApiKey(db: Database, actor: KeyActor, keyId: string): Promise<ApiKeySummary> {
  const revoked = await revokeShopApiKey(db, { shopId: actor.shop.id, keyId }, actor.at);
  if (revoked) return revoked;
  const existing = await findShopApiKey(db, { shopId: actor.shop.id, keyId });
  if (!existing) throw new NotFoundError("The API key");
  return existing;
}
