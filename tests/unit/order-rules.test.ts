import { describe, expect, it } from "vitest";
import { amountAfterRefund, availableFrom, originalAmount } from "@/lib/commissions/lifecycle";
import { linePaidAmounts } from "@/lib/orders/amounts";
import { checkTransition } from "@/lib/orders/state";

describe("order states", () => {
  it("moves placed → paid → shipped → delivered → completed", () => {
    expect(checkTransition("placed", "pay")).toEqual({ ok: true, to: "paid" });
    expect(checkTransition("paid", "ship")).toEqual({ ok: true, to: "shipped" });
    expect(checkTransition("shipped", "deliver")).toEqual({ ok: true, to: "delivered" });
    expect(checkTransition("delivered", "complete")).toEqual({ ok: true, to: "completed" });
  });

  it("cancels only before shipping, and says to refund after", () => {
    expect(checkTransition("paid", "cancel")).toEqual({ ok: true, to: "cancelled" });
    expect(checkTransition("shipped", "cancel")).toMatchObject({ ok: false, message: expect.stringMatching(/refund its lines/) });
  });

  it("refuses to complete a cancelled order or pay one twice", () => {
    expect(checkTransition("cancelled", "complete")).toEqual({ ok: false, message: "A cancelled order cannot be completed." });
    expect(checkTransition("paid", "pay")).toMatchObject({ ok: false });
  });

  it("refunds from payment on, never before", () => {
    expect(checkTransition("placed", "refund")).toMatchObject({ ok: false });
    expect(checkTransition("completed", "refund")).toEqual({ ok: true, to: null });
  });
});

describe("what the buyer paid per line", () => {
  it("spreads an order discount over the lines in proportion, adding up exactly", () => {
    const paid = linePaidAmounts(
      [
        { quantity: 1, unitPriceMinor: 1000, discountMinor: 0 },
        { quantity: 2, unitPriceMinor: 1000, discountMinor: 0 },
        { quantity: 1, unitPriceMinor: 333, discountMinor: 0 },
      ],
      100,
    );
    expect(paid.reduce((a, b) => a + b, 0)).toBe(3333 - 100);
    expect(paid).toEqual([970, 1940, 323]);
  });

  it("takes a line's own discount first", () => {
    expect(linePaidAmounts([{ quantity: 2, unitPriceMinor: 500, discountMinor: 150 }])).toEqual([850]);
  });

  it("refuses discounts larger than what they discount", () => {
    expect(() => linePaidAmounts([{ quantity: 1, unitPriceMinor: 100, discountMinor: 101 }])).toThrow(RangeError);
    expect(() => linePaidAmounts([{ quantity: 1, unitPriceMinor: 100, discountMinor: 0 }], 101)).toThrow(RangeError);
  });
});

describe("a commission's amount over its life", () => {
  const reward = { baseMinor: 10_000, rateBps: 1250, flatFeeMinor: 300 };

  it("is the rate on the base plus the flat fee", () => {
    expect(originalAmount(reward)).toBe(1550);
  });

  it("shrinks in proportion to the units refunded, rounding half up", () => {
    expect(amountAfterRefund(reward, 3, 1)).toBe(1033);
    expect(amountAfterRefund(reward, 2, 1)).toBe(775);
    expect(amountAfterRefund(reward, 3, 3)).toBe(0);
    expect(amountAfterRefund(reward, 3, 0)).toBe(1550);
  });

  it("refuses to refund more units than the line has", () => {
    expect(() => amountAfterRefund(reward, 2, 3)).toThrow(RangeError);
  });

  it("becomes available a holding period after it locks", () => {
    expect(availableFrom(new Date("2026-11-01T10:00:00Z"), 15)).toEqual(new Date("2026-11-16T10:00:00Z"));
  });
});
