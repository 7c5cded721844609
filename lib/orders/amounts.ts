import "server-only";
import { allocateProportionally } from "@/lib/money";

/** Units of a line neither refunded nor cancelled yet. */
export function openQuantity(line: { quantity: number; refundedQuantity: number; cancelledQuantity: number }): number {
  return line.quantity - line.refundedQuantity - line.cancelledQuantity;
}

export type LineAmountsInput = { quantity: number; unitPriceMinor: number; discountMinor: number };

/**
 * What the buyer paid for each line, the commission base: its price times quantity, less its own
 * discount, less its share of the order-level discount (spread in proportion, in whole minor units
 * that add up exactly). Shipping and tax are never part of it.
 */
export function linePaidAmounts(lines: readonly LineAmountsInput[], orderDiscountMinor = 0): number[] {
  const net = lines.map((l) => {
    const gross = l.unitPriceMinor * l.quantity;
    if (l.discountMinor > gross) throw new RangeError("A line's discount is larger than its price");
    return gross - l.discountMinor;
  });
  const total = net.reduce((a, b) => a + b, 0);
  if (orderDiscountMinor > total) throw new RangeError("The order discount is larger than the order");
  const shares = allocateProportionally(orderDiscountMinor, net);
  return net.map((n, i) => n - shares[i]!);
}
