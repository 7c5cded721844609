import { describe, expect, it } from "vitest";
import { canWithdraw } from "@/lib/wallet/rules";

describe("what a creator can withdraw", () => {
  const usd = { availableMinor: 5_000, minimumMinor: 2_000, currency: "USD" as const };

  it("an amount between the minimum and the available balance, both included", () => {
    expect(canWithdraw({ ...usd, amountMinor: 2_000 })).toEqual({ ok: true });
    expect(canWithdraw({ ...usd, amountMinor: 3_500 })).toEqual({ ok: true });
    expect(canWithdraw({ ...usd, amountMinor: 5_000 })).toEqual({ ok: true });
  });

  it("not zero, a negative or a fractional amount", () => {
    const refused = { ok: false, reason: "not_positive", message: "Enter an amount above zero." };
    expect(canWithdraw({ ...usd, amountMinor: 0 })).toEqual(refused);
    expect(canWithdraw({ ...usd, amountMinor: -100 })).toEqual(refused);
    expect(canWithdraw({ ...usd, amountMinor: 2_000.5 })).toEqual(refused);
  });

  it("not more than is available, saying how much is", () => {
    expect(canWithdraw({ ...usd, amountMinor: 5_001 })).toEqual({ ok: false, reason: "over_available", message: "You have $50.00 available." });
    expect(canWithdraw({ ...usd, availableMinor: 0, amountMinor: 2_000 })).toEqual({ ok: false, reason: "nothing_available", message: "You have nothing available in USD yet." });
  });

  it("not under the currency's minimum", () => {
    expect(canWithdraw({ ...usd, amountMinor: 1_999 })).toEqual({ ok: false, reason: "below_minimum", message: "The minimum withdrawal is $20.00." });
    expect(canWithdraw({ amountMinor: 2_280_000, availableMinor: 2_280_000, minimumMinor: 25_000_000, currency: "VND" })).toMatchObject({ ok: false, reason: "below_minimum" });
  });

  it('"all": the whole available balance, if it reaches the minimum', () => {
    expect(canWithdraw({ ...usd, amountMinor: "all" })).toEqual({ ok: true });
    expect(canWithdraw({ ...usd, availableMinor: 1_999, amountMinor: "all" })).toMatchObject({ ok: false, reason: "below_minimum" });
    expect(canWithdraw({ ...usd, availableMinor: 0, amountMinor: "all" })).toMatchObject({ ok: false, reason: "not_positive" });
  });
});
