import "server-only";
import type { walletHistory } from "@/db/queries/wallet";
import { toCsv } from "@/lib/csv/write";
import { formatMoneyPlain } from "@/lib/money";
import { WALLET_ENTRY_LABELS } from "@/lib/validation/wallet";

export const WALLET_HISTORY_COLUMNS = ["date", "kind", "description", "currency", "amount", "balance_after", "reference"] as const;

type HistoryRow = Awaited<ReturnType<typeof walletHistory>>["rows"][number];

/**
 * The wallet history export: amounts in major units as plain numbers ("-12.50" stays a number), the
 * description an admin typed made inert if a spreadsheet would run it (lib/csv/write).
 */
export function walletHistoryCsv(rows: readonly HistoryRow[]): string {
  return toCsv(
    WALLET_HISTORY_COLUMNS,
    rows.map((e) => [
      e.createdAt.toISOString(),
      WALLET_ENTRY_LABELS[e.kind],
      e.reason ?? "",
      e.currency,
      formatMoneyPlain(e.amountMinor, e.currency),
      formatMoneyPlain(e.balanceMinor, e.currency),
      e.commissionId ?? e.withdrawalId ?? e.id,
    ]),
  );
}
