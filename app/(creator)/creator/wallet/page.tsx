import type { Metadata } from "next";
import Link from "next/link";
import { autoWithdrawalsOn, creatorAutoWithdraw, creatorPayoutMethods, creatorWithdrawals, walletBalances, walletHistory } from "@/db/queries/wallet";
import { AutoWithdrawSwitch } from "@/components/wallet/auto-withdraw-switch";
import { PayoutMethodForm } from "@/components/wallet/payout-method-form";
import { PayoutMethodList } from "@/components/wallet/payout-method-list";
import { WithdrawForm } from "@/components/wallet/withdraw-form";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/input";
import { Pagination } from "@/components/ui/pagination";
import { StateBadge } from "@/components/ui/state-badge";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { zonedDay } from "@/lib/clock";
import { formatMoney, SUPPORTED_CURRENCIES } from "@/lib/money";
import { formatUtcDateTime } from "@/lib/plans/dates";
import { WALLET_ENTRY_KINDS, WALLET_ENTRY_LABELS } from "@/lib/validation/wallet";
import { nextAutoWithdrawalDate } from "@/lib/wallet/auto-withdraw";
import { HISTORY_QUERY_KEYS, historyFilters } from "@/lib/wallet/history-filters";
import { canWithdraw } from "@/lib/wallet/rules";
import { platformTimeZone, withdrawalMinimums } from "@/lib/wallet/settings";
import { pageNumber, readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Wallet" };

const PAGE_SIZE = 25;

export default async function WalletPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, user, at } = await pageActor("creator");
  const query = readSearchParams(await searchParams, [...HISTORY_QUERY_KEYS, "page"]);
  const { filters, applied } = historyFilters(query);
  const page = pageNumber(query.page);
  const today = zonedDay(at, platformTimeZone());
  const [balances, methods, withdrawals, history, autoOn, doneToday, minimumOf] = await Promise.all([
    walletBalances(db, user.id),
    creatorPayoutMethods(db, user.id),
    creatorWithdrawals(db, user.id),
    walletHistory(db, user.id, filters, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    creatorAutoWithdraw(db, user.id),
    autoWithdrawalsOn(db, user.id, today.isoDate),
    withdrawalMinimums(db),
  ]);
  const withdrawable = balances.filter((b) => b.availableMinor > 0).map((b) => ({ currency: b.currency, availableMinor: b.availableMinor, minimumMinor: minimumOf(b.currency) }));
  const nextAuto = nextAutoWithdrawalDate(at, doneToday.length > 0);
  const autoAmounts = balances.filter((b) => canWithdraw({ amountMinor: "all", availableMinor: b.availableMinor, minimumMinor: minimumOf(b.currency), currency: b.currency }).ok);
  const defaultMethod = methods.find((m) => m.isDefault);
  const csvQuery = new URLSearchParams(Object.entries(applied).filter((e): e is [string, string] => !!e[1])).toString();

  return (
    <>
      <PageHeader title="Wallet" description="Your earnings by currency, what you can withdraw, and every movement of your money. Times are in UTC." />

      {balances.length === 0 ? (
        <EmptyState title="Nothing in your wallet yet" action={<ButtonLink href="/creator/products">Find a product to link</ButtonLink>}>
          When an order through your links completes and its holding period passes, the commission lands here and you can withdraw it.
        </EmptyState>
      ) : (
        <section aria-label="Balances" className="space-y-4">
          {balances.map((b) => (
            <Card key={b.currency}>
              <h2 className="text-sm font-semibold text-slate-500">{b.currency}</h2>
              <dl className="mt-2 grid grid-cols-2 gap-4 sm:grid-cols-5">
                <Amount label="Available" value={formatMoney(b.availableMinor, b.currency)} strong testId={`available-${b.currency}`} />
                <Amount label="Pending" value={formatMoney(b.pendingMinor, b.currency)} hint="Orders not completed yet" />
                <Amount
                  label="Locked"
                  value={formatMoney(b.lockedMinor, b.currency)}
                  hint={b.nextRelease ? `Next: ${formatMoney(b.nextRelease.amountMinor, b.currency)} on ${b.nextRelease.at.toISOString().slice(0, 10)}` : "In the holding period"}
                />
                <Amount label="Being paid out" value={formatMoney(b.inFlightMinor, b.currency)} hint="Requested or processing" />
                <Amount label="Paid out" value={formatMoney(b.paidOutMinor, b.currency)} />
              </dl>
            </Card>
          ))}
        </section>
      )}

      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">Withdraw</h2>
          {methods.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">Add a bank account or an e-wallet below to withdraw.</p>
          ) : withdrawable.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">Nothing is available to withdraw yet.</p>
          ) : (
            <div className="mt-3">
              <WithdrawForm balances={withdrawable} methods={methods} />
            </div>
          )}
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">Automatic withdrawal</h2>
          <p className="mt-1 text-sm text-slate-600">
            Every Wednesday ({platformTimeZone()}), each whole available balance at or above its minimum goes to your default payout method.
          </p>
          <div className="mt-3 space-y-3 text-sm">
            {autoOn ? (
              defaultMethod ? (
                <p data-testid="next-auto-payout">
                  Next automatic payout: <strong>{nextAuto.toISOString().slice(0, 10)}</strong>
                  {autoAmounts.length > 0 ? <> of {autoAmounts.map((b) => formatMoney(b.availableMinor, b.currency)).join(" and ")} (at today&apos;s balance)</> : <> (nothing at or above the minimum yet)</>} to{" "}
                  {defaultMethod.label}.
                </p>
              ) : (
                <Alert tone="warning">Automatic withdrawal is on, but you have no payout method: add one below.</Alert>
              )
            ) : null}
            <AutoWithdrawSwitch enabled={autoOn} />
          </div>
        </Card>
      </div>

      <Card className="mt-6">
        <h2 className="text-lg font-semibold">Payout methods</h2>
        <p className="mt-1 text-sm text-slate-600">Only the last four characters are ever shown after saving.</p>
        <div className="mt-3 space-y-5">
          {methods.length > 0 ? <PayoutMethodList methods={methods} /> : null}
          <details open={methods.length === 0} className="rounded-md ring-1 ring-slate-200">
            <summary className="cursor-pointer px-3 py-2 text-sm font-medium">Add a payout method</summary>
            <div className="p-3">
              <PayoutMethodForm first={methods.length === 0} />
            </div>
          </details>
        </div>
      </Card>

      <section className="mt-8" aria-labelledby="withdrawals-heading">
        <h2 id="withdrawals-heading" className="mb-3 text-lg font-semibold">
          Withdrawals
        </h2>
        {withdrawals.length === 0 ? (
          <p className="text-sm text-slate-600">No withdrawals yet.</p>
        ) : (
          <Table head={["Requested", "Amount", "To", "State", "Note"]}>
            {withdrawals.map(({ withdrawal: w, methodLabel }) => (
              <tr key={w.id}>
                <Td>
                  <time dateTime={w.requestedAt.toISOString()}>{formatUtcDateTime(w.requestedAt)}</time>
                </Td>
                <Td>{formatMoney(w.amountMinor, w.currency)}</Td>
                <Td>{methodLabel}</Td>
                <Td>
                  <StateBadge state={w.state} />
                </Td>
                <Td>{w.failureReason ?? (w.idempotencyKey.startsWith("auto:") ? "Automatic" : "")}</Td>
              </tr>
            ))}
          </Table>
        )}
      </section>

      <section className="mt-8" aria-labelledby="history-heading">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <h2 id="history-heading" className="text-lg font-semibold">
            History
          </h2>
          <a className="text-sm font-medium text-brand-700 hover:underline" href={`/creator/wallet/history.csv${csvQuery ? `?${csvQuery}` : ""}`}>
            Export CSV
          </a>
        </div>
        <form className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-5" aria-label="Filter the history">
          <Field id="f-currency" label="Currency">
            <Select id="f-currency" name="currency" defaultValue={applied.currency ?? ""}>
              <option value="">All</option>
              {SUPPORTED_CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </Select>
          </Field>
          <Field id="f-kind" label="Kind">
            <Select id="f-kind" name="kind" defaultValue={applied.kind ?? ""}>
              <option value="">All</option>
              {WALLET_ENTRY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {WALLET_ENTRY_LABELS[k]}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="f-from" label="From">
            <Input id="f-from" type="date" name="from" defaultValue={applied.from ?? ""} />
          </Field>
          <Field id="f-to" label="To">
            <Input id="f-to" type="date" name="to" defaultValue={applied.to ?? ""} />
          </Field>
          <div className="flex items-end gap-2">
            <Button type="submit" variant="secondary">
              Filter
            </Button>
            {csvQuery ? (
              <Link href="/creator/wallet" className="px-2 py-2 text-sm text-slate-600 hover:underline">
                Clear
              </Link>
            ) : null}
          </div>
        </form>
        {history.total === 0 ? (
          <p className="text-sm text-slate-600">{csvQuery ? "No entries match these filters." : "No entries yet."}</p>
        ) : (
          <>
            <Table head={["Date", "What", "Amount", "Balance after"]}>
              {history.rows.map((e) => (
                <tr key={e.id}>
                  <Td>
                    <time dateTime={e.createdAt.toISOString()}>{formatUtcDateTime(e.createdAt)}</time>
                  </Td>
                  <Td>
                    <span className="block font-medium text-slate-900">{WALLET_ENTRY_LABELS[e.kind]}</span>
                    {e.reason ? <span className="block text-xs text-slate-500">{e.reason}</span> : null}
                  </Td>
                  <Td>
                    <span className={e.amountMinor < 0 ? "text-red-700" : "text-emerald-700"}>{formatMoney(e.amountMinor, e.currency)}</span>
                  </Td>
                  <Td>{formatMoney(e.balanceMinor, e.currency)}</Td>
                </tr>
              ))}
            </Table>
            <Pagination page={page} pageSize={PAGE_SIZE} total={history.total} query={{ ...applied }} />
          </>
        )}
      </section>
    </>
  );
}

function Amount({ label, value, hint, strong, testId }: { label: string; value: string; hint?: string; strong?: boolean; testId?: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className={strong ? "text-xl font-semibold text-slate-900" : "text-base text-slate-800"} data-testid={testId}>
        {value}
      </dd>
      {hint ? <dd className="text-xs text-slate-500">{hint}</dd> : null}
    </div>
  );
}
