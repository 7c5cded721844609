import "server-only";

/**
 * Breakdowns made from a report's finest rows: each dimension's rows are sums of the same rows, so
 * every table, every total and the chart agree by construction (the sums are tested).
 */

/** The union size of the id sets of `rows`: distinct orders across rows, where one order can have lines in several rows. */
export function distinctCount<R>(rows: readonly R[], ids: (row: R) => readonly string[]): number {
  const seen = new Set<string>();
  for (const row of rows) for (const id of ids(row)) seen.add(id);
  return seen.size;
}

/** a ÷ b, or null when b is 0 (a rate with nothing to divide by is not zero, it is unknown). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}
