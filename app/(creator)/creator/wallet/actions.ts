"use server";

import { revalidatePath } from "next/cache";
import { setCreatorAutoWithdraw } from "@/db/queries/wallet";
import { formAction } from "@/server/form-action";
import { now } from "@/lib/clock";
import { formatMoney } from "@/lib/money";
import { payoutMethodSchema } from "@/lib/validation/payout-method";
import { autoWithdrawSchema, payoutMethodIdSchema, withdrawSchema } from "@/lib/validation/wallet";
import { addPayoutMethod, deletePayoutMethod, setDefaultPayoutMethod } from "@/lib/wallet/payout-methods";
import { requestWithdrawal } from "@/lib/wallet/withdrawals";

const done = () => revalidatePath("/creator/wallet");

/** A withdrawal from the confirmation step; the form's key makes a double-click or a retry one withdrawal. */
export const withdrawAction = formAction({ role: "creator", schema: withdrawSchema }, async (input, { db, user }) => {
  const { withdrawal, created } = await requestWithdrawal(db, {
    creatorId: user.id,
    currency: input.currency,
    amount: input.amountMinor,
    payoutMethodId: input.payoutMethodId,
    idempotencyKey: `form:${input.idempotencyKey}`,
    at: now(),
  });
  done();
  return { id: withdrawal.id, amount: formatMoney(withdrawal.amountMinor, withdrawal.currency), created };
});

export const addPayoutMethodAction = formAction({ role: "creator", schema: payoutMethodSchema }, async (input, { db, user }) => {
  const { makeDefault, ...details } = input;
  const method = await addPayoutMethod(db, { creatorId: user.id, details, makeDefault, at: now() });
  done();
  return { label: method.label };
});

export const setDefaultPayoutMethodAction = formAction({ role: "creator", schema: payoutMethodIdSchema }, async ({ methodId }, { db, user }) => {
  await setDefaultPayoutMethod(db, { creatorId: user.id, methodId });
  done();
  return null;
});

export const deletePayoutMethodAction = formAction({ role: "creator", schema: payoutMethodIdSchema }, async ({ methodId }, { db, user }) => {
  await deletePayoutMethod(db, { creatorId: user.id, methodId, at: now() });
  done();
  return null;
});

export const setAutoWithdrawAction = formAction({ role: "creator", schema: autoWithdrawSchema }, async ({ enabled }, { db, user }) => {
  await setCreatorAutoWithdraw(db, user.id, enabled === "on");
  done();
  return { enabled: enabled === "on" };
});
