import { getTimeZone, getTranslations } from "next-intl/server";
import Link from "next/link";
import { listShopOrders } from "@/db/queries/seller-orders";
import { OrderFilters } from "@/components/orders/order-filters";
import { orderReference } from "@/components/orders/order-reference";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { StateBadge } from "@/components/ui/state-badge";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { DateTime } from "@/components/ui/formatted";
import { getReaderFormat } from "@/server/i18n";
import { ORDER_LIST_KEYS, orderListFilters } from "@/lib/validation/orders";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.orders"))("title") };
}

export default async function OrdersPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, shop } = await pageActor("seller");
  const query = readSearchParams(await searchParams, ORDER_LIST_KEYS);
  const filters = orderListFilters(query, await getTimeZone());
  const [{ rows, total, page, pageSize }, t, format] = await Promise.all([listShopOrders(db, shop.id, filters), getTranslations("seller.orders"), getReaderFormat()]);
  const filtered = Boolean(filters.state || filters.source || filters.placedFrom || filters.placedBefore || filters.product || filters.creator);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={filtered ? t("countMatching", { count: total }) : t("count", { count: total })}
      />
      <OrderFilters query={query} filtered={filtered} />
      {total === 0 ? (
        filtered ? (
          <EmptyState
            title={t("noMatch")}
            action={
              <ButtonLink href="/seller/orders" variant="secondary">
                {t("clearFilters")}
              </ButtonLink>
            }
          />
        ) : (
          <EmptyState title={t("none")}>{t("noneBody")}</EmptyState>
        )
      ) : (
        <>
          <Table head={[t("order"), t("placed"), t("buyer"), t("items"), t("total"), t("state"), t("commission"), t("creators")]}>
            {rows.map((o) => (
              <tr key={o.id} className="hover:bg-slate-50">
                <Td>
                  <Link href={`/seller/orders/${o.id}`} className="break-all font-mono font-medium text-slate-900 hover:underline max-sm:inline-flex max-sm:min-h-11 max-sm:items-center">
                    {orderReference(o)}
                  </Link>
                  {o.source === "api" ? <span className="ml-2 text-xs text-slate-500">{t("api")}</span> : null}
                </Td>
                <Td label={t("placed")}>
                  <DateTime at={o.placedAt} />
                </Td>
                <Td label={t("buyer")}>
                  <span className="min-w-0">
                    <span className="block break-words sm:max-w-48 sm:truncate">{o.buyerName ?? "—"}</span>
                    {o.buyerEmail ? <span className="block break-all text-xs text-slate-500 sm:max-w-48 sm:truncate">{o.buyerEmail}</span> : null}
                  </span>
                </Td>
                <Td label={t("items")} className="tabular-nums">
                  {format.number(o.items)}
                </Td>
                <Td label={t("total")} className="tabular-nums">
                  {format.money(o.totalMinor, o.currency)}
                </Td>
                <Td label={t("state")}>
                  <StateBadge state={o.state} />
                </Td>
                <Td label={t("commission")} className="tabular-nums">
                  {o.commissionMinor === null ? "—" : format.money(o.commissionMinor, o.currency)}
                </Td>
                <Td label={t("creators")}>
                  {o.creators.length ? <span className="min-w-0 break-all">{o.creators.map((h) => `@${h}`).join(", ")}</span> : <span className="text-slate-500">—</span>}
                </Td>
              </tr>
            ))}
          </Table>
          <Pagination
            page={page}
            pageSize={pageSize}
            total={total}
            query={{ state: filters.state, from: filters.placedFrom ? query.from : undefined, to: filters.placedBefore ? query.to : undefined, product: filters.product, creator: filters.creator, source: filters.source }}
          />
        </>
      )}
    </>
  );
}
