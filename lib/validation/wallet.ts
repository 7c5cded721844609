import "server-only";
import { z } from "zod";
import { SUPPORTED_CURRENCIES, parseMoney, type CurrencyCode } from "@/lib/money";

/** The creator's wallet forms (lib/wallet). Amounts are typed in the currency's usual format. */

const currencyField = z.enum(SUPPORTED_CURRENCIES as unknown as [CurrencyCode, ...CurrencyCode[]], { error: "Choose a currency" });

/**
 * A withdrawal: the amount is read in the chosen currency (too many decimals, a negative or zero
 * amount get a message on the field); balance and minimum are checked against the ledger.
 */
export const withdrawSchema = z
  .object({
    currency: currencyField,
    amount: z.string({ error: "Enter an amount" }),
    payoutMethodId: z.string({ error: "Choose a payout method" }).min(1, "Choose a payout method"),
    idempotencyKey: z.string().min(8).max(100),
  })
  .transform((input, ctx) => {
    const parsed = parseMoney(input.amount, input.currency);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.error, path: ["amount"] });
      return z.NEVER;
    }
    return { ...input, amountMinor: parsed.minor };
  });

export const payoutMethodIdSchema = z.object({ methodId: z.string().min(1) });

export const autoWithdrawSchema = z.object({ enabled: z.enum(["on", "off"]) });

export const WALLET_ENTRY_KINDS = ["commission_available", "clawback", "withdrawal_requested", "withdrawal_returned", "adjustment"] as const;
export type WalletEntryKind = (typeof WALLET_ENTRY_KINDS)[number];

export const WALLET_ENTRY_LABELS: Record<WalletEntryKind, string> = {
  commission_available: "Commission available",
  clawback: "Clawback (refund)",
  withdrawal_requested: "Withdrawal",
  withdrawal_returned: "Withdrawal returned",
  adjustment: "Adjustment",
};
