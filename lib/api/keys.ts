import "server-only";
import { createHash } from "node:crypto";
import { randomCode } from "@/lib/ids";

/**
 * Conversion API credentials. A seller's server holds two things: the API key, which says who is
 * calling (sent as `Authorization: Bearer …`), and the signing secret, which proves the body was
 * not changed on the way (an HMAC in `X-Signature`). The key is never sent back to us in a form we
 * could replay, so we keep only its hash; the secret must stay readable, since we recompute HMACs.
 */

export const API_KEY_PREFIX = "lsk_live_";
export const SIGNING_SECRET_PREFIX = "whsec_";

// 40 characters of a 55-letter alphabet: about 231 random bits, far beyond guessing.
const RANDOM_LENGTH = 40;
// Characters of the random part kept in the prefix, so a seller can tell keys apart in the list.
const PREFIX_RANDOM_CHARS = 4;

export type GeneratedApiKey = {
  /** The full key, shown to the seller once and never stored. */
  key: string;
  /** The start of the key ("lsk_live_ab3F"), stored to recognise it later. */
  prefix: string;
  keyHash: string;
  signingSecret: string;
};

export function generateApiKey(): GeneratedApiKey {
  const key = `${API_KEY_PREFIX}${randomCode(RANDOM_LENGTH)}`;
  return {
    key,
    prefix: key.slice(0, API_KEY_PREFIX.length + PREFIX_RANDOM_CHARS),
    keyHash: hashApiKey(key),
    signingSecret: `${SIGNING_SECRET_PREFIX}${randomCode(RANDOM_LENGTH)}`,
  };
}

/**
 * SHA-256 of the key, hex. A slow password hash (argon2) exists to make guessing low-entropy
 * passwords expensive; these keys are ~231 random bits, so there is nothing to guess, and a fast,
 * deterministic hash lets every API request find its key through the unique index in one lookup.
 * A leaked table of hashes still cannot be turned back into working keys.
 */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}
