import "server-only";
import { and, asc, desc, eq, gte, inArray, isNull, lt, sql, sum } from "drizzle-orm";
import type { CurrencyCode } from "@/lib/money";
import type { Database } from "../client";
import { commissions, creatorProfiles, orderLines, orders, payoutMethods, products, shops, users, walletEntries, withdrawals, type WalletEntry } from "../schema";

type WalletEntryKind = WalletEntry["kind"];

/**
 * Takes the creator's wallet lock for the rest of the transaction (their user row, FOR UPDATE):
 * every withdrawal reads the balance and writes its entry under it, so two at once take turns and
 * can never spend the same money. Credits (commissions becoming available) need no lock.
 */
export async function lockWallet(db: Database, creatorId: string): Promise<void> {
  await db.select({ id: users.id }).from(users).where(eq(users.id, creatorId)).for("update");
}

/** The available balance of one wallet: the sum of its ledger entries. */
export async function availableBalance(db: Database, creatorId: string, currency: CurrencyCode): Promise<number> {
  const [row] = await db
    .select({ total: sum(walletEntries.amountMinor).mapWith(Number) })
    .from(walletEntries)
    .where(and(eq(walletEntries.creatorId, creatorId), eq(walletEntries.currency, currency)));
  return row?.total ?? 0;
}

export type WalletBalance = {
  currency: CurrencyCode;
  /** Paid orders not completed yet. */
  pendingMinor: number;
  /** Completed orders in their holding period. */
  lockedMinor: number;
  /** The ledger's sum: what can be withdrawn. */
  availableMinor: number;
  /** Withdrawals requested or being processed (already taken from available). */
  inFlightMinor: number;
  paidOutMinor: number;
  /** When the next locked commission becomes available, and how much becomes available then. */
  nextRelease: { at: Date; amountMinor: number } | null;
};

/** The available balance of each of the creator's wallets (one per currency with entries). */
export async function availableBalances(db: Database, creatorId: string): Promise<{ currency: CurrencyCode; total: number }[]> {
  return db
    .select({ currency: walletEntries.currency, total: sum(walletEntries.amountMinor).mapWith(Number) })
    .from(walletEntries)
    .where(eq(walletEntries.creatorId, creatorId))
    .groupBy(walletEntries.currency);
}

/** Every currency the creator has money in, with its balances: the ledger for available, commissions and withdrawals for the rest. */
export async function walletBalances(db: Database, creatorId: string): Promise<WalletBalance[]> {
  const [ledger, byState, payouts, locked] = await Promise.all([
    availableBalances(db, creatorId),
    db
      .select({ currency: commissions.currency, state: commissions.state, total: sum(commissions.amountMinor).mapWith(Number) })
      .from(commissions)
      .where(and(eq(commissions.creatorId, creatorId), inArray(commissions.state, ["pending", "locked"])))
      .groupBy(commissions.currency, commissions.state),
    db
      .select({ currency: withdrawals.currency, state: withdrawals.state, total: sum(withdrawals.amountMinor).mapWith(Number) })
      .from(withdrawals)
      .where(eq(withdrawals.creatorId, creatorId))
      .groupBy(withdrawals.currency, withdrawals.state),
    db
      .select({ currency: commissions.currency, amountMinor: commissions.amountMinor, lockedAt: commissions.lockedAt, holdingDays: shops.holdingDays })
      .from(commissions)
      .innerJoin(orderLines, eq(orderLines.id, commissions.orderLineId))
      .innerJoin(orders, eq(orders.id, orderLines.orderId))
      .innerJoin(shops, eq(shops.id, orders.shopId))
      .where(and(eq(commissions.creatorId, creatorId), eq(commissions.state, "locked"))),
  ]);
  const currencies = new Set<CurrencyCode>([...ledger, ...byState, ...payouts].map((r) => r.currency));
  return [...currencies].sort().map((currency) => {
    const releases = locked
      .filter((l) => l.currency === currency && l.lockedAt)
      .map((l) => ({ at: new Date(l.lockedAt!.getTime() + l.holdingDays * 86_400_000), amountMinor: l.amountMinor }));
    const first = releases.reduce<Date | null>((min, r) => (!min || r.at < min ? r.at : min), null);
    const sameDay = (d: Date) => first && d.toISOString().slice(0, 10) === first.toISOString().slice(0, 10);
    return {
      currency,
      pendingMinor: byState.find((r) => r.currency === currency && r.state === "pending")?.total ?? 0,
      lockedMinor: byState.find((r) => r.currency === currency && r.state === "locked")?.total ?? 0,
      availableMinor: ledger.find((r) => r.currency === currency)?.total ?? 0,
      inFlightMinor: payouts.filter((r) => r.currency === currency && (r.state === "requested" || r.state === "processing")).reduce((s, r) => s + r.total, 0),
      paidOutMinor: payouts.find((r) => r.currency === currency && r.state === "paid")?.total ?? 0,
      nextRelease: first ? { at: first, amountMinor: releases.filter((r) => sameDay(r.at)).reduce((s, r) => s + r.amountMinor, 0) } : null,
    };
  });
}

export type EntryFilters = { currency?: CurrencyCode; kind?: WalletEntryKind; from?: Date; to?: Date };

/**
 * The creator's ledger, newest first, each entry with the balance of its wallet right after it
 * (the running balance is computed over the whole wallet, then filtered, so it is always the true one).
 */
