import { formatMoney, type CurrencyCode } from "@/lib/money";
import type { Reward } from "@/lib/commissions/effective-rate";

/**
 * What a plan pays per converting order line in the reader's language: "12,5%", "8% + 1,50 US$" or
 * "5,00 US$" (formatReward in lib/plans/rewards.ts is the English one). Plain, so server and client
 * components can both use it.
 */
export function rewardText(reward: Reward, currency: CurrencyCode, locale: string): string {
  const rate = reward.rateBps ? new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(reward.rateBps / 10_000) : null;
  const fee = reward.flatFeeMinor ? formatMoney(reward.flatFeeMinor, currency, locale) : null;
  const parts = [rate, fee].filter(Boolean);
  return parts.length ? parts.join(" + ") : "—";
}
