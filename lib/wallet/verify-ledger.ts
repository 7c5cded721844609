import "server-only";
import { sql } from "drizzle-orm";
import { executeRows, type Database } from "@/db/client";

export type LedgerProblem = { creatorId: string; currency: string; check: string; detail: string };
export type LedgerReport = { wallets: number; entries: number; problems: LedgerProblem[] };

type Row = { creator_id: string; currency: string; detail: string };

/**
 * The ledger's invariant check (`npm run jobs -- verify-ledger`). It recomputes every wallet from
 * what its money comes from (commissions that became available, clawbacks, admin adjustments,
 * withdrawals that were not returned) and compares it with the sum of its entries, then checks each
 * entry against its cause: one "available" entry per available or paid commission, for its amount;
 * one "requested" entry per withdrawal for minus its amount; one "returned" entry exactly for the
 * failed and rejected ones; clawbacks never more than the commission; adjustments with a reason and an admin.
 * Read-only; an empty problem list means the books balance.
 */
export async function verifyLedger(db: Database): Promise<LedgerReport> {
  const checks: [string, ReturnType<typeof sql>][] = [
    [
      "balance",
      sql`with ledger as (
            select creator_id, currency, sum(amount_minor) as total,
                   sum(amount_minor) filter (where kind in ('clawback', 'adjustment')) as other
            from wallet_entries group by creator_id, currency),
          earned as (
            select creator_id, currency, sum(amount_minor) as total from commissions where state in ('available', 'paid') group by creator_id, currency),
          taken as (
            select creator_id, currency, sum(amount_minor) as total from withdrawals where state not in ('failed', 'rejected') group by creator_id, currency),
          wallets as (select creator_id, currency from ledger union select creator_id, currency from earned union select creator_id, currency from taken)
          select w.creator_id, w.currency,
                 'entries sum to ' || coalesce(l.total, 0) || ', sources give ' || (coalesce(e.total, 0) + coalesce(l.other, 0) - coalesce(t.total, 0)) as detail
          from wallets w
          left join ledger l using (creator_id, currency)
          left join earned e using (creator_id, currency)
          left join taken t using (creator_id, currency)
          where coalesce(l.total, 0) <> coalesce(e.total, 0) + coalesce(l.other, 0) - coalesce(t.total, 0)`,
    ],
    [
      "commission available entry",
      sql`select c.creator_id, c.currency, 'commission ' || c.id || ' is ' || c.state || ' with ' || count(e.id) || ' available entries for ' || coalesce(sum(e.amount_minor), 0) || ', its amount is ' || c.amount_minor as detail
          from commissions c
          left join wallet_entries e on e.commission_id = c.id and e.kind = 'commission_available'
          group by c.id
          having (c.state in ('available', 'paid') and (count(e.id) <> 1 or sum(e.amount_minor) <> c.amount_minor))
              or (c.state not in ('available', 'paid') and count(e.id) > 0)`,
    ],
    [
      "entry owner",
      sql`select e.creator_id, e.currency, e.kind || ' entry ' || e.id || ' does not match the creator or currency of its ' || case when e.commission_id is not null then 'commission' else 'withdrawal' end as detail
          from wallet_entries e
          left join commissions c on c.id = e.commission_id
          left join withdrawals w on w.id = e.withdrawal_id
          where (e.commission_id is not null and (c.creator_id <> e.creator_id or c.currency <> e.currency))
             or (e.withdrawal_id is not null and (w.creator_id <> e.creator_id or w.currency <> e.currency))
             or (e.kind in ('commission_available', 'clawback') and e.commission_id is null)
             or (e.kind in ('withdrawal_requested', 'withdrawal_returned') and e.withdrawal_id is null)`,
    ],
    [
      "clawback",
      sql`select c.creator_id, c.currency, 'commission ' || c.id || ' has clawbacks of ' || sum(e.amount_minor) || ' against ' || c.amount_minor as detail
          from wallet_entries e join commissions c on c.id = e.commission_id
          where e.kind = 'clawback'
          group by c.id
          having bool_or(e.amount_minor >= 0) or -sum(e.amount_minor) > c.amount_minor`,
    ],
    [
      "withdrawal entries",
      sql`select w.creator_id, w.currency, 'withdrawal ' || w.id || ' (' || w.state || ', ' || w.amount_minor || ') has requested entries ' || coalesce(sum(e.amount_minor) filter (where e.kind = 'withdrawal_requested'), 0) || ' and returned entries ' || coalesce(sum(e.amount_minor) filter (where e.kind = 'withdrawal_returned'), 0) as detail
          from withdrawals w left join wallet_entries e on e.withdrawal_id = w.id
          group by w.id
          having count(e.id) filter (where e.kind = 'withdrawal_requested') <> 1
              or sum(e.amount_minor) filter (where e.kind = 'withdrawal_requested') <> -w.amount_minor
              or count(e.id) filter (where e.kind = 'withdrawal_returned') <> (case when w.state in ('failed', 'rejected') then 1 else 0 end)
              or coalesce(sum(e.amount_minor) filter (where e.kind = 'withdrawal_returned'), w.amount_minor) <> w.amount_minor`,
    ],
    [
      "adjustment",
      sql`select creator_id, currency, 'adjustment ' || id || ' has no ' || case when created_by_user_id is null then 'admin' else 'reason' end as detail
          from wallet_entries
          where kind = 'adjustment' and (created_by_user_id is null or coalesce(trim(reason), '') = '' or amount_minor = 0)`,
    ],
  ];
  const problems: LedgerProblem[] = [];
  for (const [check, query] of checks) {
    for (const row of await executeRows<Row>(db, sql`${query} limit 100`)) problems.push({ creatorId: row.creator_id, currency: row.currency.trim(), check, detail: row.detail });
  }
  const [counts] = await executeRows<{ wallets: number | string; entries: number | string }>(
    db,
    sql`select (select count(*) from (select distinct creator_id, currency from wallet_entries) w) as wallets, (select count(*) from wallet_entries) as entries`,
  );
  return { wallets: Number(counts?.wallets ?? 0), entries: Number(counts?.entries ?? 0), problems };
}
