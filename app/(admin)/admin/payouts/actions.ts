"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { findCreatorByEmail } from "@/db/queries/payouts";
import { formAction } from "@/server/form-action";
import { now } from "@/lib/clock";
import { UserFacingError } from "@/lib/errors";
import { formatMoney, isCurrencyCode, parseMoney, SUPPORTED_CURRENCIES, type CurrencyCode } from "@/lib/money";
import { adjustWallet } from "@/lib/wallet/adjustments";
import { setWithdrawalMinimums } from "@/lib/wallet/settings";
import { approveWithdrawals, failWithdrawals, markWithdrawalsPaid } from "@/lib/wallet/withdrawals";

const done = () => revalidatePath("/admin/payouts");

const SELECT_ONE = "Select at least one withdrawal.";

/** The checked rows ("ids[]" in the form). */
const ids = z
  .array(z.string().trim().min(1, SELECT_ONE).max(100), { error: SELECT_ONE })
  .min(1, SELECT_ONE)
  .max(1000, "Select at most 1000 withdrawals at once.");

const REASON = "Give a reason: the creator sees it.";
const reason = z.string({ error: REASON }).trim().min(1, REASON).max(500, "Use at most 500 characters.");

const idsSchema = z.object({ ids });
const idsWithReasonSchema = z.object({ ids, reason });

/** Requested → processing: the money will be sent (the payout file lists them). */
export const approveWithdrawalsAction = formAction({ role: "admin", schema: idsSchema }, async (input, { db, user }) => {
  const count = await approveWithdrawals(db, input.ids, { adminUserId: user.id, at: now() });
  done();
  return { count, selected: new Set(input.ids).size };
});

/** Requested → rejected with the reason: the money goes back to the creator's available balance. */
export const rejectWithdrawalsAction = formAction({ role: "admin", schema: idsWithReasonSchema }, async (input, { db, user }) => {
  const count = await failWithdrawals(db, input.ids, { adminUserId: user.id, at: now(), from: "requested", reason: input.reason });
  done();
  return { count, selected: new Set(input.ids).size };
});

/** Processing → paid: the transfer reached the creator. */
export const markWithdrawalsPaidAction = formAction({ role: "admin", schema: idsSchema }, async (input, { db, user }) => {
  const count = await markWithdrawalsPaid(db, input.ids, { adminUserId: user.id, at: now() });
  done();
  return { count, selected: new Set(input.ids).size };
});

/** Processing → failed with the reason (the bank returned the transfer): the money goes back to available. */
export const markWithdrawalsFailedAction = formAction({ role: "admin", schema: idsWithReasonSchema }, async (input, { db, user }) => {
  const count = await failWithdrawals(db, input.ids, { adminUserId: user.id, at: now(), from: "processing", reason: input.reason });
  done();
  return { count, selected: new Set(input.ids).size };
});

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

const adjustSchema = z
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

export const adjustWalletAction = formAction({ role: "admin", schema: adjustSchema }, async (input, { db, user }) => {
  const creator = await findCreatorByEmail(db, input.email);
  if (!creator) throw new UserFacingError("No creator has this e-mail.", "email");
  await adjustWallet(db, { creatorId: creator.id, currency: input.currency, amountMinor: input.amountMinor, reason: input.reason, adminUserId: user.id, at: now() });
  done();
  return { creatorName: creator.name, currency: input.currency, amount: formatMoney(Math.abs(input.amountMinor), input.currency), credit: input.amountMinor > 0 };
});

/** One field per currency (min_USD, min_VND, ...), each an amount above zero in that currency. */
const minimumsSchema = z.looseObject({}).transform((value, ctx) => {
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

/** The minimum withdrawal of every currency (DOMAIN: about US$10 by default), with an audit entry. */
export const setWithdrawalMinimumsAction = formAction({ role: "admin", schema: minimumsSchema }, async (minimums, { db, user }) => {
  await setWithdrawalMinimums(db, { minimums, adminUserId: user.id, at: now() });
  done();
  revalidatePath("/creator/wallet");
  return null;
});
