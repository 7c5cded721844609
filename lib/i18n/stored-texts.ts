import "server-only";
import { textMatcher, type TextMatch } from "./text-matcher";

/**
 * The texts the portal stores for people to read later: why a commission changed
 * (commission_events.reason), what a wallet entry is (wallet_entries.reason), what an admin did
 * (audit_log.detail). Rows are append-only, so the stored English is the stable key: every writer
 * builds its text here with `storedText`, pages look it up again with `findStoredText` and show
 * the entry `common.history.<key>` in the reader's language (server/i18n.ts). A text someone typed
 * (an admin's reason) matches nothing and is shown as stored. tests/unit/stored-texts.test.ts
 * fails when an entry has no message in one of the languages.
 */
export const STORED_TEXTS = {
  orderPaid: "Order paid: {plan} plan at {rate} on {amount} paid for the line",
  orderPaidWithFee: "Order paid: {plan} plan at {rate} plus a flat fee of {fee} on {amount} paid for the line",
  selfReferralAccount: "Not earned: you placed this order yourself, signed in to your account (no self-referral)",
  selfReferralEmail: "Not earned: the order was placed with your own e-mail address (no self-referral)",
  selfReferralBrowser: "Not earned: the order came from your own browser, which clicked your link (no self-referral)",
  orderCompleted: "Order completed",
  orderCompletedBySeller: "Order completed by the seller",
  returnWindowPassed: "Return window passed: order completed",
  holdingPeriodPassed: "Holding period of {days} days passed",
  orderCancelled: "Order cancelled",
  orderCancelledBySeller: "Order cancelled by the seller",
  checkoutStopped: "Checkout stopped before payment: another item could not be bought",
  paymentDeclined: "Payment declined",
  paymentNotRecorded: "Payment could not be recorded",
  refundOfOne: "Refund of 1 of 1 unit",
  refundOf: "Refund of {quantity} of {total} units",
  lineUndone: "Order line cancelled or refunded before the money was available",
  clawedBack: "{reason}: clawed back from the wallet",
  commissionAvailable: "Commission available",
  withdrawalTo: "Withdrawal to {method}",
  withdrawalRejected: "Withdrawal rejected: {reason}",
  withdrawalFailed: "Withdrawal failed: {reason}",
  auditPayoutApproved: "{amount} to processing",
  auditPayoutPaid: "{amount} paid",
  auditPayoutReturned: "{amount} returned to available: {reason}",
  auditWalletAdjusted: "{amount}: {reason}",
  auditWithdrawalMinimums: "Withdrawal minimums: {amounts}",
  auditClockOffset: "clock offset set to {offset} ms",
} as const;

export type StoredTextKey = keyof typeof STORED_TEXTS;
type ArgumentsOf<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | ArgumentsOf<Rest> : never;
type StoredTextValues<K extends StoredTextKey> = Record<ArgumentsOf<(typeof STORED_TEXTS)[K]>, string | number>;

/** The English text to store: the entry with its arguments filled in. */
export function storedText<K extends StoredTextKey>(key: K, ...[values]: ArgumentsOf<(typeof STORED_TEXTS)[K]> extends never ? [] : [StoredTextValues<K>]): string {
  const filled: Record<string, string | number> = values ?? {};
  return STORED_TEXTS[key].replace(/\{(\w+)\}/g, (_, name: string) => String(filled[name]));
}

const match = textMatcher(Object.entries(STORED_TEXTS));

/** The entry a stored text was built from, with the words its arguments stood for; undefined for a typed text. */
export function findStoredText(text: string, accept?: (found: TextMatch) => boolean): (TextMatch & { key: StoredTextKey }) | undefined {
  return match(text, accept) as (TextMatch & { key: StoredTextKey }) | undefined;
}
