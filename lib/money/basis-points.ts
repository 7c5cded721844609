const BPS_PER_WHOLE = 10_000n;

/**
 * Commission on `baseMinor` at `bps` basis points (1 bp = 0.01%), as an integer
 * number of minor units.
 *
 * Rounding: half up on the minor unit, applied to the magnitude — 0.5 of a
 * minor unit rounds away from zero. Rounding the magnitude (rather than toward
 * +∞) keeps a reversal exact: applyBasisPoints(-x, r) === -applyBasisPoints(x, r),
 * so a clawback cancels the original commission to the unit.
 *
 * BigInt keeps base × bps exact even when it exceeds 2^53.
 */
export function applyBasisPoints(baseMinor: number, bps: number): number {
  if (!Number.isSafeInteger(baseMinor)) {
    throw new RangeError(`baseMinor must be a safe integer, got ${baseMinor}`);
  }
  if (!Number.isSafeInteger(bps) || bps < 0) {
    throw new RangeError(`bps must be a non-negative integer, got ${bps}`);
  }

  const product = BigInt(Math.abs(baseMinor)) * BigInt(bps);
  let magnitude = product / BPS_PER_WHOLE;
  if ((product % BPS_PER_WHOLE) * 2n >= BPS_PER_WHOLE) magnitude += 1n;

  const result = Number(baseMinor < 0 ? -magnitude : magnitude);
  if (!Number.isSafeInteger(result)) {
    throw new RangeError(`Commission on ${baseMinor} at ${bps} bps is too large to represent`);
  }
  return result;
}
