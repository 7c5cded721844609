import { describe, expect, it } from "vitest";
import { allocateProportionally } from "@/lib/money";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("allocateProportionally", () => {
  it("splits evenly divisible totals exactly in proportion", () => {
    expect(allocateProportionally(1000, [1, 3])).toEqual([250, 750]);
    expect(allocateProportionally(600, [100, 200, 300])).toEqual([100, 200, 300]);
  });

  it("gives leftover units to the largest remainders so the parts add up to the total", () => {
    // 100 × [1,1,1]/3 = 33.33 each; one unit is left over.
    const parts = allocateProportionally(100, [1, 1, 1]);
    expect(sum(parts)).toBe(100);
    expect(parts).toEqual([34, 33, 33]);
  });

  it("prefers the larger fractional remainder over the earlier index", () => {
    // Exact shares: 10 × [1,2]/3 = 3.33, 6.67 → the second line gets the leftover.
    expect(allocateProportionally(10, [1, 2])).toEqual([3, 7]);
  });

  it("breaks remainder ties toward the earlier index", () => {
    expect(allocateProportionally(1, [5, 5])).toEqual([1, 0]);
    expect(allocateProportionally(2, [1, 1, 1])).toEqual([1, 1, 0]);
  });

  it("always sums exactly and stays within one unit of the exact share", () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 200; round++) {
      const weights = Array.from({ length: 1 + rand(8) }, () => rand(100_000));
      const total = rand(1_000_000);
      const weightSum = sum(weights);
      if (weightSum === 0) continue;
      const parts = allocateProportionally(total, weights);
      expect(sum(parts)).toBe(total);
      parts.forEach((part, i) => {
        const exact = (total * (weights[i] ?? 0)) / weightSum;
        expect(Number.isInteger(part)).toBe(true);
        expect(Math.abs(part - exact)).toBeLessThan(1);
      });
    }
  });

  it("lines with zero weight receive nothing", () => {
    expect(allocateProportionally(500, [0, 10, 0])).toEqual([0, 500, 0]);
  });

  it("all-zero weights allocate a zero total as zeros", () => {
    expect(allocateProportionally(0, [0, 0])).toEqual([0, 0]);
    expect(allocateProportionally(0, [])).toEqual([]);
  });

  it("all-zero weights cannot absorb a non-zero total", () => {
    expect(() => allocateProportionally(5, [0, 0])).toThrow(RangeError);
    expect(() => allocateProportionally(5, [])).toThrow(RangeError);
  });

  it("negative or fractional inputs are refused", () => {
    expect(() => allocateProportionally(-1, [1])).toThrow(RangeError);
    expect(() => allocateProportionally(10, [1, -1])).toThrow(RangeError);
    expect(() => allocateProportionally(10.5, [1])).toThrow(RangeError);
    expect(() => allocateProportionally(10, [0.5])).toThrow(RangeError);
  });

  it("stays exact when total × weight exceeds 2^53", () => {
    const big = Number.MAX_SAFE_INTEGER;
    const parts = allocateProportionally(big, [big, big, 1]);
    expect(parts.reduce((a, b) => a + BigInt(b), 0n)).toBe(BigInt(big));
    expect(parts[2]).toBe(1);
  });
});
