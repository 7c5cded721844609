import "server-only";
import type { TestPaymentOutcome } from "./storefront";

/**
 * The storefront takes test payments only (no money moves): like a payment provider's test mode,
 * one documented card number always succeeds and one is always declined; any future expiry and any
 * CVC go with them.
 */
export const TEST_CARDS = {
  succeeds: "4242 4242 4242 4242",
  declined: "4000 0000 0000 0002",
} as const satisfies Record<TestPaymentOutcome, string>;

const digitsOnly = (value: string) => value.replace(/[\s-]/g, "");

export type CardCheck<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the test card does when charged, or why the number is not one of them. */
export function testCardOutcome(cardNumber: string): CardCheck<TestPaymentOutcome> {
  const digits = digitsOnly(cardNumber);
  if (digits === "") return { ok: false, error: "Enter the card number" };
  if (digits === digitsOnly(TEST_CARDS.succeeds)) return { ok: true, value: "succeeds" };
  if (digits === digitsOnly(TEST_CARDS.declined)) return { ok: true, value: "declined" };
  return { ok: false, error: `This shop takes test cards only: ${TEST_CARDS.succeeds} (succeeds) or ${TEST_CARDS.declined} (declined)` };
}

/** "MM/YY" (or MM/YYYY); a card is good until the end of its expiry month, in UTC. */
export function checkExpiry(value: string, at: Date): CardCheck<{ month: number; year: number }> {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(value);
  if (!match) return { ok: false, error: "Enter the expiry as MM/YY" };
  const month = Number(match[1]);
  const year = match[2]!.length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  if (month < 1 || month > 12) return { ok: false, error: "The month must be 01 to 12" };
  const endOfMonth = Date.UTC(year, month, 1);
  if (endOfMonth <= at.getTime()) return { ok: false, error: "This card has expired" };
  return { ok: true, value: { month, year } };
}

export function checkCvc(value: string): CardCheck<string> {
  return /^\s*\d{3,4}\s*$/.test(value) ? { ok: true, value: value.trim() } : { ok: false, error: "Enter the 3 or 4 digits on the back of the card" };
}
