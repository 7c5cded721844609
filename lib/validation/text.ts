import "server-only";
import { z } from "zod";

/**
 * The one rule for text that reaches PostgreSQL: its text type cannot hold NUL (U+0000), and a
 * lone UTF-16 surrogate (JSON or a form can carry one) is no character at all. Every schema, the
 * CSV import, query strings and route params check text with this before it is stored or queried:
 * such text is a field message or a 4xx, never a database error.
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE = "This text contains characters that cannot be saved (a NUL byte or a broken character)";

/** True when PostgreSQL can store and compare the text as it is. */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/** A zod string that refuses unstorable text with a field message; chain .trim(), .min(), .max() as usual. */
export function storableText(params?: { error?: string; message?: string }) {
  return z.string({ error: params?.error }).refine(isStorableText, params?.message ?? UNSTORABLE_TEXT_MESSAGE);
}
