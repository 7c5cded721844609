import "server-only";
import { toCsv } from "@/lib/csv/write";
import { formatMoneyPlain } from "@/lib/money/format";
import type { CurrencyCode } from "@/lib/money/currencies";
import type { SellerBreakdownRow } from "./seller-report";

export const SELLER_REPORT_CSV_COLUMNS = ["key", "clicks", "uniqueClicks", "orders", "items", "sales", "pending", "locked", "available", "paid", "commission", "conversion", "epc", "roc", "currency"] as const;
export type SellerReportCsvColumn = (typeof SELLER_REPORT_CSV_COLUMNS)[number];

const MONEY = new Set<SellerReportCsvColumn>(["sales", "pending", "locked", "available", "paid", "commission", "epc"]);

/**
 * Every row of one breakdown as CSV: headers in the reader's language, values machine-readable
 * (amounts as plain decimals of the shop's currency, rates as fractions with 4 decimals).
 */
export function sellerReportCsv(rows: readonly SellerBreakdownRow[], name: (row: SellerBreakdownRow) => string, currency: CurrencyCode, headers: Record<SellerReportCsvColumn, string>): string {
  const cell = (row: SellerBreakdownRow, column: SellerReportCsvColumn): string | number => {
    if (column === "key") return name(row);
    if (column === "currency") return currency;
    const value = row[column];
    if (value === null) return "";
    if (MONEY.has(column)) return formatMoneyPlain(Math.round(value), currency);
    return column === "conversion" || column === "roc" ? value.toFixed(4) : value;
  };
  return toCsv(
    SELLER_REPORT_CSV_COLUMNS.map((c) => headers[c]),
    rows.map((row) => SELLER_REPORT_CSV_COLUMNS.map((c) => cell(row, c))),
  );
}
