import "server-only";
import type { EntryFilters } from "@/db/queries/wallet";
import { isCurrencyCode } from "@/lib/money";
import { oneOf } from "@/lib/validation/search-params";
import { WALLET_ENTRY_KINDS } from "@/lib/validation/wallet";

/** The wallet history's query-string keys, read with readSearchParams (one string or nothing each). */
export const HISTORY_QUERY_KEYS = ["currency", "kind", "from", "to"] as const;
export type HistoryQuery = { [K in (typeof HISTORY_QUERY_KEYS)[number]]?: string };

const day = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : undefined);

/** The wallet history's filters from the query string: anything malformed is ignored, never an error. "to" includes its whole day (UTC). */
export function historyFilters(query: HistoryQuery): { filters: EntryFilters; applied: HistoryQuery } {
  const currency = isCurrencyCode(query.currency) ? query.currency : undefined;
  const kind = oneOf(query.kind, WALLET_ENTRY_KINDS);
  const from = day(query.from);
  const to = day(query.to);
  return {
    filters: {
      currency,
      kind,
      from: from ? new Date(`${from}T00:00:00Z`) : undefined,
      to: to ? new Date(new Date(`${to}T00:00:00Z`).getTime() + 86_400_000) : undefined,
    },
    applied: { currency, kind, from, to },
  };
}
