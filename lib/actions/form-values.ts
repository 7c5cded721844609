import "server-only";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/validation/text";

/**
 * What a form action reads from FormData and what it sends back into the form after a failure.
 * Kept apart from safe-action.ts (which needs the session) so the echo rule can be tested alone.
 */

// Fields never echoed back into a form: credentials, bank details, and card data (number, expiry,
// CVC), which must not travel back to the browser or sit in the page's state once submitted.
const SECRET_FIELDS = /password|secret|token|account_?number|iban|card|expir|cvc|cvv|security_?code/i;

/** FormData as a plain object for zod; fields named "x[]" (checkbox lists) become arrays under "x". */
export function formEntries(formData: FormData): Record<string, unknown> {
  const entries: Record<string, unknown> = {};
  for (const [key, value] of formData) {
    if (key.startsWith("$")) continue;
    if (key.endsWith("[]")) ((entries[key.slice(0, -2)] ??= []) as unknown[]).push(value);
    else entries[key] = value;
  }
  return entries;
}

/** The values a failed form is filled in again with: every text field except the secret ones. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$") && !SECRET_FIELDS.test(key)) values[key] = value;
  }
  return values;
}

/**
 * Every text field holding what PostgreSQL cannot store (a NUL byte, a lone surrogate), with the
 * storable-text rule's message: checked for every form before its schema, so no field of any form
 * can reach the database with it, whether or not its schema says so.
 */
export function unstorableFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$") && !isStorableText(value)) fields[key.endsWith("[]") ? key.slice(0, -2) : key] = UNSTORABLE_TEXT_MESSAGE;
  }
  return fields;
}
