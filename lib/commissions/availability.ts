import "server-only";
import type { Database } from "@/db/client";
import { selectCreatorCommission, selectCreatorCommissions, type CreatorCommissionFilters } from "@/db/queries/creator-commissions";
import type { CommissionState } from "@/db/schema";
import { addDays } from "@/lib/clock";
import { availableFrom } from "./lifecycle";

/**
 * When a commission's money is expected in the wallet (DOMAIN: Order and commission lifecycle):
 * available or paid out: the day it became available; locked: locked + the shop's holding period;
 * pending on a delivered order: if it is not returned, the order completes by itself after the return
 * window and the holding period follows; pending otherwise: only once the order completes; reversed: never.
 */
export type ExpectedAvailability =
  | { kind: "available"; at: Date }
  | { kind: "expected"; at: Date }
  | { kind: "estimated"; at: Date }
  | { kind: "after_completion" }
  | { kind: "never" };

export function expectedAvailability(c: {
  state: CommissionState;
  lockedAt: Date | null;
  availableAt: Date | null;
  orderDeliveredAt: Date | null;
  holdingDays: number;
  returnWindowDays: number;
}): ExpectedAvailability {
  switch (c.state) {
    case "available":
    case "paid":
      return c.availableAt ? { kind: "available", at: c.availableAt } : { kind: "never" };
    case "locked":
      return c.lockedAt ? { kind: "expected", at: availableFrom(c.lockedAt, c.holdingDays) } : { kind: "after_completion" };
    case "pending":
      return c.orderDeliveredAt ? { kind: "estimated", at: availableFrom(addDays(c.orderDeliveredAt, c.returnWindowDays), c.holdingDays) } : { kind: "after_completion" };
    case "reversed":
      return { kind: "never" };
  }
}

/** One page of the creator's commissions, newest order first, each with the date its money is expected. */
export async function listCreatorCommissions(db: Database, creatorId: string, filters: CreatorCommissionFilters = {}) {
  const page = await selectCreatorCommissions(db, creatorId, filters);
  return { ...page, rows: page.rows.map((r) => ({ ...r, expected: expectedAvailability(r) })) };
}

/** One of the creator's commissions with why it earned and when its money is expected: nothing for another creator's commission. */
export async function findCreatorCommission(db: Database, ids: { creatorId: string; commissionId: string }) {
  const row = await selectCreatorCommission(db, ids);
  return row ? { ...row, expected: expectedAvailability(row) } : undefined;
}

export type CreatorCommissionRow = Awaited<ReturnType<typeof listCreatorCommissions>>["rows"][number];
export type CreatorCommission = NonNullable<Awaited<ReturnType<typeof findCreatorCommission>>>;

/** The commission vocabulary the creator's pages show (rows as db/queries reads them). */
export type { CreatorCommissionEvent } from "@/db/queries/creator-commissions";
export type { CommissionState } from "@/db/schema";
