import { applyBasisPoints } from "@/lib/money";

/**
 * A commission on one order line: the rate applied to what the buyer paid for the line, plus the
 * plan's flat fee (a bounty per converting line), both in the order's minor units.
 */
export function commissionAmount(baseMinor: number, rateBps: number, flatFeeMinor = 0): number {
  return applyBasisPoints(baseMinor, rateBps) + flatFeeMinor;
}
