import { getTimeZone, getTranslations } from "next-intl/server";
import Link from "next/link";
import { creatorCommissionShops, creatorCommissionTotals } from "@/db/queries/creator-commissions";
import { findCreatorLink } from "@/db/queries/creator-links";
import { CommissionFilters, commissionQuery } from "@/components/commissions/commission-filters";
import { CommissionStateFilter } from "@/components/commissions/commission-state-filter";
import { ExpectedAvailabilityText } from "@/components/commissions/expected-availability";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { DateTime } from "@/components/ui/formatted";
import { Pagination } from "@/components/ui/pagination";
import { StateBadge } from "@/components/ui/state-badge";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { listCreatorCommissions } from "@/lib/commissions/availability";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { COMMISSION_LIST_KEYS, commissionListFilters } from "@/lib/validation/creator-commissions";

export async function generateMetadata() {
  return { title: (await getTranslations("creator.commissions"))("title") };
}

const TOTAL_STATES = ["pending", "locked", "available"] as const;
const isTotalState = (state: string): state is (typeof TOTAL_STATES)[number] => (TOTAL_STATES as readonly string[]).includes(state);

export default async function CommissionsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, user } = await pageActor("creator");
  const { filters, applied } = commissionListFilters(readSearchParams(await searchParams, COMMISSION_LIST_KEYS), await getTimeZone());
  const state = filters.state;
  const [{ rows, total, page, pageSize }, totals, shops, link, t, format] = await Promise.all([
    listCreatorCommissions(db, user.id, filters),
    creatorCommissionTotals(db, user.id),
    creatorCommissionShops(db, user.id),
    filters.linkId ? findCreatorLink(db, { creatorId: user.id, linkId: filters.linkId }) : undefined,
    getTranslations("creator.commissions"),
    getReaderFormat(),
  ]);
  const channelName = await getTranslations("creator.channels");
  const query = commissionQuery(applied);
  const narrowed = Boolean(applied.from || applied.to || applied.shop || applied.channel || applied.link);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <section aria-label={t("totals")} className="mb-6 grid grid-cols-1 gap-4 sm:grid-cols-3">
        {totals.map(({ state: s, totals: amounts }) =>
          isTotalState(s) ? (
            <Stat
              key={s}
              label={t(`stats.${s}`)}
              value={
                amounts.length === 0 ? (
                  "—"
                ) : (
                  <span className="flex flex-col">
                    {amounts.map((a) => (
                      <span key={a.currency}>{format.money(a.amountMinor, a.currency)}</span>
                    ))}
                  </span>
                )
              }
              hint={t(`hints.${s}`)}
            />
          ) : null,
        )}
      </section>
      <CommissionStateFilter current={state} query={query} />
      {shops.length > 0 ? <CommissionFilters applied={applied} shops={shops} linkCode={link?.code} /> : null}
      {total > 0 ? (
        <p className="mb-3 flex flex-wrap items-center justify-end gap-2 text-sm">
          <a href={`/creator/commissions/commissions.csv${query ? `?${query}` : ""}`} download className="inline-flex min-h-11 items-center font-medium text-brand-700 hover:underline sm:min-h-0" title={t("exportCsvHint")}>
            {t("exportCsv")}
          </a>
        </p>
      ) : null}
      {total === 0 ? (
        narrowed ? (
          <EmptyState
            title={t("noMatch")}
            action={
              <ButtonLink href="/creator/commissions" variant="secondary">
                {t("showAll")}
              </ButtonLink>
            }
          />
        ) : state ? (
          <EmptyState
            title={t("noneInState", { state })}
            action={
              <ButtonLink href="/creator/commissions" variant="secondary">
                {t("showAll")}
              </ButtonLink>
            }
          />
        ) : (
          <EmptyState title={t("empty")} action={<ButtonLink href="/creator/products">{t("findProduct")}</ButtonLink>}>
            {t("emptyText")}
          </EmptyState>
        )
      ) : (
        <>
          <Table head={[t("product"), t("link"), t("orderDate"), t("amount"), t("state"), t("inWallet"), <span key="h" className="sr-only">{t("history")}</span>]}>
            {rows.map((c) => (
              <tr key={c.id} className="hover:bg-slate-50">
                <Td>
                  <span className="block break-words font-medium text-slate-900 sm:max-w-64 sm:truncate">{c.productTitle}</span>
                  <span className="block text-xs font-normal text-slate-500">{c.shopName}</span>
                </Td>
                <Td label={t("link")}>
                  <Link href={`/creator/links/${c.linkId}`} className="font-mono text-xs text-brand-700 hover:underline">
                    /l/{c.linkCode}
                  </Link>
                  <span className="block text-xs text-slate-500">{channelName(c.linkChannel)}{c.linkSubId ? ` · ${c.linkSubId}` : ""}</span>
                </Td>
                <Td label={t("orderDate")}>
                  <DateTime at={c.orderPlacedAt} />
                </Td>
                <Td label={t("amount")} className="tabular-nums">
                  {format.money(c.amountMinor, c.currency)}
                </Td>
                <Td label={t("state")}>
                  <StateBadge state={c.state} />
                </Td>
                <Td label={t("inWallet")}>
                  <ExpectedAvailabilityText expected={c.expected} />
                </Td>
                <Td>
                  <Link
                    href={`/creator/commissions/${c.id}`}
                    className="inline-flex min-h-11 items-center font-medium text-brand-700 hover:underline sm:min-h-0"
                    aria-label={t("historyOf", { product: c.productTitle, date: format.moment(c.orderPlacedAt) })}
                  >
                    {t("history")}
                  </Link>
                </Td>
              </tr>
            ))}
          </Table>
          <Pagination page={page} pageSize={pageSize} total={total} query={{ ...applied }} />
        </>
      )}
    </>
  );
}
