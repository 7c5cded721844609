import { describe, expect, it } from "vitest";
import { applyBasisPoints } from "@/lib/money";

describe("applyBasisPoints", () => {
  it("10% (1000 bps) of $12.50 is $1.25", () => {
    expect(applyBasisPoints(1250, 1000)).toBe(125);
  });

  it("rounds half a minor unit up: 5% of 10 cents is 0.5 cent, paid as 1 cent", () => {
    expect(applyBasisPoints(10, 500)).toBe(1);
  });

  it("rounds below half down: 4.99% of 10 cents is 0.499 cent, paid as 0", () => {
    expect(applyBasisPoints(10, 499)).toBe(0);
  });

  it("rounds above half up: 7.5% of 1 234 dong is 92.55, paid as 93", () => {
    expect(applyBasisPoints(1234, 750)).toBe(93);
  });

  it("a negative base (clawback) mirrors the positive commission exactly", () => {
    expect(applyBasisPoints(-10, 500)).toBe(-1);
    expect(applyBasisPoints(-1234, 750)).toBe(-applyBasisPoints(1234, 750));
  });

  it("0 bps and a zero base yield zero", () => {
    expect(applyBasisPoints(1250, 0)).toBe(0);
    expect(applyBasisPoints(0, 1000)).toBe(0);
  });

  it("100% (10 000 bps) returns the base unchanged", () => {
    expect(applyBasisPoints(987654321, 10_000)).toBe(987654321);
  });

  it("keeps precision where base × bps exceeds 2^53", () => {
    // MAX_SAFE_INTEGER × 1 bp = 900719925474.0991 → 900719925474
    expect(applyBasisPoints(Number.MAX_SAFE_INTEGER, 1)).toBe(900719925474);
    // 9007199254740991 × 0.5 = 4503599627370495.5 → half up
    expect(applyBasisPoints(Number.MAX_SAFE_INTEGER, 5000)).toBe(4503599627370496);
  });

  it("refuses fractional amounts, fractional or negative rates, and unsafe results", () => {
    expect(() => applyBasisPoints(12.5, 100)).toThrow(RangeError);
    expect(() => applyBasisPoints(100, 12.5)).toThrow(RangeError);
    expect(() => applyBasisPoints(100, -1)).toThrow(RangeError);
    expect(() => applyBasisPoints(Number.MAX_SAFE_INTEGER, 20_000)).toThrow(RangeError);
  });
});
