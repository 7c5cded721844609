import "server-only";
import { addDays } from "@/lib/clock";
import { commissionAmount } from "./amount";

/**
 * A commission's money over its life. It is created pending when the order is paid, locked when the
 * order completes, available after the shop's holding period, and paid once withdrawn. Before it is
 * available, a refund shrinks it in proportion (to nothing: reversed); after, the wallet gets a
 * negative clawback entry instead.
 */
export type FrozenReward = { baseMinor: number; rateBps: number; flatFeeMinor: number };

/** The commission the line earned when paid, before any refund. */
export function originalAmount(reward: FrozenReward): number {
  return commissionAmount(reward.baseMinor, reward.rateBps, reward.flatFeeMinor);
}

/**
 * What is left of a commission when `undoneQuantity` of the line's `quantity` units have been
 * refunded or cancelled: the original amount in proportion to the units kept, rounded half up.
 */
export function amountAfterRefund(reward: FrozenReward, quantity: number, undoneQuantity: number): number {
  if (!Number.isInteger(quantity) || quantity <= 0 || !Number.isInteger(undoneQuantity) || undoneQuantity < 0 || undoneQuantity > quantity) {
    throw new RangeError("Refunded quantity must be between 0 and the line's quantity");
  }
  const kept = BigInt(quantity - undoneQuantity);
  const whole = BigInt(originalAmount(reward));
  return Number((whole * kept * 2n + BigInt(quantity)) / (BigInt(quantity) * 2n));
}

export function availableFrom(lockedAt: Date, holdingDays: number): Date {
  return addDays(lockedAt, holdingDays);
}
