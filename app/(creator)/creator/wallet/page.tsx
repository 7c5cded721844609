import type { ReactNode } from "react";
import { getTimeZone, getTranslations } from "next-intl/server";
import { orderReference } from "@/components/orders/order-reference";
import Link from "next/link";
import { autoWithdrawalsOn, creatorAutoWithdraw, creatorPayoutMethods, creatorWithdrawals, walletBalances, walletHistory } from "@/db/queries/wallet";
import { AutoWithdrawSwitch } from "@/components/wallet/auto-withdraw-switch";
import { PayoutMethodForm } from "@/components/wallet/payout-method-form";
import { PayoutMethodList } from "@/components/wallet/payout-method-list";
import { WithdrawForm } from "@/components/wallet/withdraw-form";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { DateTime } from "@/components/ui/formatted";
import { Field, Input, Select } from "@/components/ui/input";
import { Pagination } from "@/components/ui/pagination";
import { StateBadge } from "@/components/ui/state-badge";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { getReaderFormat, storedTextTranslator } from "@/server/i18n";
import { zonedDay } from "@/lib/clock";
import { SUPPORTED_CURRENCIES } from "@/lib/money";
import { WALLET_ENTRY_KINDS } from "@/lib/validation/wallet";
import { nextAutoWithdrawalDate } from "@/lib/wallet/auto-withdraw";
import { HISTORY_QUERY_KEYS, historyFilters } from "@/lib/wallet/history-filters";
import { canWithdraw } from "@/lib/wallet/rules";
import { platformTimeZone, withdrawalMinimums } from "@/lib/wallet/settings";
import { pageNumber, readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export async function generateMetadata() {
  return { title: (await getTranslations("creator.wallet"))("title") };
}

const PAGE_SIZE = 25;

export default async function WalletPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, user, at } = await pageActor("creator");
  const query = readSearchParams(await searchParams, [...HISTORY_QUERY_KEYS, "page"]);
  const { filters, applied } = historyFilters(query, await getTimeZone());
  const page = pageNumber(query.page);
  const zone = platformTimeZone();
  const today = zonedDay(at, zone);
  const [balances, methods, withdrawals, history, autoOn, doneToday, minimumOf, t, time, format, translateStored] = await Promise.all([
    walletBalances(db, user.id),
    creatorPayoutMethods(db, user.id),
    creatorWithdrawals(db, user.id),
    walletHistory(db, user.id, filters, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    creatorAutoWithdraw(db, user.id),
    autoWithdrawalsOn(db, user.id, today.isoDate),
    withdrawalMinimums(db),
    getTranslations("creator.wallet"),
    getTranslations("common.time"),
    getReaderFormat(),
    storedTextTranslator(),
  ]);
  const withdrawable = balances.filter((b) => b.availableMinor > 0).map((b) => ({ currency: b.currency, availableMinor: b.availableMinor, minimumMinor: minimumOf(b.currency) }));
  const nextAuto = nextAutoWithdrawalDate(at, doneToday.length > 0);
  const autoAmounts = balances.filter((b) => canWithdraw({ amountMinor: "all", availableMinor: b.availableMinor, minimumMinor: minimumOf(b.currency), currency: b.currency }).ok);
  const defaultMethod = methods.find((m) => m.isDefault);
  const kindLabel = (kind: (typeof WALLET_ENTRY_KINDS)[number]) => t(`kinds.${kind}`);
  const amountList = new Intl.ListFormat(format.locale, { type: "conjunction" }).format(autoAmounts.map((b) => format.money(b.availableMinor, b.currency)));
  const nextDay = {
    date: format.dayIn(nextAuto, zone),
    day: (chunks: ReactNode) => (
      <strong>
        <time dateTime={zonedDay(nextAuto, zone).isoDate}>{chunks}</time>
      </strong>
    ),
  };
  const csvQuery = new URLSearchParams(Object.entries(applied).filter((e): e is [string, string] => !!e[1])).toString();

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />

      {balances.length === 0 ? (
        <EmptyState title={t("empty")} action={<ButtonLink href="/creator/products">{t("findProduct")}</ButtonLink>}>
          {t("emptyText")}
        </EmptyState>
      ) : (
        <section aria-label={t("balances")} className="space-y-4">
          {balances.map((b) => (
            <Card key={b.currency}>
              <h2 className="text-sm font-semibold text-slate-500">{b.currency}</h2>
              <dl className="mt-2 grid grid-cols-2 gap-4 sm:grid-cols-5">
                <Amount label={t("available")} value={format.money(b.availableMinor, b.currency)} strong testId={`available-${b.currency}`} />
                <Amount label={t("pending")} value={format.money(b.pendingMinor, b.currency)} hint={t("pendingHint")} />
                <Amount
                  label={t("locked")}
                  value={format.money(b.lockedMinor, b.currency)}
                  hint={b.nextRelease ? t("nextRelease", { amount: format.money(b.nextRelease.amountMinor, b.currency), date: format.day(b.nextRelease.at) }) : t("lockedHint")}
                />
                <Amount label={t("inFlight")} value={format.money(b.inFlightMinor, b.currency)} hint={t("inFlightHint")} />
                <Amount label={t("paidOut")} value={format.money(b.paidOutMinor, b.currency)} />
              </dl>
            </Card>
          ))}
        </section>
      )}

      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">{t("withdraw")}</h2>
          {methods.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{t("noMethod")}</p>
          ) : withdrawable.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{t("nothingAvailable")}</p>
          ) : (
            <div className="mt-3">
              <WithdrawForm balances={withdrawable} methods={methods} />
            </div>
          )}
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">{t("auto")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("autoText", { zone: time("platformZone", { zone }) })}</p>
          <div className="mt-3 space-y-3 text-sm">
            {autoOn ? (
              defaultMethod ? (
                <p data-testid="next-auto-payout" className="break-words">
                  {autoAmounts.length > 0
                    ? t.rich("nextAuto", { ...nextDay, amounts: amountList, method: defaultMethod.label })
                    : t.rich("nextAutoNothing", { ...nextDay, method: defaultMethod.label })}
                </p>
              ) : (
                <Alert tone="warning">{t("autoNoMethod")}</Alert>
              )
            ) : null}
            <AutoWithdrawSwitch enabled={autoOn} />
          </div>
        </Card>
      </div>

      <Card className="mt-6">
        <h2 className="text-lg font-semibold">{t("methods")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("methodsText")}</p>
        <div className="mt-3 space-y-5">
          {methods.length > 0 ? <PayoutMethodList methods={methods} /> : null}
          <details open={methods.length === 0} className="rounded-md ring-1 ring-slate-200">
            <summary className="flex min-h-11 cursor-pointer items-center px-3 py-2 text-sm font-medium sm:min-h-0">{t("addMethod")}</summary>
            <div className="p-3">
              <PayoutMethodForm first={methods.length === 0} />
            </div>
          </details>
        </div>
      </Card>

      <section className="mt-8" aria-labelledby="withdrawals-heading">
        <h2 id="withdrawals-heading" className="mb-3 text-lg font-semibold">
          {t("withdrawals")}
        </h2>
        {withdrawals.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noWithdrawals")}</p>
        ) : (
          <Table head={[t("amount"), t("requested"), t("to"), t("state"), t("note")]}>
            {withdrawals.map(({ withdrawal: w, methodLabel }) => (
              <tr key={w.id}>
                <Td className="tabular-nums">{format.money(w.amountMinor, w.currency)}</Td>
                <Td label={t("requested")}>
                  <DateTime at={w.requestedAt} exact />
                </Td>
                <Td label={t("to")} className="max-sm:break-all">
                  {methodLabel}
                </Td>
                <Td label={t("state")}>
                  <StateBadge state={w.state} />
                </Td>
                <Td label={t("note")} className="max-sm:break-words">
                  {w.failureReason ?? (w.idempotencyKey.startsWith("auto:") ? t("automatic") : "")}
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </section>

      <section className="mt-8" aria-labelledby="history-heading">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <h2 id="history-heading" className="text-lg font-semibold">
            {t("history")}
          </h2>
          <a
            className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline sm:min-h-0"
            href={`/creator/wallet/history.csv${csvQuery ? `?${csvQuery}` : ""}`}
          >
            {t("exportCsv")}
          </a>
        </div>
        <form className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-5" aria-label={t("filterLabel")}>
          <Field id="f-currency" label={t("currency")}>
            <Select id="f-currency" name="currency" defaultValue={applied.currency ?? ""}>
              <option value="">{t("all")}</option>
              {SUPPORTED_CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </Select>
          </Field>
          <Field id="f-kind" label={t("kind")}>
            <Select id="f-kind" name="kind" defaultValue={applied.kind ?? ""}>
              <option value="">{t("all")}</option>
              {WALLET_ENTRY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(k)}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="f-from" label={t("from")}>
            <Input id="f-from" type="date" name="from" defaultValue={applied.from ?? ""} />
          </Field>
          <Field id="f-to" label={t("until")}>
            <Input id="f-to" type="date" name="to" defaultValue={applied.to ?? ""} />
          </Field>
          <div className="flex items-end gap-2">
            <Button type="submit" variant="secondary" className="max-sm:flex-1">
              {t("filter")}
            </Button>
            {csvQuery ? (
              <Link href="/creator/wallet" className="inline-flex min-h-11 items-center px-2 py-2 text-sm text-slate-600 hover:underline sm:min-h-0">
                {t("clear")}
              </Link>
            ) : null}
          </div>
        </form>
        {history.total === 0 ? (
          <p className="text-sm text-slate-600">{csvQuery ? t("noMatch") : t("noEntries")}</p>
        ) : (
          <>
            <Table head={[t("what"), t("date"), t("amount"), t("balanceAfter")]}>
              {history.rows.map((e) => {
                const what = kindLabel(e.kind);
                const reason = e.reason ? translateStored(e.reason, e.currency) : null;
                return (
                <tr key={e.id}>
                  <Td>
                    <span className="block font-medium text-slate-900">{what}</span>
                    {e.productTitle && e.orderId && e.commissionId ? (
                      <Link href={`/creator/commissions/${e.commissionId}`} className="block break-words text-sm font-normal text-brand-700 hover:underline sm:max-w-md sm:whitespace-normal">
                        {t("forOrder", { product: e.productTitle, reference: orderReference({ id: e.orderId, externalId: e.orderExternalId }) })}
                      </Link>
                    ) : null}
                    {/* The kind says it already when the stored reason is only its name ("Commission available"). */}
                    {reason && reason !== what ? <span className="block break-words text-xs font-normal text-slate-500 sm:max-w-md sm:whitespace-normal">{reason}</span> : null}
                  </Td>
                  <Td label={t("date")}>
                    <DateTime at={e.createdAt} />
                  </Td>
                  <Td label={t("amount")} className="tabular-nums">
                    <span className={e.amountMinor < 0 ? "text-red-700" : "text-emerald-700"}>{format.money(e.amountMinor, e.currency)}</span>
                  </Td>
                  <Td label={t("balanceAfter")} className="tabular-nums">
                    {format.money(e.balanceMinor, e.currency)}
                  </Td>
                </tr>
                );
              })}
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
