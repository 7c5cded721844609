import "server-only";
import { z } from "zod";
import { storableText } from "./text";

/** The seller's API key forms (lib/api/key-commands.ts). */

export const createApiKeySchema = z.object({
  name: z
    .string()
    .default("")
    .transform((value) => value.trim())
    .pipe(storableText().min(1, "Give the key a name, e.g. the system that will use it").max(60, "At most 60 characters")),
});

// Only present: an unknown id, a malformed one and another shop's all get the same "not found".
export const apiKeyIdSchema = z.object({ keyId: z.string().min(1) });

export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;
