import "server-only";
import type { Database } from "@/db/client";
import { changeCommission, lockCommissionsDueForRelease } from "@/db/queries/commissions";
import { notify } from "@/lib/notifications/notify";
import { insertWalletEntry } from "@/lib/wallet/entries";
import { ordersDueForCompletion } from "@/db/queries/orders";
import { completeOrder, OrderStateError } from "@/lib/orders/commands";
import { availableFrom } from "./lifecycle";
import { storedText } from "@/lib/i18n/stored-texts";

export type SettlementResult = { ordersCompleted: number; commissionsReleased: number };

/**
 * The settlement job. (1) Delivered orders whose return window has passed complete by themselves,
 * locking their commissions. (2) Locked commissions whose holding period has passed become
 * available: the state change, the wallet entry and the creator's notification are written in one transaction.
 *
 * Idempotent and safe to run in several processes at once: orders are completed under their row
 * lock (a second run finds them completed and moves on), commissions are taken with SKIP LOCKED,
 * and the wallet has at most one "commission available" entry per commission (a constraint).
 */
export async function runSettlement(db: Database, at: Date): Promise<SettlementResult> {
  let ordersCompleted = 0;
  for (const { id } of await ordersDueForCompletion(db, at)) {
    try {
      await completeOrder(db, { orderId: id, at, reason: storedText("returnWindowPassed") });
      ordersCompleted++;
    } catch (error) {
      // Another run (or the seller) got there first.
      if (!(error instanceof OrderStateError)) throw error;
    }
  }
  let commissionsReleased = 0;
  for (;;) {
    const released = await db.transaction(async (tx) => {
      const due = await lockCommissionsDueForRelease(tx, at, 200);
      let count = 0;
      for (const { commission, holdingDays } of due) {
        const availableAt = availableFrom(commission.lockedAt!, holdingDays);
        const entered = await insertWalletEntry(tx, {
          creatorId: commission.creatorId,
          currency: commission.currency,
          amountMinor: commission.amountMinor,
          kind: "commission_available",
          commissionId: commission.id,
          reason: storedText("commissionAvailable"),
          createdAt: availableAt,
        });
        if (!entered) continue;
        await changeCommission(tx, commission, { state: "available", amountMinor: commission.amountMinor, delta: 0, reason: storedText("holdingPeriodPassed", { days: holdingDays }), at: availableAt, availableAt });
        await notify(tx, { recipientId: commission.creatorId, kind: "commission_available", params: { amountMinor: commission.amountMinor, currency: commission.currency }, at: availableAt });
        count++;
      }
      // Another batch only when this one was full and made progress.
      return { count, more: due.length === 200 && count > 0 };
    });
    commissionsReleased += released.count;
    if (!released.more) break;
  }
  return { ordersCompleted, commissionsReleased };
}
