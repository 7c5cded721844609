import "server-only";
import type { ShopStatementLine, ShopStatementMonth } from "@/db/queries/seller-statements";
import { toCsv } from "@/lib/csv/write";
import { formatMoneyPlain } from "@/lib/money";

/**
 * A month's commission statement as CSV: one line per ledger entry, then one total line per
 * currency (what the month charged the shop). Headers, kinds and the total's label in the reader's
 * language; values machine-readable like the other seller exports (ISO 8601 UTC instants, amounts as
 * plain decimals in the currency's exponent, ids).
 */

export const STATEMENT_CSV_COLUMNS = ["date", "creator", "order", "line", "product", "kind", "currency", "amount", "entry_id"] as const;
export type StatementCsvColumn = (typeof STATEMENT_CSV_COLUMNS)[number];

export type StatementCsvTexts = {
  columns: Record<StatementCsvColumn, string>;
  kind: (kind: ShopStatementLine["kind"]) => string;
  /** The first cell of the total line. */
  total: string;
};

export function statementCsv(lines: readonly ShopStatementLine[], totals: readonly Pick<ShopStatementMonth, "currency" | "totalMinor">[], texts: StatementCsvTexts): string {
  return toCsv(STATEMENT_CSV_COLUMNS.map((c) => texts.columns[c]), [
    ...lines.map((l) => [
      l.at.toISOString(),
      l.creatorHandle,
      l.orderExternalId ?? l.orderId,
      l.lineRef,
      l.productTitle,
      texts.kind(l.kind),
      l.currency,
      formatMoneyPlain(l.amountMinor, l.currency),
      l.id,
    ]),
    ...totals.map((t) => [texts.total, "", "", "", "", "", t.currency, formatMoneyPlain(t.totalMinor, t.currency), ""]),
  ]);
}
