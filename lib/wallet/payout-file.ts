import "server-only";
import type { Database } from "@/db/client";
import { processingWithdrawalsForPayoutFile, type PayoutFileRow } from "@/db/queries/payouts";
import type { SessionUser } from "@/lib/actor";
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

const jsonError = (status: number, code: string, message: string) => Response.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });

/**
 * The GET /admin/payouts/payout-file.csv answer for a session (or none): 401 without one, 403 for
 * a creator or a seller, the file for an admin. Kept apart from the route so it can be tested
 * without a signed-in request. The database is opened only once the session is an admin's.
 */
export async function payoutFileResponse(user: SessionUser | null, at: Date, database: () => Promise<Database>): Promise<Response> {
  if (!user) return jsonError(401, "unauthenticated", "Your session has ended. Sign in again.");
  if (user.role !== "admin") return jsonError(403, "forbidden", "Only admins can download the payout file.");
  const rows = await processingWithdrawalsForPayoutFile(await database());
  return new Response(payoutFileCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${payoutFileName(at)}"`,
      "Cache-Control": "no-store",
    },
  });
}
