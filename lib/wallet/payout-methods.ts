import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { findCreatorPayoutMethod, lockWallet } from "@/db/queries/wallet";
import { payoutMethods, withdrawals, type PayoutMethodDetails } from "@/db/schema";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { last4, payoutMethodLabel } from "@/lib/validation/payout-method";

/**
 * Saves a payout method. The full account number stays on the server (it goes into the payout
 * file); pages only ever get the label and the last four characters. The first method, or one
 * saved with "make default", becomes the default (one per creator: a partial unique index).
 */
export async function addPayoutMethod(db: Database, params: { creatorId: string; details: PayoutMethodDetails; makeDefault: boolean; at: Date }) {
  return db.transaction(async (tx) => {
    await lockWallet(tx, params.creatorId);
    const existing = await tx
      .select({ id: payoutMethods.id })
      .from(payoutMethods)
      .where(and(eq(payoutMethods.creatorId, params.creatorId), isNull(payoutMethods.deletedAt)));
    const isDefault = params.makeDefault || existing.length === 0;
    if (isDefault) await clearDefault(tx, params.creatorId);
    const account = params.details.kind === "bank" ? params.details.accountNumber : params.details.accountId;
    const [method] = await tx
      .insert(payoutMethods)
      .values({ id: newId("pym"), creatorId: params.creatorId, kind: params.details.kind, label: payoutMethodLabel(params.details), last4: last4(account), details: params.details, isDefault, createdAt: params.at })
      .returning({ id: payoutMethods.id, label: payoutMethods.label, isDefault: payoutMethods.isDefault });
    return method!;
  });
}

async function clearDefault(tx: Database, creatorId: string) {
  await tx
    .update(payoutMethods)
    .set({ isDefault: false })
    .where(and(eq(payoutMethods.creatorId, creatorId), eq(payoutMethods.isDefault, true)));
}

export async function setDefaultPayoutMethod(db: Database, params: { creatorId: string; methodId: string }) {
  await db.transaction(async (tx) => {
    await lockWallet(tx, params.creatorId);
    const method = await findCreatorPayoutMethod(tx, { creatorId: params.creatorId, methodId: params.methodId });
    if (!method) throw new NotFoundError("The payout method");
    await clearDefault(tx, params.creatorId);
    await tx.update(payoutMethods).set({ isDefault: true }).where(eq(payoutMethods.id, method.id));
  });
}

/**
 * Removes a payout method (kept in the database for the withdrawals already paid to it). Refused
 * while a withdrawal to it is requested or processing. When the default goes, the oldest
 * remaining method becomes the default.
 */
export async function deletePayoutMethod(db: Database, params: { creatorId: string; methodId: string; at: Date }) {
  await db.transaction(async (tx) => {
    await lockWallet(tx, params.creatorId);
    const method = await findCreatorPayoutMethod(tx, { creatorId: params.creatorId, methodId: params.methodId });
    if (!method) throw new NotFoundError("The payout method");
    const pending = await tx
      .select({ id: withdrawals.id })
      .from(withdrawals)
      .where(and(eq(withdrawals.payoutMethodId, method.id), inArray(withdrawals.state, ["requested", "processing"])));
    if (pending.length > 0) {
      throw new UserFacingError(
        `${method.label} cannot be removed: ${pending.length === 1 ? "a withdrawal to it is" : `${pending.length} withdrawals to it are`} still being processed. Remove it once ${pending.length === 1 ? "it is" : "they are"} paid or failed.`,
      );
    }
    await tx.update(payoutMethods).set({ deletedAt: params.at, isDefault: false }).where(eq(payoutMethods.id, method.id));
    if (method.isDefault) {
      const [next] = await tx
        .select({ id: payoutMethods.id })
        .from(payoutMethods)
        .where(and(eq(payoutMethods.creatorId, params.creatorId), isNull(payoutMethods.deletedAt)))
        .orderBy(payoutMethods.createdAt)
        .limit(1);
      if (next) await tx.update(payoutMethods).set({ isDefault: true }).where(eq(payoutMethods.id, next.id));
    }
  });
}
