import "server-only";

const UNIT_MS = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
} as const;

const RELATIVE = /^([+-]?)(\d+)(ms|s|m|h|d|w)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Turns a CLOCK_OFFSET value into an offset in ms from real time: either a
 * relative shift ("+7d", "-36h", "90m") or an ISO date to travel to
 * ("2025-03-01", "2025-03-01T09:00:00+07:00"). Throws on anything else, since a
 * silently ignored typo would make a test scenario run at the wrong time.
 */
export function parseClockOffset(raw: string, realNowMs: number): number {
  const value = raw.trim();
  const relative = RELATIVE.exec(value);
  if (relative) {
    const [, sign, amount, unit] = relative;
    const ms = Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
    return sign === "-" ? -ms : ms;
  }
  if (ISO_DATE.test(value)) {
    const target = Date.parse(value);
    if (!Number.isNaN(target)) return target - realNowMs;
  }
  throw new Error(
    `Invalid CLOCK_OFFSET "${raw}": use a shift like "+7d", "-36h", "90m" ` +
      `(units ms, s, m, h, d, w) or an ISO date like "2025-03-01T09:00:00Z"`,
  );
}
