"use server";

import { revalidatePath } from "next/cache";
import { findCreatorByEmail } from "@/db/queries/payouts";
import { formAction } from "@/server/form-action";
import { getReaderFormat } from "@/server/i18n";
import { UserFacingError } from "@/lib/errors";
import { walletAdjustmentSchema, withdrawalIdsSchema, withdrawalIdsWithReasonSchema, withdrawalMinimumsSchema } from "@/lib/validation/payouts";
import { adjustWallet } from "@/lib/wallet/adjustments";
import { setWithdrawalMinimums } from "@/lib/wallet/settings";
import { approveWithdrawals, failWithdrawals, markWithdrawalsPaid } from "@/lib/wallet/withdrawals";

const done = () => revalidatePath("/admin/payouts");

/** Requested → processing: the money will be sent (the payout file lists them). */
export const approveWithdrawalsAction = formAction({ role: "admin", schema: withdrawalIdsSchema }, async (input, { actor }) => {
  const count = await approveWithdrawals(actor.db, input.ids, { adminUserId: actor.user.id, at: actor.at });
  done();
  return { count, selected: new Set(input.ids).size };
});

/** Requested → rejected with the reason: the money goes back to the creator's available balance. */
export const rejectWithdrawalsAction = formAction({ role: "admin", schema: withdrawalIdsWithReasonSchema }, async (input, { actor }) => {
  const count = await failWithdrawals(actor.db, input.ids, { adminUserId: actor.user.id, at: actor.at, from: "requested", reason: input.reason });
  done();
  return { count, selected: new Set(input.ids).size };
});

/** Processing → paid: the transfer reached the creator. */
export const markWithdrawalsPaidAction = formAction({ role: "admin", schema: withdrawalIdsSchema }, async (input, { actor }) => {
  const count = await markWithdrawalsPaid(actor.db, input.ids, { adminUserId: actor.user.id, at: actor.at });
  done();
  return { count, selected: new Set(input.ids).size };
});

/** Processing → failed with the reason (the bank returned the transfer): the money goes back to available. */
export const markWithdrawalsFailedAction = formAction({ role: "admin", schema: withdrawalIdsWithReasonSchema }, async (input, { actor }) => {
  const count = await failWithdrawals(actor.db, input.ids, { adminUserId: actor.user.id, at: actor.at, from: "processing", reason: input.reason });
  done();
  return { count, selected: new Set(input.ids).size };
});

/** A manual credit or debit with its reason (walletAdjustmentSchema); adjustWallet refuses overdrawing the wallet. */
export const adjustWalletAction = formAction({ role: "admin", schema: walletAdjustmentSchema }, async (input, { actor }) => {
  const creator = await findCreatorByEmail(actor.db, input.email);
  if (!creator) throw new UserFacingError("No creator has this e-mail.", "email");
  await adjustWallet(actor.db, { creatorId: creator.id, currency: input.currency, amountMinor: input.amountMinor, reason: input.reason, adminUserId: actor.user.id, at: actor.at });
  done();
  return { creatorName: creator.name, currency: input.currency, amount: (await getReaderFormat()).money(Math.abs(input.amountMinor), input.currency), credit: input.amountMinor > 0 };
});

/** The minimum withdrawal of every currency (DOMAIN: about US$10 by default), with an audit entry. */
export const setWithdrawalMinimumsAction = formAction({ role: "admin", schema: withdrawalMinimumsSchema }, async (minimums, { actor }) => {
  await setWithdrawalMinimums(actor.db, { minimums, adminUserId: actor.user.id, at: actor.at });
  done();
  revalidatePath("/creator/wallet");
  return null;
});
