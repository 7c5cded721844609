import "server-only";

/**
 * Plan and campaign dates are entered in `<input type="datetime-local">` and shown back in UTC:
 * one shop can have creators and buyers in many time zones, and a start of "10:00" must mean the
 * same instant to all of them. Forms say so next to the field.
 */
const INPUT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** "2026-11-22T10:00" (or a bare date, read as 00:00) as that instant in UTC; null when it is not a real date. */
export function parseUtcDateTimeInput(text: string): Date | null {
  const match = INPUT_PATTERN.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day!, hour, minute, second));
  // Date.UTC rolls 2026-02-30 over into March: such a day does not exist.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  return date;
}

/** The value a datetime-local field shows for a stored instant: "2026-11-22T10:00" (UTC). */
export function utcDateTimeInput(date: Date): string {
  return date.toISOString().slice(0, 16);
}

/** "22 Nov 2026, 10:00 UTC" for people. */
export function formatUtcDateTime(date: Date): string {
  const day = date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  return `${day}, ${date.toISOString().slice(11, 16)} UTC`;
}

/** A plan or campaign runs from its start (included) to its end (excluded), so the end must come later. */
export function datesError(startsAt: Date, endsAt: Date): string | null {
  return endsAt.getTime() > startsAt.getTime() ? null : "The end must be after the start";
}

/**
 * Whether two instants fall in the same minute. Forms show dates to the minute, so a stored date
 * with seconds (seeded, or from the API) comes back truncated: that is the same date, not an edit.
 */
export function sameMinute(a: Date, b: Date): boolean {
  return Math.floor(a.getTime() / 60_000) === Math.floor(b.getTime() / 60_000);
}

/** The date to store: the one already stored when the form sent it back unchanged (to the minute). */
export function keepUnlessEdited(stored: Date, sent: Date): Date {
  return sameMinute(stored, sent) ? stored : sent;
}
