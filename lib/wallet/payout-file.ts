import "server-only";
import type { PayoutFileRow } from "@/db/queries/payouts";
import { toCsv } from "@/lib/csv/write";
import { formatMoneyPlain } from "@/lib/money";

/** The payout file's columns, in order: what the bank upload (or the person keying transfers) needs. */
export const PAYOUT_FILE_COLUMNS = [
  "withdrawal_id",
  "creator_name",
  "creator_email",
  "amount",
  "amount_minor",
  "currency",
  "method",
  "country",
  "bank_name",
  "account_holder",
  "account_number",
  "provider",
  "account_id",
  "reference",
] as const;

/**
 * The payout file for processing withdrawals: one row each, the amount both as a decimal in major
 * units ("40.00", "250000" for VND) and in minor units, the FULL account details, and the
 * withdrawal id as the transfer reference, through the one CSV writer (byte order mark, CRLF, text
 * a spreadsheet would run as a formula prefixed with an apostrophe). Account numbers and ids are
 * written exactly as stored: a phone-number account id starts with "+" and must reach the bank
 * unchanged.
 */
export function payoutFileCsv(rows: readonly PayoutFileRow[]): string {
  const data = rows.map((row) => {
    const d = row.details;
    return [
      row.id,
      row.creatorName,
      row.creatorEmail,
      formatMoneyPlain(row.amountMinor, row.currency),
      String(row.amountMinor),
      row.currency,
      d.kind,
      d.kind === "bank" ? d.country : "",
      d.kind === "bank" ? d.bankName : "",
      d.kind === "bank" ? d.accountHolder : "",
      d.kind === "bank" ? d.accountNumber : "",
      d.kind === "ewallet" ? d.provider : "",
      d.kind === "ewallet" ? d.accountId : "",
      row.id,
    ];
  });
  return toCsv(PAYOUT_FILE_COLUMNS, data, { verbatim: ["withdrawal_id", "account_number", "account_id", "reference"] });
}

/** "payouts-2026-11-25.csv" (the UTC day of `at`). */
export function payoutFileName(at: Date): string {
  return `payouts-${at.toISOString().slice(0, 10)}.csv`;
}
