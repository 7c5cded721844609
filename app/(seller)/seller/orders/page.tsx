import { getTimeZone, getTranslations } from "next-intl/server";
import { listShopOrders } from "@/db/queries/seller-orders";
import { OrderFilters } from "@/components/orders/order-filters";
import { OrderList } from "@/components/orders/order-list";
import { orderReference } from "@/components/orders/order-reference";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { pageActor } from "@/server/context";
import { ORDER_LIST_KEYS, orderListFilters } from "@/lib/validation/orders";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.orders"))("title") };
}

/** "?a=1&b=2" of the values that are set, or nothing. */
function queryString(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams(Object.entries(values).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export default async function OrdersPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, shop } = await pageActor("seller");
  const query = readSearchParams(await searchParams, ORDER_LIST_KEYS);
  const filters = orderListFilters(query, await getTimeZone());
  const [{ rows, total, page, pageSize }, t] = await Promise.all([listShopOrders(db, shop.id, filters), getTranslations("seller.orders")]);
  const filtered = Boolean(filters.state || filters.source || filters.placedFrom || filters.placedBefore || filters.product || filters.creator);
  // The downloads take the list's filters: the orders all of them, the commissions the days and the creator.
  const kept = { state: filters.state, from: filters.placedFrom ? query.from : undefined, to: filters.placedBefore ? query.to : undefined, product: filters.product, creator: filters.creator, source: filters.source };
  const ordersCsv = `/seller/orders.csv${queryString(kept)}`;
  const commissionsCsv = `/seller/commissions.csv${queryString({ from: kept.from, to: kept.to, creator: kept.creator })}`;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={filtered ? t("countMatching", { count: total }) : t("count", { count: total })}
        actions={
          <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <a href={ordersCsv} download className="inline-flex min-h-11 items-center font-medium text-brand-700 hover:underline sm:min-h-0" title={t("ordersCsvHint")}>
              {t("ordersCsv")}
            </a>
            <a href={commissionsCsv} download className="inline-flex min-h-11 items-center font-medium text-brand-700 hover:underline sm:min-h-0" title={t("commissionsCsvHint")}>
              {t("commissionsCsv")}
            </a>
          </div>
        }
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
          <OrderList rows={rows.map((o) => ({ ...o, reference: orderReference(o) }))} />
          <Pagination
            page={page}
            pageSize={pageSize}
            total={total}
            query={kept}
          />
        </>
      )}
    </>
  );
}
