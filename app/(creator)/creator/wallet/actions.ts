"use server";

import { revalidatePath } from "next/cache";
import { setCreatorAutoWithdraw } from "@/db/queries/wallet";
import { formAction } from "@/server/form-action";
import { payoutMethodSchema } from "@/lib/validation/payout-method";
import { autoWithdrawSchema, payoutMethodIdSchema, withdrawSchema } from "@/lib/validation/wallet";
import { addPayoutMethod, deletePayoutMethod, setDefaultPayoutMethod } from "@/lib/wallet/payout-methods";
import { requestWithdrawal } from "@/lib/wallet/withdrawals";

const done = () => revalidatePath("/creator/wallet");

/** A withdrawal from the confirmation step; the form's key makes a double-click or a retry one withdrawal. */
export const withdrawAction = formAction({ role: "creator", schema: withdrawSchema }, async (input, { actor }) => {
  const { withdrawal, created } = await requestWithdrawal(actor.db, {
    creatorId: actor.user.id,
    currency: input.currency,
    amount: input.amountMinor,
    payoutMethodId: input.payoutMethodId,
    idempotencyKey: `form:${input.idempotencyKey}`,
    at: actor.at,
  });
  done();
  // The amount goes back as a number: the form writes it in the reader's language.
  return { id: withdrawal.id, amountMinor: withdrawal.amountMinor, currency: withdrawal.currency, created };
});

export const addPayoutMethodAction = formAction({ role: "creator", schema: payoutMethodSchema }, async (input, { actor }) => {
  const { makeDefault, ...details } = input;
  const method = await addPayoutMethod(actor.db, { creatorId: actor.user.id, details, makeDefault, at: actor.at });
  done();
  return { label: method.label };
});

export const setDefaultPayoutMethodAction = formAction({ role: "creator", schema: payoutMethodIdSchema }, async ({ methodId }, { actor }) => {
  await setDefaultPayoutMethod(actor.db, { creatorId: actor.user.id, methodId });
  done();
  return null;
});

export const deletePayoutMethodAction = formAction({ role: "creator", schema: payoutMethodIdSchema }, async ({ methodId }, { actor }) => {
  await deletePayoutMethod(actor.db, { creatorId: actor.user.id, methodId, at: actor.at });
  done();
  return null;
});

export const setAutoWithdrawAction = formAction({ role: "creator", schema: autoWithdrawSchema }, async ({ enabled }, { actor }) => {
  await setCreatorAutoWithdraw(actor.db, actor.user.id, enabled === "on");
  done();
  return { enabled: enabled === "on" };
});
