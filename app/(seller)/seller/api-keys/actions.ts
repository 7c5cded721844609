"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/server/form-action";
import { createApiKey, revokeApiKey } from "@/lib/api/key-commands";
import { apiKeyIdSchema, createApiKeySchema } from "@/lib/validation/api-keys";

export type CreatedKeyReveal = { name: string; key: string; signingSecret: string };

/**
 * The one answer that carries the key and the signing secret, to the seller who just created them;
 * nothing reads them back later (the key is stored only as a hash).
 */
export const createApiKeyAction = formAction({ role: "seller", schema: createApiKeySchema }, async (input, { actor }): Promise<CreatedKeyReveal> => {
  const created = await createApiKey(actor.db, actor, input);
  revalidatePath("/seller/api-keys");
  return { name: created.apiKey.name, key: created.key, signingSecret: created.signingSecret };
});

export const revokeApiKeyAction = formAction({ role: "seller", schema: apiKeyIdSchema }, async ({ keyId }, { actor }) => {
  const revoked = await revokeApiKey(actor.db, actor, keyId);
  revalidatePath("/seller/api-keys");
  return { id: revoked.id };
});
