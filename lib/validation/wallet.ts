import "server-only";
import { z } from "zod";
import { walletEntryKindEnum } from "@/db/schema";
import { SUPPORTED_CURRENCIES, type CurrencyCode } from "@/lib/money";
import { moneyField } from "./money";

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
    // The currency is another field of the form: the amount is read once it is known.
    const parsed = moneyField(input.currency).safeParse(input.amount);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: ["amount"] });
      return z.NEVER;
    }
    return { ...input, amountMinor: parsed.data };
  });

export const payoutMethodIdSchema = z.object({ methodId: z.string().min(1) });

export const autoWithdrawSchema = z.object({ enabled: z.enum(["on", "off"]) });

export const WALLET_ENTRY_KINDS = walletEntryKindEnum.enumValues;
export type WalletEntryKind = (typeof WALLET_ENTRY_KINDS)[number];

export const WALLET_ENTRY_LABELS: Record<WalletEntryKind, string> = {
  commission_available: "Commission available",
  clawback: "Clawback (refund)",
  withdrawal_requested: "Withdrawal",
  withdrawal_returned: "Withdrawal returned",
  adjustment: "Adjustment",
};
