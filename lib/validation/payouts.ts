import "server-only";
import { z } from "zod";
import { isCurrencyCode, parseMoney, SUPPORTED_CURRENCIES, type CurrencyCode } from "@/lib/money";

/** The admin's payout forms: the withdrawal queue, manual adjustments and the withdrawal minimums. */

const SELECT_ONE = "Select at least one withdrawal.";

/** The checked rows ("ids[]" in the form). */
const ids = z
  .array(z.string().trim().min(1, SELECT_ONE).max(100), { error: SELECT_ONE })
  .min(1, SELECT_ONE)
  .max(1000, "Select at most 1000 withdrawals at once.");

const REASON = "Give a reason: the creator sees it.";
const reason = z.string({ error: REASON }).trim().min(1, REASON).max(500, "Use at most 500 characters.");

export const withdrawalIdsSchema = z.object({ ids });
export const withdrawalIdsWithReasonSchema = z.object({ ids, reason });

/**
 * A manual credit or debit with its reason. The amount is typed in the currency's usual format and
 * may be negative ("-12.50" takes money out); adjustWallet refuses overdrawing the wallet.
 */
const ADJUST_REASON = "Give a reason: the creator sees it in their history.";

function parseAmount(value: { amount?: unknown; currency?: unknown }) {
  if (typeof value.amount !== "string") return { ok: false as const, error: "Enter an amount" };
  // Without a valid currency the currency field shows the problem; the amount is read as USD meanwhile.
  const currency = isCurrencyCode(value.currency) ? value.currency : "USD";
  return parseMoney(value.amount, currency, { allowNegative: true });
}

export const walletAdjustmentSchema = z
  .object({
    email: z.string({ error: "Enter the creator's e-mail" }).trim().toLowerCase().pipe(z.email("Enter the creator's e-mail")),
    currency: z.enum(SUPPORTED_CURRENCIES, { error: "Choose a currency" }),
    amount: z.string({ error: "Enter an amount" }),
    reason: z.string({ error: ADJUST_REASON }).trim().min(1, ADJUST_REASON).max(500, "Use at most 500 characters."),
  })
  .superRefine(
    (value, ctx) => {
      // Runs even when another field failed, so every field shows its message at once.
      const parsed = parseAmount(value);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.error, path: ["amount"] });
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  )
  .transform((input) => {
    const parsed = parseMoney(input.amount, input.currency, { allowNegative: true });
    return { ...input, amountMinor: parsed.ok ? parsed.minor : 0 };
  });

/** One field per currency (min_USD, min_VND, ...), each an amount above zero in that currency. */
export const withdrawalMinimumsSchema = z.looseObject({}).transform((value, ctx) => {
  const minimums = {} as Record<CurrencyCode, number>;
  for (const currency of SUPPORTED_CURRENCIES) {
    const field = `min_${currency}`;
    const raw = value[field];
    const parsed = typeof raw === "string" ? parseMoney(raw, currency) : ({ ok: false, error: "Enter an amount" } as const);
    if (parsed.ok) minimums[currency] = parsed.minor;
    else ctx.addIssue({ code: "custom", path: [field], message: parsed.error });
  }
  return minimums;
});
