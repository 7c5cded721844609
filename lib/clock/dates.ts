import "server-only";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export const WEEKDAYS = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
} as const;

/** 0 = Sunday … 6 = Saturday, matching Date#getDay. */
export type Weekday = (typeof WEEKDAYS)[keyof typeof WEEKDAYS];

function assertFinite(n: number, name: string): void {
  if (!Number.isFinite(n)) throw new RangeError(`${name} must be a finite number, got ${n}`);
}

/** Adds exact 24-hour periods; not calendar days in a zone (use nextWeekday for local-day rules). */
export function addDays(date: Date, days: number): Date {
  assertFinite(days, "days");
  return new Date(date.getTime() + days * DAY_MS);
}

export function addHours(date: Date, hours: number): Date {
  assertFinite(hours, "hours");
  return new Date(date.getTime() + hours * HOUR_MS);
}

/** Whole 24-hour periods from `from` to `to`, floored (so 1.9 days is 1, -0.5 days is -1). */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClock(ms: number, timeZone: string): WallClock {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23", // avoids "24" for midnight that hour12:false yields in some engines
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    wallClockFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const { year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN } = parts;
  return { year, month, day, hour, minute, second };
}

/** Zone offset (local minus UTC) in ms at instant `ms`. */
function zoneOffset(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const localAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return localAsUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * First instant of local calendar day (year, month, day) in `timeZone`. Usually
 * 00:00, but where a DST jump skips midnight (e.g. America/Santiago) the day
 * starts at the end of the gap, and where midnight repeats the earlier one wins.
 */
function startOfZonedDay(year: number, month: number, day: number, timeZone: string): Date {
  const midnightAsUtc = Date.UTC(year, month - 1, day);
  // Offsets either side of the day cover any transition near midnight.
  const offsets = new Set([
    zoneOffset(midnightAsUtc - DAY_MS, timeZone),
    zoneOffset(midnightAsUtc, timeZone),
    zoneOffset(midnightAsUtc + DAY_MS, timeZone),
  ]);
  const candidates = [...offsets].map((offset) => midnightAsUtc - offset).sort((a, b) => a - b);
  const exact = candidates.find((ms) => {
    const w = wallClock(ms, timeZone);
    return w.year === year && w.month === month && w.day === day && w.hour === 0 && w.minute === 0;
  });
  // No candidate reads 00:00 only inside a gap; the latest one lands on the gap's end.
  return new Date(exact ?? candidates[candidates.length - 1] ?? midnightAsUtc);
}

/**
 * Start (local 00:00, as an instant) of the next `weekday` strictly after the
 * local day `date` falls on in `timeZone`. If that day already is `weekday`,
 * the result is one week later. E.g. the next Wednesday payout in
 * "Asia/Ho_Chi_Minh".
 */
export function nextWeekday(date: Date, weekday: Weekday, timeZone: string): Date {
  if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) {
    throw new RangeError(`weekday must be 0 (Sunday) to 6 (Saturday), got ${weekday}`);
  }
  const local = wallClock(date.getTime(), timeZone);
  // Calendar arithmetic on a UTC stand-in for the local date: no zone rules apply to it.
  const localDate = new Date(Date.UTC(local.year, local.month - 1, local.day));
  const ahead = (weekday - localDate.getUTCDay() + 7) % 7 || 7;
  const target = new Date(localDate.getTime() + ahead * DAY_MS);
  return startOfZonedDay(target.getUTCFullYear(), target.getUTCMonth() + 1, target.getUTCDate(), timeZone);
}

/** The local calendar day `date` falls on in `timeZone`: its ISO date (YYYY-MM-DD) and weekday. */
export function zonedDay(date: Date, timeZone: string): { isoDate: string; weekday: Weekday } {
  const local = wallClock(date.getTime(), timeZone);
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day));
  return { isoDate: day.toISOString().slice(0, 10), weekday: day.getUTCDay() as Weekday };
}

/** The first instant of the calendar day `isoDate` (YYYY-MM-DD) in `timeZone`: a date filter's day, in the reader's zone. */
export function startOfDayIn(isoDate: string, timeZone: string): Date {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return startOfZonedDay(year, month, day, timeZone);
}

/**
 * Whether every local midnight in [from, before] in `timeZone` falls on a whole UTC hour: then
 * counts kept per UTC hour fold exactly into that zone's days (true for all but a few zones, such as
 * India's +05:30 and Nepal's +05:45, and Lord Howe Island's half-hour summer time).
 */
export function daysStartOnWholeHours(from: Date, before: Date, timeZone: string): boolean {
  const HOUR_MS = 3_600_000;
  if (from.getTime() % HOUR_MS !== 0 || before.getTime() % HOUR_MS !== 0) return false;
  for (let day = zonedDay(from, timeZone).isoDate; ; ) {
    const start = startOfDayIn(day, timeZone);
    if (start.getTime() > before.getTime()) return true;
    if (start.getTime() % HOUR_MS !== 0) return false;
    day = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  }
}
