import "server-only";
import { formatRate } from "@/lib/catalogue/rates";
import { commissionAmount } from "@/lib/commissions/amount";
import type { Reward } from "@/lib/commissions/effective-rate";
import { formatMoney, type CurrencyCode } from "@/lib/money";

/** "12%", "12% + $2.00" or "$5.00": what a plan pays per converting order line. */
export function formatReward(reward: Reward, currency: CurrencyCode): string {
  const parts = [reward.rateBps ? formatRate(reward.rateBps) : null, reward.flatFeeMinor ? formatMoney(reward.flatFeeMinor, currency) : null].filter(Boolean);
  return parts.length ? parts.join(" + ") : "—";
}

/**
 * The rate a creator is shown on a product they can link: "Open rate 12%", or their better rate
 * with the plan that pays it, "19% · Targeted plan "Brightside Insiders"".
 */
export function creatorRateLabel(rate: { planKind: "open" | "targeted"; planName: string | null; reward: Reward }, currency: CurrencyCode): string {
  const reward = formatReward(rate.reward, currency);
  return rate.planKind === "targeted" ? `${reward} · Targeted plan "${rate.planName ?? ""}"` : `Open rate ${reward}`;
}

/**
 * Whether `reward` pays more than `open` on one sale at `priceMinor`. Compared exactly (price × rate
 * plus fee × 10,000, no rounding), so 10.01% beats 10% even on a 1.00 item where both round to 0.10.
 * A percentage, a flat fee and both together are compared on the same footing: what the creator earns.
 */
export function paysMoreThan(reward: Reward, open: Reward, priceMinor: number): boolean {
  const value = (r: Reward) => BigInt(priceMinor) * BigInt(r.rateBps) + BigInt(r.flatFeeMinor) * 10_000n;
  return value(reward) > value(open);
}

type ProductOpenPlan = { priceMinor: number; currency: CurrencyCode; openRateBps: number; openFlatFeeMinor: number };

/**
 * A targeted plan exists to pay chosen creators more than everyone gets (DOMAIN: it "beats the
 * open rate"), so each of its rewards must pay more than the product's open plan at today's price.
 */
export function aboveOpenPlanError(reward: Reward, product: ProductOpenPlan): string | null {
  const open = { rateBps: product.openRateBps, flatFeeMinor: product.openFlatFeeMinor };
  if (paysMoreThan(reward, open, product.priceMinor)) return null;
  if (reward.flatFeeMinor === 0 && open.flatFeeMinor === 0) return `Set a rate above the open rate of ${formatRate(open.rateBps)}`;
  const openPerSale = formatMoney(commissionAmount(product.priceMinor, open.rateBps, open.flatFeeMinor), product.currency);
  return `Must pay more per sale than the open plan (${formatReward(open, product.currency)}, ${openPerSale} at today's price)`;
}
