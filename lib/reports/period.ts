import "server-only";
import { addDays, startOfDayIn, zonedDay } from "@/lib/clock";
import { oneOf, queryDay } from "@/lib/validation/search-params";

/** The periods a report offers: the last 7, 30 or 90 local days (today included), or a custom range of days. */
export const REPORT_PERIODS = ["7", "30", "90", "custom"] as const;
export type ReportPeriodKey = (typeof REPORT_PERIODS)[number];

/** A custom range is at most a year and a day: longer reports belong in a CSV. */
export const MAX_REPORT_DAYS = 366;

/** Past this many days a chart's points are weeks instead of days. */
const DAILY_UP_TO_DAYS = 90;

export type ReportRange = {
  /** First instant of the first day, in the reader's zone. */
  from: Date;
  /** First instant of the day after the last day. */
  before: Date;
  /** ISO dates (YYYY-MM-DD) of the first and the last day, as the reader reads them. */
  firstDay: string;
  lastDay: string;
};

export type ReportPeriod = ReportRange & {
  key: ReportPeriodKey;
  days: number;
  grain: "day" | "week";
  /** The same number of days just before, for "change against the previous period". */
  previous: ReportRange;
  timeZone: string;
};

function shiftDay(isoDate: string, days: number): string {
  return addDays(new Date(`${isoDate}T00:00:00Z`), days).toISOString().slice(0, 10);
}

function daysFrom(firstDay: string, lastDay: string): number {
  return Math.round((Date.parse(`${lastDay}T00:00:00Z`) - Date.parse(`${firstDay}T00:00:00Z`)) / 86_400_000) + 1;
}

function range(firstDay: string, lastDay: string, timeZone: string): ReportRange {
  return { from: startOfDayIn(firstDay, timeZone), before: startOfDayIn(shiftDay(lastDay, 1), timeZone), firstDay, lastDay };
}

/**
 * The period a report page asks for (?period=7|30|90|custom&from=&to=), in the reader's time zone.
 * Anything unreadable falls back to the last 30 days; a custom range is put in order, ends today at
 * the latest and is cut to MAX_REPORT_DAYS.
 */
export function readReportPeriod(query: { period?: string; from?: string; to?: string }, at: Date, timeZone: string): ReportPeriod {
  const today = zonedDay(at, timeZone).isoDate;
  let key = oneOf(query.period, REPORT_PERIODS) ?? "30";
  let firstDay: string;
  let lastDay = today;
  if (key === "custom") {
    const a = queryDay(query.from);
    const b = queryDay(query.to);
    if (!a && !b) key = "30";
    [firstDay, lastDay] = a && b && a > b ? [b, a] : [a ?? b ?? today, b ?? today];
    if (lastDay > today) lastDay = today;
    if (firstDay > lastDay) firstDay = lastDay;
    if (daysFrom(firstDay, lastDay) > MAX_REPORT_DAYS) firstDay = shiftDay(lastDay, -(MAX_REPORT_DAYS - 1));
  }
  if (key !== "custom") firstDay = shiftDay(today, -(Number(key) - 1));
  const days = daysFrom(firstDay!, lastDay);
  const current = range(firstDay!, lastDay, timeZone);
  const previous = range(shiftDay(firstDay!, -days), shiftDay(firstDay!, -1), timeZone);
  return { ...current, key, days, grain: days > DAILY_UP_TO_DAYS ? "week" : "day", previous, timeZone };
}

export type SeriesBucket = { /** ISO date of the bucket's first day */ day: string; /** ISO date of its last day (the same for daily buckets) */ lastDay: string };

/** The chart's points for a period: each day, or each 7 days from the first day (the last week may be shorter). */
export function seriesBuckets(period: Pick<ReportPeriod, "firstDay" | "lastDay" | "grain">): SeriesBucket[] {
  const step = period.grain === "week" ? 7 : 1;
  const buckets: SeriesBucket[] = [];
  for (let day = period.firstDay; day <= period.lastDay; day = shiftDay(day, step)) {
    const last = shiftDay(day, step - 1);
    buckets.push({ day, lastDay: last > period.lastDay ? period.lastDay : last });
  }
  return buckets;
}

/**
 * Folds daily rows (keyed by local ISO date, as SQL gives them with `(t at time zone $zone)::date`)
 * into the period's buckets, summing every numeric field. Days without a row count as zero, and
 * rows outside the period are left out, so the points always sum to the period's total.
 */
export function foldSeries<K extends string>(period: Pick<ReportPeriod, "firstDay" | "lastDay" | "grain">, rows: readonly ({ day: string } & Record<K, number>)[], keys: readonly K[]): (SeriesBucket & Record<K, number>)[] {
  const buckets = seriesBuckets(period).map((b) => ({ ...b, ...(Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>) }));
  for (const row of rows) {
    if (row.day < period.firstDay || row.day > period.lastDay) continue;
    const index = period.grain === "week" ? Math.floor((daysFrom(period.firstDay, row.day) - 1) / 7) : daysFrom(period.firstDay, row.day) - 1;
    const bucket = buckets[index]!;
    for (const k of keys) (bucket as Record<K, number>)[k] += row[k];
  }
  return buckets;
}

/** The change from the previous period as a fraction (0.25 = +25%), or null when there was nothing before to compare with. */
export function changeFrom(previous: number, current: number): number | null {
  return previous === 0 ? null : (current - previous) / previous;
}
