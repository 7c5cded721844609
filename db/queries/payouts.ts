import "server-only";
import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { creatorProfiles, payoutMethods, users, withdrawals, type Withdrawal } from "../schema";
import { findUserByEmail } from "./users";

type WithdrawalState = Withdrawal["state"];

/**
 * A withdrawal as the admin's queue shows it: the creator, the amount and the payout method's
 * masked label. The method's details (the full account number) are never selected here.
 */
const queueColumns = {
  id: withdrawals.id,
  creatorId: withdrawals.creatorId,
  creatorName: users.name,
  creatorEmail: users.email,
  creatorHandle: creatorProfiles.handle,
  currency: withdrawals.currency,
  amountMinor: withdrawals.amountMinor,
  state: withdrawals.state,
  failureReason: withdrawals.failureReason,
  requestedAt: withdrawals.requestedAt,
  processedAt: withdrawals.processedAt,
  settledAt: withdrawals.settledAt,
  methodLabel: payoutMethods.label,
  methodKind: payoutMethods.kind,
};

export type QueuedWithdrawal = {
  id: string;
  creatorId: string;
  creatorName: string;
  creatorEmail: string;
  creatorHandle: string | null;
  currency: Withdrawal["currency"];
  amountMinor: number;
  state: WithdrawalState;
  failureReason: string | null;
  requestedAt: Date;
  processedAt: Date | null;
  settledAt: Date | null;
  methodLabel: string;
  methodKind: "bank" | "ewallet";
};

function queueQuery(db: Database) {
  return db
    .select(queueColumns)
    .from(withdrawals)
    .innerJoin(users, eq(users.id, withdrawals.creatorId))
    .leftJoin(creatorProfiles, eq(creatorProfiles.userId, withdrawals.creatorId))
    .innerJoin(payoutMethods, eq(payoutMethods.id, withdrawals.payoutMethodId));
}

/**
 * Withdrawals in one state, oldest request first (the queue is worked in the order creators asked),
 * with the number of them in that state for "showing N of M".
 */
export async function withdrawalsInState(db: Database, state: "requested" | "processing", page: { limit: number; offset: number }): Promise<{ rows: QueuedWithdrawal[]; total: number }> {
  const [rows, [counted]] = await Promise.all([
    queueQuery(db)
      .where(eq(withdrawals.state, state))
      .orderBy(asc(withdrawals.requestedAt), asc(withdrawals.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(withdrawals).where(eq(withdrawals.state, state)),
  ]);
  return { rows, total: counted?.n ?? 0 };
}

/** The latest paid, rejected or failed withdrawals, most recently settled first. */
export async function recentlySettledWithdrawals(db: Database, limit = 20): Promise<QueuedWithdrawal[]> {
  return queueQuery(db)
    .where(inArray(withdrawals.state, ["paid", "rejected", "failed"]))
    .orderBy(sql`${withdrawals.settledAt} desc nulls last`, desc(withdrawals.id))
    .limit(limit);
}

export type WithdrawalStateTotals = { state: WithdrawalState; count: number; totals: { currency: Withdrawal["currency"]; amountMinor: number }[] };

/** For every state (all five, zero when empty): how many withdrawals, and their amounts summed per currency. */
export async function withdrawalTotalsByState(db: Database): Promise<WithdrawalStateTotals[]> {
  const rows = await db
    .select({
      state: withdrawals.state,
      currency: withdrawals.currency,
      n: sql<number>`count(*)`.mapWith(Number),
      total: sql<number>`coalesce(sum(${withdrawals.amountMinor}), 0)`.mapWith(Number),
    })
    .from(withdrawals)
    .groupBy(withdrawals.state, withdrawals.currency)
    .orderBy(withdrawals.state, withdrawals.currency);
  return withdrawals.state.enumValues.map((state) => {
    const inState = rows.filter((r) => r.state === state);
    return {
      state,
      count: inState.reduce((s, r) => s + r.n, 0),
      totals: inState.map((r) => ({ currency: r.currency, amountMinor: r.total })),
    };
  });
}

/**
 * Every processing withdrawal with the payout method's full details: for the bank-upload file only,
 * which only an admin can download. Never send these rows to a page.
 */
export async function processingWithdrawalsForPayoutFile(db: Database) {
  return db
    .select({
      id: withdrawals.id,
      creatorName: users.name,
      creatorEmail: users.email,
      currency: withdrawals.currency,
      amountMinor: withdrawals.amountMinor,
      methodKind: payoutMethods.kind,
      details: payoutMethods.details,
    })
    .from(withdrawals)
    .innerJoin(users, eq(users.id, withdrawals.creatorId))
    .innerJoin(payoutMethods, eq(payoutMethods.id, withdrawals.payoutMethodId))
    .where(eq(withdrawals.state, "processing"))
    .orderBy(asc(withdrawals.requestedAt), asc(withdrawals.id));
}

export type PayoutFileRow = Awaited<ReturnType<typeof processingWithdrawalsForPayoutFile>>[number];

/** A creator account by e-mail (any case), or undefined when there is none or the account is not a creator's. */
export async function findCreatorByEmail(db: Database, email: string) {
  const user = await findUserByEmail(db, email.trim());
  return user?.role === "creator" ? { id: user.id, name: user.name, email: user.email } : undefined;
}

/** Names of users by id (audit actors and subjects), for the audit log. */
export async function userNamesById(db: Database, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}
