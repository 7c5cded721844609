import "server-only";
import { formatMoney, type CurrencyCode } from "@/lib/money";
import { ALLOWED, refused, type Verdict } from "@/lib/verdict";

export type CanWithdraw = Verdict<"not_positive" | "nothing_available" | "over_available" | "below_minimum">;

/**
 * Whether `amountMinor` of the wallet's `currency` can be withdrawn (DOMAIN: Wallet): above zero, at
 * most what is available, and at least the currency's minimum (lib/wallet/settings.ts). "all" is the
 * whole available balance (automatic withdrawals). The payout method is the command's to check.
 */
export function canWithdraw(request: { amountMinor: number | "all"; availableMinor: number; minimumMinor: number; currency: CurrencyCode }): CanWithdraw {
  const { availableMinor: available, minimumMinor: minimum, currency } = request;
  const amount = request.amountMinor === "all" ? available : request.amountMinor;
  if (!Number.isSafeInteger(amount) || amount <= 0) return refused("not_positive", "Enter an amount above zero.");
  if (amount > available) {
    return available > 0 ? refused("over_available", `You have ${formatMoney(available, currency)} available.`) : refused("nothing_available", `You have nothing available in ${currency} yet.`);
  }
  if (amount < minimum) return refused("below_minimum", `The minimum withdrawal is ${formatMoney(minimum, currency)}.`);
  return ALLOWED;
}
