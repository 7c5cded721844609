import "server-only";
import { applyBasisPoints } from "@/lib/money";

/**
 * A commission on one order line: the rate applied to what the buyer paid for the line, plus the
 * plan's flat fee (a bounty per converting line), both in the order's minor units. DOMAIN: a line's
 * commission never exceeds what the buyer paid for it, so the sum is capped at the base whatever
 * the plan says (a flat fee larger than a cheap product's price, a fee set past the forms).
 */
export function commissionAmount(baseMinor: number, rateBps: number, flatFeeMinor = 0): number {
  return Math.min(baseMinor, applyBasisPoints(baseMinor, rateBps) + flatFeeMinor);
}
