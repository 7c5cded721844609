import type { Metadata } from "next";
import type { ReactNode } from "react";
import { recentAudit } from "@/db/queries/audit";
import { recentlySettledWithdrawals, userNamesById, withdrawalsInState, withdrawalTotalsByState, type QueuedWithdrawal, type WithdrawalStateTotals } from "@/db/queries/payouts";
import { AdjustWalletForm } from "@/components/admin/payouts/adjust-wallet-form";
import { WithdrawalMinimumsForm } from "@/components/admin/payouts/withdrawal-minimums-form";
import { WithdrawalQueue, type QueueRow } from "@/components/admin/payouts/withdrawal-queue";
import { StateBadge } from "@/components/ui/state-badge";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { formatMoney, formatMoneyPlain } from "@/lib/money";
import { formatUtcDateTime } from "@/lib/plans/dates";
import { WITHDRAWAL_MINIMUM_SETTING, withdrawalMinimumTable } from "@/lib/wallet/settings";

export const metadata: Metadata = { title: "Payouts" };

/** The oldest requests are worked first; more than this at once is shown as "the oldest N of M". */
const QUEUE_LIMIT = 200;
const RECENT_LIMIT = 20;

const STATE_LABELS: Record<WithdrawalStateTotals["state"], string> = { requested: "Requested", processing: "Processing", paid: "Paid", failed: "Failed", rejected: "Rejected" };

function totalsHint(totals: WithdrawalStateTotals["totals"]): string {
  return totals.length === 0 ? "Nothing" : totals.map((t) => formatMoney(t.amountMinor, t.currency)).join(" · ");
}

function queueRow(w: QueuedWithdrawal): QueueRow {
  return {
    id: w.id,
    creatorName: w.creatorName,
    creatorEmail: w.creatorEmail,
    currency: w.currency,
    amountMinor: w.amountMinor,
    amount: formatMoney(w.amountMinor, w.currency),
    methodLabel: w.methodLabel,
    methodKind: w.methodKind,
    requestedAt: formatUtcDateTime(w.requestedAt),
    requestedAtIso: w.requestedAt.toISOString(),
    approvedAt: w.processedAt ? formatUtcDateTime(w.processedAt) : undefined,
    approvedAtIso: w.processedAt?.toISOString(),
  };
}

