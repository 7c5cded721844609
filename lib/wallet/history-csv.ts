import "server-only";
import type { walletHistory } from "@/db/queries/wallet";
import { toCsv } from "@/lib/csv/write";
import { formatMoneyPlain, type CurrencyCode } from "@/lib/money";
import { WALLET_ENTRY_LABELS, type WalletEntryKind } from "@/lib/validation/wallet";

export const WALLET_HISTORY_COLUMNS = ["date", "kind", "description", "product", "order", "currency", "amount", "balance_after", "reference"] as const;
export type WalletHistoryColumn = (typeof WALLET_HISTORY_COLUMNS)[number];

type HistoryRow = Awaited<ReturnType<typeof walletHistory>>["rows"][number];

/** The words of the export in the reader's language: the header, the kind of each entry, its description. */
export type WalletHistoryCsvTexts = {
  columns: Record<WalletHistoryColumn, string>;
  kind: (kind: WalletEntryKind) => string;
  description: (stored: string, currency: CurrencyCode) => string;
};

const ENGLISH: WalletHistoryCsvTexts = {
  columns: Object.fromEntries(WALLET_HISTORY_COLUMNS.map((c) => [c, c])) as Record<WalletHistoryColumn, string>,
  kind: (kind) => WALLET_ENTRY_LABELS[kind],
  description: (stored) => stored,
};

/**
 * The wallet history export: the words in the reader's language, but the values a spreadsheet
 * computes with stay machine-readable (amounts in major units as plain numbers, "-12.50"; dates in
 * ISO 8601 UTC; the currency's code; the order's id), and a description an admin typed, or a product
 * title a seller typed, is made inert if a
 * spreadsheet would run it (lib/csv/write).
 */
export function walletHistoryCsv(rows: readonly HistoryRow[], texts: WalletHistoryCsvTexts = ENGLISH): string {
  return toCsv(
    WALLET_HISTORY_COLUMNS.map((column) => texts.columns[column]),
    rows.map((e) => [
      e.createdAt.toISOString(),
      texts.kind(e.kind),
      e.reason ? texts.description(e.reason, e.currency) : "",
      e.productTitle ?? "",
      e.orderId ?? "",
      e.currency,
      formatMoneyPlain(e.amountMinor, e.currency),
      formatMoneyPlain(e.balanceMinor, e.currency),
      e.commissionId ?? e.withdrawalId ?? e.id,
    ]),
  );
}
