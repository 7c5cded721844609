import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { recentAudit } from "@/db/queries/audit";
import { recentlySettledWithdrawals, userNamesById, withdrawalsInState, withdrawalTotalsByState, type QueuedWithdrawal, type WithdrawalStateTotals } from "@/db/queries/payouts";
import { AdjustWalletForm } from "@/components/admin/payouts/adjust-wallet-form";
import { WithdrawalMinimumsForm } from "@/components/admin/payouts/withdrawal-minimums-form";
import { WithdrawalQueue, type QueueRow } from "@/components/admin/payouts/withdrawal-queue";
import { StateBadge } from "@/components/ui/state-badge";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { DateTime } from "@/components/ui/formatted";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { getReaderFormat, storedTextTranslator } from "@/server/i18n";
import type { ReaderFormat } from "@/lib/i18n/format";
import { formatMoneyPlain } from "@/lib/money";
import { WITHDRAWAL_MINIMUM_SETTING, withdrawalMinimumTable } from "@/lib/wallet/settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.payouts"))("title") };
}

/** The oldest requests are worked first; more than this at once is shown as "the oldest N of M". */
const QUEUE_LIMIT = 200;
const RECENT_LIMIT = 20;

function totalsHint(totals: WithdrawalStateTotals["totals"], format: ReaderFormat, nothing: string): string {
  return totals.length === 0 ? nothing : totals.map((t) => format.money(t.amountMinor, t.currency)).join(" · ");
}

/** Formatted here, in the reader's language and time zone; the UTC instant goes in the tooltip. */
function queueRow(w: QueuedWithdrawal, format: ReaderFormat): QueueRow {
  return {
    id: w.id,
    creatorName: w.creatorName,
    creatorEmail: w.creatorEmail,
    currency: w.currency,
    amountMinor: w.amountMinor,
    amount: format.money(w.amountMinor, w.currency),
    methodLabel: w.methodLabel,
    methodKind: w.methodKind,
    requestedAt: { text: format.moment(w.requestedAt), utc: format.utc(w.requestedAt), iso: w.requestedAt.toISOString() },
    approvedAt: w.processedAt ? { text: format.moment(w.processedAt), utc: format.utc(w.processedAt), iso: w.processedAt.toISOString() } : undefined,
  };
}

function Section({ id, title, description, actions, children }: { id: string; title: string; description?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10">
      <div className="mb-3 flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0">
          <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          {description ? <p className="mt-0.5 text-sm text-slate-600">{description}</p> : null}
        </div>
        {actions ? <div className="flex shrink-0 flex-wrap gap-2">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}

function Time({ at }: { at: Date | null }) {
  return at ? <DateTime at={at} exact /> : <>—</>;
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

  const [t, tc, ts, format, translateStored] = await Promise.all([
    getTranslations("admin.payouts"),
    getTranslations("admin.payouts.columns"),
    getTranslations("common.states"),
    getReaderFormat(),
    storedTextTranslator(),
  ]);
  const showing = (shown: number, total: number) => (total > shown ? t("showing", { shown: format.number(shown), total: format.number(total) }) : null);
  const toQueueRow = (w: QueuedWithdrawal) => queueRow(w, format);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />

      <div className="grid grid-cols-2 gap-4 lg:grid-cols-5">
        {totals.map((total) => (
          <Stat key={total.state} label={ts(total.state)} value={format.number(total.count)} hint={totalsHint(total.totals, format, t("nothing"))} />
        ))}
      </div>

      <Section
        id="requested"
        title={t("requestedTitle")}
        description={
          <>
            {t("requestedText")} {showing(requested.rows.length, requested.total)}
          </>
        }
      >
        <WithdrawalQueue
          stage="requested"
          rows={requested.rows.map(toQueueRow)}
          empty={<EmptyState title={t("requestedEmpty")}>{t("requestedEmptyText")}</EmptyState>}
        />
      </Section>

      <Section
        id="processing"
        title={t("processingTitle")}
        description={
          <>
            {t("processingText")} {showing(processing.rows.length, processing.total)}
          </>
        }
        actions={
          // A plain link: the browser downloads the file (a client-side navigation would not).
          <a href="/admin/payouts/payout-file.csv" download className={buttonClass({ variant: "secondary" })}>
            {t("download")}
          </a>
        }
      >
        <WithdrawalQueue
          stage="processing"
          rows={processing.rows.map(toQueueRow)}
          empty={<EmptyState title={t("processingEmpty")}>{t("processingEmptyText")}</EmptyState>}
        />
      </Section>

      <Section id="settled" title={t("settledTitle")} description={t("settledText", { count: RECENT_LIMIT })}>
        {settled.length === 0 ? (
          <EmptyState title={t("settledEmpty")} />
        ) : (
          <Table head={[tc("creator"), tc("amount"), tc("method"), tc("outcome"), tc("settled"), tc("reason")]}>
            {settled.map((w) => (
              <tr key={w.id}>
                <Td>
                  <span className="block truncate font-medium text-slate-900 sm:max-w-56">{w.creatorName}</span>
                  <span className="block break-all text-xs text-slate-500 sm:max-w-56 sm:truncate">{w.creatorEmail}</span>
                </Td>
                <Td label={tc("amount")} className="tabular-nums">
                  {format.money(w.amountMinor, w.currency)}
                </Td>
                <Td label={tc("method")}>
                  <span className="break-words font-mono text-xs">{w.methodLabel}</span>
                </Td>
                <Td label={tc("outcome")}>
                  <StateBadge state={w.state} />
                </Td>
                <Td label={tc("settled")}>
                  <Time at={w.settledAt} />
                </Td>
                <Td label={tc("reason")}>
                  {w.failureReason ? <span className="block min-w-0 whitespace-normal break-words sm:min-w-48 sm:max-w-sm">{w.failureReason}</span> : <span className="text-slate-400">—</span>}
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>

      <Section id="adjust" title={t("adjustTitle")} description={t("adjustText")}>
        <Card className="max-w-3xl">
          <AdjustWalletForm />
        </Card>
      </Section>

      <Section id="minimums" title={t("minimumsTitle")} description={t("minimumsText")}>
        <Card className="max-w-3xl">
          <WithdrawalMinimumsForm rows={minimums.map((m) => ({ currency: m.currency, value: formatMoneyPlain(m.minimumMinor, m.currency), defaultText: format.money(m.defaultMinor, m.currency) }))} />
        </Card>
      </Section>

      <Section id="audit" title={t("auditTitle")} description={t("auditText", { count: RECENT_LIMIT })}>
        {audit.length === 0 ? (
          <EmptyState title={t("auditEmpty")} />
        ) : (
          <Table head={[tc("time"), tc("action"), tc("by"), tc("subject"), tc("detail")]}>
            {audit.map((a) => (
              <tr key={a.id}>
                <Td>
                  <Time at={a.createdAt} />
                </Td>
                <Td label={tc("action")}>
                  <span className="break-all font-mono text-xs">{a.action}</span>
                </Td>
                <Td label={tc("by")}>{a.actorUserId ? (names.get(a.actorUserId) ?? a.actorUserId) : "—"}</Td>
                <Td label={tc("subject")}>{a.subjectId ? (names.get(a.subjectId) ?? <span className="break-all font-mono text-xs">{a.subjectId}</span>) : "—"}</Td>
                <Td label={tc("detail")}>{a.detail ? <span className="block min-w-0 whitespace-normal break-words sm:min-w-48 sm:max-w-md">{translateStored(a.detail)}</span> : "—"}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
    </>
  );
}
