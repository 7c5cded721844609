import "server-only";

/**
 * Breakdowns made from a report's finest rows: each dimension's rows are sums of the same rows, so
 * every table, every total and the chart agree by construction (the sums are tested).
 */

/** The click rows and the sales (or commission) rows of one row of a breakdown. */
export type BreakdownGroup<C, S> = { key: string; clicks: C[]; sales: S[] };

/**
 * Sorts each click row and each sales row into the group of its key, in the order the keys first
 * appear (clicks first). A click row whose key is null belongs to no row of this breakdown (a campaign
 * link's clicks in a breakdown by product), so the breakdown's clicks may add up to less than the total.
 */
export function groupRows<C, S>(clicks: readonly C[], sales: readonly S[], keyOf: { click: (row: C) => string | null; sales: (row: S) => string }): BreakdownGroup<C, S>[] {
  const groups = new Map<string, BreakdownGroup<C, S>>();
  const group = (key: string) => groups.get(key) ?? groups.set(key, { key, clicks: [], sales: [] }).get(key)!;
  for (const row of clicks) {
    const key = keyOf.click(row);
    if (key !== null) group(key).clicks.push(row);
  }
  for (const row of sales) group(keyOf.sales(row)).sales.push(row);
  return [...groups.values()];
}

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
