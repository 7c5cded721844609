import "server-only";
import { startOfDayIn, zonedDay } from "@/lib/clock";

/**
 * A commission statement covers one calendar month as the reader reads it (their time zone, as the
 * other reports do): an entry at 23:30 UTC on 31 January is February's in Asia/Ho_Chi_Minh.
 */
export type StatementMonth = {
  /** YYYY-MM */
  month: string;
  /** First instant of the month's first day, in the reader's zone. */
  from: Date;
  /** First instant of the next month. */
  before: Date;
};

/** The statements page lists this many months at a time; "Older" shows the twelve before. */
export const STATEMENT_MONTHS_PER_PAGE = 12;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
// Nothing in the portal is older than this; it also keeps absurd years out of the date arithmetic.
const FIRST_YEAR = 2000;

/** The month `at` falls in, in `timeZone` (YYYY-MM). */
export function monthOf(at: Date, timeZone: string): string {
  return zonedDay(at, timeZone).isoDate.slice(0, 7);
}

/** The month `count` months after `month` (before it when negative). */
export function shiftMonth(month: string, count: number): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (m - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The instants a span of months covers, first to last inclusive, in `timeZone`. */
export function monthSpan(first: string, last: string, timeZone: string): { from: Date; before: Date } {
  return { from: startOfDayIn(`${first}-01`, timeZone), before: startOfDayIn(`${shiftMonth(last, 1)}-01`, timeZone) };
}

/**
 * A month from a URL (YYYY-MM), or null when it is not one, or is still to come in the reader's zone:
 * a statement exists only for the current month (so far) and the ones before.
 */
export function readStatementMonth(raw: string | undefined, at: Date, timeZone: string): StatementMonth | null {
  const match = raw ? MONTH.exec(raw) : null;
  if (!match || Number(match[1]) < FIRST_YEAR || raw! > monthOf(at, timeZone)) return null;
  return { month: raw!, ...monthSpan(raw!, raw!, timeZone) };
}
