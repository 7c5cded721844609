import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { insertRows } from "../bulk";
import type { Database } from "../client";
import { commissionEvents, commissions, orderLines, orders, shops, type Commission, type CommissionState } from "../schema";
import { newId } from "@/lib/ids";

/**
 * Creates commissions with the first entry of their history; a line that already has one keeps it
 * (one commission per order line is a constraint). One statement of fixed text for any number. Returns the ids created.
 */
export async function insertCommissions(db: Database, items: { commission: typeof commissions.$inferInsert & { id: string }; reason: string }[]): Promise<Set<string>> {
  if (items.length === 0) return new Set();
  const events = items.map(({ commission, reason }) => ({ id: newId("cev"), commissionId: commission.id, fromState: null, toState: commission.state!, amountMinor: commission.amountMinor, reason, occurredAt: commission.earnedAt }));
  return new Set(await insertRows(db, commissions, items.map((i) => i.commission), { onConflictDoNothing: [commissions.orderLineId], children: { table: commissionEvents, rows: events, parentKey: commissionEvents.commissionId } }));
}

/** The order's commissions, locked for the rest of the transaction (refunds, completion and settlement take turns). */
export async function lockOrderCommissions(db: Database, orderId: string): Promise<(Commission & { lineId: string })[]> {
  const rows = await db
    .select({ commission: commissions, lineId: orderLines.id })
    .from(commissions)
    .innerJoin(orderLines, eq(orderLines.id, commissions.orderLineId))
    .where(eq(orderLines.orderId, orderId))
    .for("update", { of: commissions });
  return rows.map((r) => ({ ...r.commission, lineId: r.lineId }));
}

/** Moves a commission to a new state and amount, appending the change to its history. */
export async function changeCommission(
  db: Database,
  commission: Pick<Commission, "id" | "state">,
  change: { state: CommissionState; amountMinor: number; delta: number; reason: string; at: Date; lockedAt?: Date; availableAt?: Date },
) {
  await db
    .update(commissions)
    .set({ state: change.state, amountMinor: change.amountMinor, ...(change.lockedAt ? { lockedAt: change.lockedAt } : {}), ...(change.availableAt ? { availableAt: change.availableAt } : {}) })
    .where(eq(commissions.id, commission.id));
  await db.insert(commissionEvents).values({ id: newId("cev"), commissionId: commission.id, fromState: commission.state, toState: change.state, amountMinor: change.delta, reason: change.reason, occurredAt: change.at });
}

/**
 * Locked commissions whose holding period has passed, locked for this transaction. SKIP LOCKED:
 * two settlement runs at once split the work instead of both taking the same commission, and a
 * commission being refunded right now waits for the next run.
 */
export async function lockCommissionsDueForRelease(db: Database, at: Date, limit = 500) {
  return db
    .select({ commission: commissions, holdingDays: shops.holdingDays })
    .from(commissions)
    .innerJoin(orderLines, eq(orderLines.id, commissions.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .where(and(eq(commissions.state, "locked"), sql`${commissions.lockedAt} + make_interval(days => ${shops.holdingDays}) <= ${at.toISOString()}::timestamptz`))
    .orderBy(commissions.lockedAt)
    .limit(limit)
    .for("update", { of: commissions, skipLocked: true });
}
