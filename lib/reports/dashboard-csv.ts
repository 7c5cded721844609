import "server-only";
import { toCsv } from "@/lib/csv/write";
import { formatMoneyPlain, type CurrencyCode } from "@/lib/money";
import { shortLinkUrl } from "@/lib/sharing/short-link";
import type { BreakdownRow } from "./creator-dashboard";

export const LINK_CSV_COLUMNS = ["link", "target", "channel", "sub_id", "clicks", "unique_clicks", "orders", "items_sold"] as const;
export type LinkCsvColumn = (typeof LINK_CSV_COLUMNS)[number];

/** The words of the export in the reader's language: the header (an earnings column per currency), a channel's name and a link's target. */
export type LinkCsvTexts = {
  columns: Record<LinkCsvColumn, string>;
  earned: (currency: CurrencyCode) => string;
  channel: (channel: NonNullable<BreakdownRow["link"]>["channel"]) => string;
  target: (link: NonNullable<BreakdownRow["link"]>) => string;
};

/**
 * The dashboard's per-link breakdown for the period, every link (not only the top ten): one row per
 * link, and one earnings column per currency (amounts in major units, never summed across
 * currencies), so each column adds up to the dashboard's total.
 */
export function linkBreakdownCsv(rows: readonly BreakdownRow[], texts: LinkCsvTexts, origin: string): string {
  const currencies = [...new Set(rows.flatMap((r) => r.earned.map((e) => e.currency)))].sort();
  return toCsv(
    [...LINK_CSV_COLUMNS.map((c) => texts.columns[c]), ...currencies.map(texts.earned)],
    rows.map((r) => [
      r.link ? shortLinkUrl(origin, r.link.code) : r.key,
      r.link ? texts.target(r.link) : "",
      r.link ? texts.channel(r.link.channel) : "",
      r.link?.subId ?? "",
      r.clicks,
      r.uniqueClicks,
      r.orders,
      r.items,
      ...currencies.map((c) => formatMoneyPlain(r.earned.find((e) => e.currency === c)?.amountMinor ?? 0, c)),
    ]),
  );
}
