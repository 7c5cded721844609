import "server-only";
import type { EntryFilters } from "@/db/queries/wallet";
import { isCurrencyCode } from "@/lib/money";
import { dayRange, oneOf, queryDay } from "@/lib/validation/search-params";
import { WALLET_ENTRY_KINDS } from "@/lib/validation/wallet";

/** The wallet history's query-string keys, read with readSearchParams (one string or nothing each). */
export const HISTORY_QUERY_KEYS = ["currency", "kind", "from", "to"] as const;
export type HistoryQuery = { [K in (typeof HISTORY_QUERY_KEYS)[number]]?: string };

/** The wallet history's filters from the query string: anything malformed is ignored, never an error. "to" includes its whole day, in the reader's `timeZone`. */
export function historyFilters(query: HistoryQuery, timeZone: string): { filters: EntryFilters; applied: HistoryQuery } {
  const currency = isCurrencyCode(query.currency) ? query.currency : undefined;
  const kind = oneOf(query.kind, WALLET_ENTRY_KINDS);
  const range = dayRange(query, timeZone);
  return {
    filters: { currency, kind, from: range.from, to: range.before },
    applied: { currency, kind, from: queryDay(query.from), to: queryDay(query.to) },
  };
}
