import { describe, expect, it } from "vitest";
import { expectedAvailability } from "@/lib/commissions/availability";

describe("when a commission's money is expected in the wallet", () => {
  const base = { lockedAt: null, availableAt: null, orderDeliveredAt: null, holdingDays: 15, returnWindowDays: 7 };

  it("available or paid out: the day it became available (never, without one)", () => {
    const at = new Date("2026-11-01T08:00:00Z");
    expect(expectedAvailability({ ...base, state: "available", availableAt: at })).toEqual({ kind: "available", at });
    expect(expectedAvailability({ ...base, state: "paid", availableAt: at })).toEqual({ kind: "available", at });
    expect(expectedAvailability({ ...base, state: "paid" })).toEqual({ kind: "never" });
  });

  it("locked: the shop's holding period after it locked", () => {
    const lockedAt = new Date("2026-11-01T10:00:00Z");
    expect(expectedAvailability({ ...base, state: "locked", lockedAt, holdingDays: 30 })).toEqual({ kind: "expected", at: new Date("2026-12-01T10:00:00Z") });
    expect(expectedAvailability({ ...base, state: "locked" })).toEqual({ kind: "after_completion" });
  });

  it("pending: an estimate once delivered (return window, then holding period), else after completion", () => {
    const deliveredAt = new Date("2026-11-10T09:30:00Z");
    expect(expectedAvailability({ ...base, state: "pending", orderDeliveredAt: deliveredAt, returnWindowDays: 0, holdingDays: 1 })).toEqual({ kind: "estimated", at: new Date("2026-11-11T09:30:00Z") });
    expect(expectedAvailability({ ...base, state: "pending" })).toEqual({ kind: "after_completion" });
  });

  it("reversed: never", () => {
    expect(expectedAvailability({ ...base, state: "reversed", availableAt: new Date() })).toEqual({ kind: "never" });
  });
});
