import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { notify } from "@/lib/notifications/notify";
import { insertWalletEntry } from "./entries";
import { availableBalance, findCreatorPayoutMethod, findWithdrawalByKey, lockWallet } from "@/db/queries/wallet";
import { withdrawals, type Withdrawal } from "@/db/schema";
import { ConflictError, UserFacingError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { formatMoney, type CurrencyCode } from "@/lib/money";
import { refuseUnless } from "@/lib/verdict";
import { canWithdraw } from "./rules";
import { withdrawalMinimum } from "./settings";
import { storedText } from "@/lib/i18n/stored-texts";

export type WithdrawalRequest = {
  creatorId: string;
  currency: CurrencyCode;
  /** Minor units, or "all": the whole available balance at the moment of the request (automatic withdrawals). */
  amount: number | "all";
  payoutMethodId: string;
  /** From the form (one per form load) or "auto:<date>:<currency>": the same key is the same withdrawal. */
  idempotencyKey: string;
  at: Date;
};

/**
 * Takes money out of the available balance: the withdrawal (requested) and its ledger entry are
 * written together, under the wallet's lock, after checking the balance, the minimum and the payout
 * method. A request with a key already used answers with that withdrawal and writes nothing, so a
 * double-click or a retry is one withdrawal; two different requests at once take turns on the
 * lock, and the second sees the balance the first left.
 */
export async function requestWithdrawal(db: Database, request: WithdrawalRequest): Promise<{ withdrawal: Withdrawal; created: boolean }> {
  return db.transaction(async (tx) => {
    await lockWallet(tx, request.creatorId);
    const existing = await findWithdrawalByKey(tx, { creatorId: request.creatorId, idempotencyKey: request.idempotencyKey });
    if (existing) return { withdrawal: existing, created: false };

    const method = await findCreatorPayoutMethod(tx, { creatorId: request.creatorId, methodId: request.payoutMethodId });
    if (!method) throw new UserFacingError("Choose one of your payout methods.", "payoutMethodId");
    const available = await availableBalance(tx, request.creatorId, request.currency);
    const amount = request.amount === "all" ? available : request.amount;
    const minimum = await withdrawalMinimum(tx, request.currency);
    refuseUnless(canWithdraw({ amountMinor: amount, availableMinor: available, minimumMinor: minimum, currency: request.currency }), "amount");

    const [withdrawal] = await tx
      .insert(withdrawals)
      .values({
        id: newId("wdr"),
        creatorId: request.creatorId,
        payoutMethodId: method.id,
        currency: request.currency,
        amountMinor: amount,
        state: "requested",
        idempotencyKey: request.idempotencyKey,
        requestedAt: request.at,
      })
      .returning();
    await insertWalletEntry(tx, {
      creatorId: request.creatorId,
      currency: request.currency,
      amountMinor: -amount,
      kind: "withdrawal_requested",
      withdrawalId: withdrawal!.id,
      reason: storedText("withdrawalTo", { method: method.label }),
      createdAt: request.at,
    });
    return { withdrawal: withdrawal!, created: true };
  });
}

type AdminAction = { adminUserId: string; at: Date };

/**
 * Moves withdrawals from one state to the next, only those still in the expected state (a
 * concurrent admin's click finds them moved and changes nothing). Returns the ids it moved.
 */
async function moveWithdrawals(
  tx: Database,
  ids: string[],
  from: Withdrawal["state"],
  set: Partial<Pick<Withdrawal, "state" | "processedAt" | "settledAt" | "failureReason">>,
): Promise<Withdrawal[]> {
  if (ids.length === 0) return [];
  return tx
    .update(withdrawals)
    .set(set)
    .where(and(inArray(withdrawals.id, [...new Set(ids)]), eq(withdrawals.state, from)))
    .returning();
}

function nothingMoved(ids: string[], moved: Withdrawal[], state: string) {
  if (moved.length === 0 && ids.length > 0) throw new ConflictError(`None of these withdrawals is ${state} any more: refresh the page.`);
}

/** The admin approves requested withdrawals: they go to processing (to be paid by bank transfer). */
export async function approveWithdrawals(db: Database, ids: string[], action: AdminAction): Promise<number> {
  return db.transaction(async (tx) => {
    const moved = await moveWithdrawals(tx, ids, "requested", { state: "processing", processedAt: action.at });
    nothingMoved(ids, moved, "requested");
    for (const w of moved) await recordAudit(tx, { actorUserId: action.adminUserId, action: "payout:approve", subjectId: w.id, detail: storedText("auditPayoutApproved", { amount: formatMoney(w.amountMinor, w.currency) }), at: action.at });
    return moved.length;
  });
}

/** The admin marks processing withdrawals paid: the money reached the creator's account. */
export async function markWithdrawalsPaid(db: Database, ids: string[], action: AdminAction): Promise<number> {
  return db.transaction(async (tx) => {
    const moved = await moveWithdrawals(tx, ids, "processing", { state: "paid", settledAt: action.at });
    nothingMoved(ids, moved, "processing");
    for (const w of moved) {
      await recordAudit(tx, { actorUserId: action.adminUserId, action: "payout:paid", subjectId: w.id, detail: storedText("auditPayoutPaid", { amount: formatMoney(w.amountMinor, w.currency) }), at: action.at });
      await notify(tx, { recipientId: w.creatorId, kind: "withdrawal_paid", params: { amountMinor: w.amountMinor, currency: w.currency }, at: action.at });
    }
    return moved.length;
  });
}

/**
 * A withdrawal that will not be paid: rejected by the platform while requested (state rejected), or
 * failed while processing (the bank returned it; state failed). Its money goes back to available
 * with a ledger entry, in the same transaction.
 */
export async function failWithdrawals(db: Database, ids: string[], params: AdminAction & { from: "requested" | "processing"; reason: string }): Promise<number> {
  const reason = params.reason.trim();
  if (!reason) throw new UserFacingError("Give a reason: the creator sees it.", "reason");
  return db.transaction(async (tx) => {
    const moved = await moveWithdrawals(tx, ids, params.from, { state: params.from === "requested" ? "rejected" : "failed", failureReason: reason, settledAt: params.at });
    nothingMoved(ids, moved, params.from);
    for (const w of moved) {
      await insertWalletEntry(tx, {
        creatorId: w.creatorId,
        currency: w.currency,
        amountMinor: w.amountMinor,
        kind: "withdrawal_returned",
        withdrawalId: w.id,
        reason: storedText(params.from === "requested" ? "withdrawalRejected" : "withdrawalFailed", { reason }),
        createdAt: params.at,
      });
      await recordAudit(tx, {
        actorUserId: params.adminUserId,
        action: params.from === "requested" ? "payout:reject" : "payout:failed",
        subjectId: w.id,
        detail: storedText("auditPayoutReturned", { amount: formatMoney(w.amountMinor, w.currency), reason }),
        at: params.at,
      });
      await notify(tx, { recipientId: w.creatorId, kind: "withdrawal_rejected", params: { amountMinor: w.amountMinor, currency: w.currency, reason }, at: params.at });
    }
    return moved.length;
  });
}
