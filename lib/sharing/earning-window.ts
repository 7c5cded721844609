import "server-only";

const DAY_MS = 86_400_000;

/**
 * Whole days a link still earns, counted up (a link made a moment ago has all its 100 days), or 0
 * once its earning window is over: it still takes buyers to the product but earns nothing.
 */
export function earningDaysLeft(earnsUntil: Date, at: Date): number {
  const ms = earnsUntil.getTime() - at.getTime();
  return ms > 0 ? Math.ceil(ms / DAY_MS) : 0;
}

/** "2 March 2027": the last day a link earns, in UTC like every other date creators see. */
export function formatEarningDate(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}
