import "server-only";
import { z } from "zod";
import { addDays, startOfDayIn } from "@/lib/clock";
import { parseUtcDateTimeInput } from "@/lib/plans/dates";
import { isStorableText } from "./text";

/**
 * The one way a page, a route handler or a loader reads its query string. What Next gives a page's
 * `searchParams` (a value, an array for a repeated parameter, or nothing) or a request's
 * URLSearchParams becomes one string or undefined per known key:
 * - a parameter given twice (?q=a&q=b) counts with its FIRST value, as URLSearchParams.get does;
 * - text PostgreSQL cannot store (a NUL byte) counts as absent, like any other unexpected value;
 * - keys the page does not name are dropped.
 * Pages then narrow the strings with the parsers below (oneOf for enums, pageNumber, queryDay and
 * dayRange for dates, queryList for a comma-separated list), so a hostile query string shows the
 * page unfiltered instead of failing.
 */
export type PageSearchParams = Record<string, string | string[] | undefined>;

const queryValue = z
  .preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().refine(isStorableText).optional())
  .catch(undefined);

export function readSearchParams<K extends string>(raw: PageSearchParams | URLSearchParams, keys: readonly K[]): { [P in K]?: string } {
  const values: Record<string, unknown> = {};
  for (const key of keys) values[key] = raw instanceof URLSearchParams ? (raw.get(key) ?? undefined) : raw[key];
  const schema = z.object(Object.fromEntries(keys.map((key) => [key, queryValue])));
  const parsed = schema.parse(values) as Record<string, string | undefined>;
  const query: { [P in K]?: string } = {};
  for (const key of keys) if (parsed[key] !== undefined) query[key] = parsed[key];
  return query;
}

/** Query-string values of list pages: anything unexpected falls back instead of failing. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value ?? "") ? (value as T) : undefined;
}

export function pageNumber(value: string | undefined, max = 10_000): number {
  return Math.max(1, Math.min(Number.parseInt(value ?? "1", 10) || 1, max));
}

/** A "2026-11-22" date of a filter when it is a real day (not 2026-02-30); anything else is ignored. */
export function queryDay(value: string | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && parseUtcDateTimeInput(value) ? value : undefined;
}

/**
 * A from/to pair of day filters as instants: from the start of "from" to the start of the day after
 * "to" (the whole "to" day is included), both days in `timeZone`, the reader's, as every date the
 * portal shows is.
 */
export function dayRange(query: { from?: string; to?: string }, timeZone: string): { from?: Date; before?: Date } {
  const from = queryDay(query.from);
  const to = queryDay(query.to);
  const dayAfter = to ? addDays(parseUtcDateTimeInput(to)!, 1).toISOString().slice(0, 10) : undefined;
  return { from: from ? startOfDayIn(from, timeZone) : undefined, before: dayAfter ? startOfDayIn(dayAfter, timeZone) : undefined };
}

/** A comma-separated list (?orders=a,b): the distinct non-empty values that pass `accept`, at most `max` of them. */
export function queryList(value: string | undefined, accept: (item: string) => boolean, max: number): string[] {
  return [...new Set((value ?? "").split(","))].filter((item) => item !== "" && accept(item)).slice(0, max);
}
