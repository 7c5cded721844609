/**
 * Splits an integer total across weights in proportion, returning integers
 * that add up to exactly `total` (largest remainder method). Used to spread an
 * order-level discount over its lines without losing or inventing a minor unit.
 *
 * Weights must be non-negative safe integers (typically line amounts in minor
 * units) so the shares can be computed exactly with BigInt. Leftover units go
 * to the largest fractional remainders; ties go to the earlier index so the
 * result is deterministic.
 */
export function allocateProportionally(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new RangeError(`total must be a non-negative safe integer, got ${total}`);
  }
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w < 0) {
      throw new RangeError(`weights must be non-negative safe integers, got ${w}`);
    }
  }

  const weightSum = weights.reduce((sum, w) => sum + BigInt(w), 0n);
  if (weightSum === 0n) {
    // Nothing to be proportional to: a zero total is trivially fine, anything else would vanish.
    if (total !== 0) throw new RangeError(`Cannot allocate ${total} across weights that are all zero`);
    return weights.map(() => 0);
  }

  const bigTotal = BigInt(total);
  const shares = weights.map((w, index) => {
    const scaled = bigTotal * BigInt(w);
    return { index, floor: scaled / weightSum, remainder: scaled % weightSum };
  });

  let leftover = bigTotal - shares.reduce((sum, s) => sum + s.floor, 0n);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const share of byRemainder) {
    if (leftover === 0n) break;
    share.floor += 1n;
    leftover -= 1n;
  }

  // Each share is at most `total`, so converting back to number is exact.
  return shares.map((s) => Number(s.floor));
}
