import "server-only";
import { toCsv } from "@/lib/csv/write";
import { formatMoneyPlain } from "@/lib/money";
import { shortLinkUrl } from "@/lib/sharing/short-link";
import type { CommissionState, CreatorCommissionRow } from "./availability";

export const COMMISSION_CSV_COLUMNS = ["order_date", "product", "shop", "order", "link", "channel", "sub_id", "state", "currency", "amount", "expected_available", "commission"] as const;
export type CommissionCsvColumn = (typeof COMMISSION_CSV_COLUMNS)[number];

/** The words of the export in the reader's language: the header, a state's and a channel's name. */
export type CommissionCsvTexts = {
  columns: Record<CommissionCsvColumn, string>;
  state: (state: CommissionState) => string;
  channel: (channel: CreatorCommissionRow["linkChannel"]) => string;
};

/**
 * The creator's commissions as CSV, with the list's filters: the words in the reader's language,
 * the values machine-readable (ISO 8601 UTC instants, amounts in major units as plain numbers, the
 * currency's code, ids), titles and sub-ids a person typed made inert if a spreadsheet would run them
 * (lib/csv/write). "expected_available" is when the money is (or is expected to be) in the wallet;
 * empty while the order has not completed, or for a reversed commission.
 */
export function commissionsCsv(rows: readonly CreatorCommissionRow[], texts: CommissionCsvTexts, origin: string): string {
  return toCsv(
    COMMISSION_CSV_COLUMNS.map((column) => texts.columns[column]),
    rows.map((c) => [
      c.orderPlacedAt.toISOString(),
      c.productTitle,
      c.shopName,
      c.orderExternalId ?? c.orderId,
      shortLinkUrl(origin, c.linkCode),
      texts.channel(c.linkChannel),
      c.linkSubId,
      texts.state(c.state),
      c.currency,
      formatMoneyPlain(c.amountMinor, c.currency),
      "at" in c.expected ? c.expected.at.toISOString() : "",
      c.id,
    ]),
  );
}