export async function walletHistory(db: Database, creatorId: string, filters: EntryFilters, page: { limit: number; offset: number }) {
  const running = db
    .select({
      id: walletEntries.id,
      currency: walletEntries.currency,
      amountMinor: walletEntries.amountMinor,
      kind: walletEntries.kind,
      reason: walletEntries.reason,
      commissionId: walletEntries.commissionId,
      withdrawalId: walletEntries.withdrawalId,
      createdAt: walletEntries.createdAt,
      balanceMinor: sql<number>`sum(${walletEntries.amountMinor}) over (partition by ${walletEntries.currency} order by ${walletEntries.createdAt}, ${walletEntries.id})`.mapWith(Number).as("balance_minor"),
    })
    .from(walletEntries)
    .where(eq(walletEntries.creatorId, creatorId))
    .as("running");
  const where = and(
    filters.currency ? eq(running.currency, filters.currency) : undefined,
    filters.kind ? eq(running.kind, filters.kind) : undefined,
    filters.from ? gte(running.createdAt, filters.from) : undefined,
    filters.to ? lt(running.createdAt, filters.to) : undefined,
  );
  const [rows, [counted]] = await Promise.all([
    // A commission's entry names what earned it: the product and the order (left joins: other entries have none).
    db
      .select({
        id: running.id,
        currency: running.currency,
        amountMinor: running.amountMinor,
        kind: running.kind,
        reason: running.reason,
        commissionId: running.commissionId,
        withdrawalId: running.withdrawalId,
        createdAt: running.createdAt,
        balanceMinor: running.balanceMinor,
        productTitle: products.title,
        orderId: orders.id,
        orderExternalId: orders.externalId,
      })
      .from(running)
      .leftJoin(commissions, eq(commissions.id, running.commissionId))
      .leftJoin(orderLines, eq(orderLines.id, commissions.orderLineId))
      .leftJoin(products, eq(products.id, orderLines.productId))
      .leftJoin(orders, eq(orders.id, orderLines.orderId))
      .where(where)
      .orderBy(desc(running.createdAt), desc(running.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(running).where(where),
  ]);
  return { rows, total: counted?.n ?? 0 };
}

export async function creatorWithdrawals(db: Database, creatorId: string, limit = 50) {
  return db
    .select({ withdrawal: withdrawals, methodLabel: payoutMethods.label })
    .from(withdrawals)
    .innerJoin(payoutMethods, eq(payoutMethods.id, withdrawals.payoutMethodId))
    .where(eq(withdrawals.creatorId, creatorId))
    .orderBy(desc(withdrawals.requestedAt), desc(withdrawals.id))
    .limit(limit);
}

export async function findWithdrawalByKey(db: Database, { creatorId, idempotencyKey }: { creatorId: string; idempotencyKey: string }) {
  const [row] = await db
    .select()
    .from(withdrawals)
    .where(and(eq(withdrawals.creatorId, creatorId), eq(withdrawals.idempotencyKey, idempotencyKey)));
  return row;
}

/** The creator's payout methods still in use: the full account details never leave the server through this. */
export async function creatorPayoutMethods(db: Database, creatorId: string) {
  return db
    .select({ id: payoutMethods.id, kind: payoutMethods.kind, label: payoutMethods.label, last4: payoutMethods.last4, isDefault: payoutMethods.isDefault, createdAt: payoutMethods.createdAt })
    .from(payoutMethods)
    .where(and(eq(payoutMethods.creatorId, creatorId), isNull(payoutMethods.deletedAt)))
    .orderBy(desc(payoutMethods.isDefault), asc(payoutMethods.createdAt));
}

/** One of the creator's own payout methods (never another creator's), with its details for the server's use. */
export async function findCreatorPayoutMethod(db: Database, { creatorId, methodId }: { creatorId: string; methodId: string }) {
  const [row] = await db
    .select()
    .from(payoutMethods)
    .where(and(eq(payoutMethods.id, methodId), eq(payoutMethods.creatorId, creatorId), isNull(payoutMethods.deletedAt)));
  return row;
}

/** Creators who asked for automatic withdrawal, with their default payout method if they have one. */
export async function autoWithdrawCreators(db: Database) {
  return db
    .select({ creatorId: creatorProfiles.userId, methodId: payoutMethods.id })
    .from(creatorProfiles)
    .leftJoin(payoutMethods, and(eq(payoutMethods.creatorId, creatorProfiles.userId), eq(payoutMethods.isDefault, true), isNull(payoutMethods.deletedAt)))
    .where(eq(creatorProfiles.autoWithdraw, true));
}

export async function creatorAutoWithdraw(db: Database, creatorId: string): Promise<boolean> {
  const [row] = await db.select({ on: creatorProfiles.autoWithdraw }).from(creatorProfiles).where(eq(creatorProfiles.userId, creatorId));
  return row?.on ?? false;
}

export async function setCreatorAutoWithdraw(db: Database, creatorId: string, enabled: boolean): Promise<void> {
  await db.update(creatorProfiles).set({ autoWithdraw: enabled }).where(eq(creatorProfiles.userId, creatorId));
}

/** Whether the automatic withdrawal of this (local) day already ran for the creator. */
export async function autoWithdrawalsOn(db: Database, creatorId: string, isoDate: string) {
  return db
    .select({ id: withdrawals.id, currency: withdrawals.currency, amountMinor: withdrawals.amountMinor })
    .from(withdrawals)
    .where(and(eq(withdrawals.creatorId, creatorId), sql`${withdrawals.idempotencyKey} like ${`auto:${isoDate}:%`}`));
}
