import "server-only";
import { and, asc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import { commissions, creatorProfiles, orderLines, orders, products, walletEntries } from "../schema";

/**
 * A shop's commission statements, read from the creators' append-only wallet ledger: what became
 * available money on the shop's orders (commission_available) and what was taken back after a
 * refund (clawback, negative). So a statement is exactly what the creators' wallets received. The
 * shop is in the WHERE clause, through commission → order line → order.
 */

const STATEMENT_KINDS = ["commission_available", "clawback"] as const;
export type StatementEntryKind = (typeof STATEMENT_KINDS)[number];

function shopEntries(shopId: string, from: Date | undefined, before: Date): SQL {
  const conditions: SQL[] = [eq(orders.shopId, shopId), inArray(walletEntries.kind, [...STATEMENT_KINDS]), lt(walletEntries.createdAt, before)];
  if (from) conditions.push(gte(walletEntries.createdAt, from));
  return and(...conditions)!;
}

/**
 * Per month (in `timeZone`) and currency between `from` and `before`, newest first: the commissions
 * that became available, the clawbacks (zero or negative) and the number of ledger entries. Months
 * without entries are absent.
 */
export async function shopStatementMonths(db: Database, { shopId, timeZone, from, before }: { shopId: string; timeZone: string; from: Date; before: Date }) {
  const month = sql<string>`to_char(${walletEntries.createdAt} at time zone ${timeZone}, 'YYYY-MM')`;
  const rows = await db
    .select({
      month,
      currency: walletEntries.currency,
      availableMinor: sql<number>`coalesce(sum(${walletEntries.amountMinor}) filter (where ${walletEntries.kind} = 'commission_available'), 0)::bigint`.mapWith(Number),
      clawbacksMinor: sql<number>`coalesce(sum(${walletEntries.amountMinor}) filter (where ${walletEntries.kind} = 'clawback'), 0)::bigint`.mapWith(Number),
      entries: sql<number>`count(*)::int`.mapWith(Number),
    })
    .from(walletEntries)
    .innerJoin(commissions, eq(commissions.id, walletEntries.commissionId))
    .innerJoin(orderLines, eq(orderLines.id, commissions.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(shopEntries(shopId, from, before))
    .groupBy(sql`1`, walletEntries.currency)
    .orderBy(sql`1 desc`, walletEntries.currency);
  return rows.map((r) => ({ ...r, totalMinor: r.availableMinor + r.clawbacksMinor }));
}

export type ShopStatementMonth = Awaited<ReturnType<typeof shopStatementMonths>>[number];

/** Whether the shop has statement entries before `before` (the "Older" link). */
export async function hasShopStatementsBefore(db: Database, { shopId, before }: { shopId: string; before: Date }): Promise<boolean> {
  const [row] = await db
    .select({ id: walletEntries.id })
    .from(walletEntries)
    .innerJoin(commissions, eq(commissions.id, walletEntries.commissionId))
    .innerJoin(orderLines, eq(orderLines.id, commissions.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(shopEntries(shopId, undefined, before))
    .limit(1);
  return Boolean(row);
}

/** The ledger entries of a month's statement, oldest first, at most `limit`. */
export async function shopStatementLines(db: Database, { shopId, from, before, limit }: { shopId: string; from: Date; before: Date; limit: number }) {
  return db
    .select({
      id: walletEntries.id,
      at: walletEntries.createdAt,
      kind: sql<StatementEntryKind>`${walletEntries.kind}`,
      currency: walletEntries.currency,
      amountMinor: walletEntries.amountMinor,
      creatorHandle: creatorProfiles.handle,
      orderId: orders.id,
      orderExternalId: orders.externalId,
      lineRef: orderLines.lineRef,
      productTitle: products.title,
    })
    .from(walletEntries)
    .innerJoin(commissions, eq(commissions.id, walletEntries.commissionId))
    .innerJoin(orderLines, eq(orderLines.id, commissions.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(products, eq(products.id, orderLines.productId))
    .leftJoin(creatorProfiles, eq(creatorProfiles.userId, walletEntries.creatorId))
    .where(shopEntries(shopId, from, before))
    .orderBy(asc(walletEntries.createdAt), asc(walletEntries.id))
    .limit(limit);
}

export type ShopStatementLine = Awaited<ReturnType<typeof shopStatementLines>>[number];