function Section({ id, title, description, actions, children }: { id: string; title: string; description?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10">
      <div className="mb-3 flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          {description ? <p className="mt-0.5 text-sm text-slate-600">{description}</p> : null}
        </div>
        {actions ? <div className="flex shrink-0 gap-2">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}

function Time({ at }: { at: Date | null }) {
  return at ? <time dateTime={at.toISOString()}>{formatUtcDateTime(at)}</time> : <>—</>;
}

function showing(shown: number, total: number): string | null {
  return total > shown ? `Showing the oldest ${shown.toLocaleString("en")} of ${total.toLocaleString("en")}.` : null;
}

export default async function PayoutsPage() {
  const { db } = await pageActor("admin");
  const [totals, requested, processing, settled, payoutAudit, walletAudit, minimumAudit, minimums] = await Promise.all([
    withdrawalTotalsByState(db),
    withdrawalsInState(db, "requested", { limit: QUEUE_LIMIT, offset: 0 }),
    withdrawalsInState(db, "processing", { limit: QUEUE_LIMIT, offset: 0 }),
    recentlySettledWithdrawals(db, RECENT_LIMIT),
    recentAudit(db, "payout:", RECENT_LIMIT),
    recentAudit(db, "wallet:", RECENT_LIMIT),
    recentAudit(db, `setting:${WITHDRAWAL_MINIMUM_SETTING}`, RECENT_LIMIT),
    withdrawalMinimumTable(db),
  ]);
  const audit = [...payoutAudit, ...walletAudit, ...minimumAudit]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .slice(0, RECENT_LIMIT);
  const names = await userNamesById(
    db,
    audit.flatMap((a) => [a.actorUserId, a.subjectId].filter((id): id is string => !!id)),
  );

  return (
    <>
      <PageHeader title="Payouts" description="Creators’ withdrawals: approve them, send the money with the payout file, then mark them paid. Times are in UTC." />

      <div className="grid grid-cols-2 gap-4 lg:grid-cols-5">
        {totals.map((t) => (
          <Stat key={t.state} label={STATE_LABELS[t.state]} value={t.count.toLocaleString("en")} hint={totalsHint(t.totals)} />
        ))}
      </div>

      <Section
        id="requested"
        title="Waiting for approval"
        description={
          <>
            Oldest first. Approving moves them to processing; rejecting returns the money to the creator with your reason.{" "}
            {showing(requested.rows.length, requested.total)}
          </>
        }
      >
        <WithdrawalQueue
          stage="requested"
          rows={requested.rows.map(queueRow)}
          empty={<EmptyState title="No withdrawals waiting for approval">New requests from creators show up here.</EmptyState>}
        />
      </Section>

      <Section
        id="processing"
        title="Processing"
        description={
          <>
            Approved, to be paid. Download the payout file for the bank, then mark each one paid, or failed if the bank returned it.{" "}
            {showing(processing.rows.length, processing.total)}
          </>
        }
        actions={
          // A plain link: the browser downloads the file (a client-side navigation would not).
          <a href="/admin/payouts/payout-file.csv" download className={buttonClass({ variant: "secondary" })}>
            Download payout file (CSV)
          </a>
        }
      >
        <WithdrawalQueue
          stage="processing"
          rows={processing.rows.map(queueRow)}
          empty={<EmptyState title="No withdrawals being processed">Approved withdrawals wait here until they are paid.</EmptyState>}
        />
      </Section>

      <Section id="settled" title="Recently settled" description={`The last ${RECENT_LIMIT} paid, rejected or failed withdrawals.`}>
        {settled.length === 0 ? (
          <EmptyState title="No withdrawals settled yet" />
        ) : (
          <Table head={["Creator", "Amount", "Payout method", "Outcome", "Settled", "Reason"]}>
            {settled.map((w) => (
              <tr key={w.id}>
                <Td>
                  <span className="block max-w-56 truncate font-medium text-slate-900">{w.creatorName}</span>
                  <span className="block max-w-56 truncate text-xs text-slate-500">{w.creatorEmail}</span>
                </Td>
                <Td className="tabular-nums">{formatMoney(w.amountMinor, w.currency)}</Td>
                <Td>
                  <span className="font-mono text-xs">{w.methodLabel}</span>
                </Td>
                <Td>
                  <StateBadge state={w.state} />
                </Td>
                <Td>
                  <Time at={w.settledAt} />
                </Td>
                <Td>{w.failureReason ? <span className="block min-w-48 max-w-sm whitespace-normal">{w.failureReason}</span> : <span className="text-slate-400">—</span>}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>

      <Section id="adjust" title="Adjust a wallet" description="A manual credit or debit with a reason, written to the creator’s ledger and the audit log.">
        <Card className="max-w-3xl">
          <AdjustWalletForm />
        </Card>
      </Section>

      <Section id="minimums" title="Withdrawal minimums" description="The smallest withdrawal per currency, manual or automatic. The defaults are worth about US$10.">
        <Card className="max-w-3xl">
          <WithdrawalMinimumsForm rows={minimums.map((m) => ({ currency: m.currency, value: formatMoneyPlain(m.minimumMinor, m.currency), defaultText: formatMoney(m.defaultMinor, m.currency) }))} />
        </Card>
      </Section>

      <Section id="audit" title="Audit log" description={`The last ${RECENT_LIMIT} payout and wallet actions by admins.`}>
        {audit.length === 0 ? (
          <EmptyState title="No payout or wallet actions yet" />
        ) : (
          <Table head={["Time", "Action", "By", "Subject", "Detail"]}>
            {audit.map((a) => (
              <tr key={a.id}>
                <Td>
                  <Time at={a.createdAt} />
                </Td>
                <Td>
                  <span className="font-mono text-xs">{a.action}</span>
                </Td>
                <Td>{a.actorUserId ? (names.get(a.actorUserId) ?? a.actorUserId) : "—"}</Td>
                <Td>{a.subjectId ? (names.get(a.subjectId) ?? <span className="font-mono text-xs">{a.subjectId}</span>) : "—"}</Td>
                <Td>{a.detail ? <span className="block min-w-48 max-w-md whitespace-normal">{a.detail}</span> : "—"}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
    </>
  );
}
