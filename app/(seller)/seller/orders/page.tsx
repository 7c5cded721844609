import type { Metadata } from "next";
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
import { formatMoney } from "@/lib/money";
import { formatUtcDateTime } from "@/lib/plans/dates";
import { ORDER_LIST_KEYS, orderListFilters } from "@/lib/validation/orders";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Orders" };

export default async function OrdersPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, shop } = await pageActor("seller");
  const query = readSearchParams(await searchParams, ORDER_LIST_KEYS);
  const filters = orderListFilters(query);
  const { rows, total, page, pageSize } = await listShopOrders(db, shop.id, filters);
  const filtered = Boolean(filters.state || filters.source || filters.placedFrom || filters.placedBefore || filters.product || filters.creator);
  return (
    <>
      <PageHeader
        title="Orders"
        description={`${total.toLocaleString("en")} ${filtered ? "matching " : ""}order${total === 1 ? "" : "s"}, newest first. Times are in UTC.`}
      />
      <OrderFilters query={query} filtered={filtered} />
      {total === 0 ? (
        filtered ? (
          <EmptyState title="No orders match" action={<ButtonLink href="/seller/orders" variant="secondary">Clear filters</ButtonLink>} />
        ) : (
          <EmptyState title="No orders yet">Orders from your storefront and from the conversion API show up here as soon as they are placed.</EmptyState>
        )
      ) : (
        <>
          <Table head={["Order", "Placed", "Buyer", "Items", "Total", "State", "Commission", "Creators"]}>
            {rows.map((o) => (
              <tr key={o.id} className="hover:bg-slate-50">
                <Td>
                  <Link href={`/seller/orders/${o.id}`} className="font-mono font-medium text-slate-900 hover:underline">
                    {orderReference(o)}
                  </Link>
                  {o.source === "api" ? <span className="ml-2 text-xs text-slate-500">API</span> : null}
                </Td>
                <Td>
                  <time dateTime={o.placedAt.toISOString()}>{formatUtcDateTime(o.placedAt)}</time>
                </Td>
                <Td>
                  <span className="block max-w-48 truncate">{o.buyerName ?? "—"}</span>
                  {o.buyerEmail ? <span className="block max-w-48 truncate text-xs text-slate-500">{o.buyerEmail}</span> : null}
                </Td>
                <Td className="tabular-nums">{o.items}</Td>
                <Td className="tabular-nums">{formatMoney(o.totalMinor, o.currency)}</Td>
                <Td>
                  <StateBadge state={o.state} />
                </Td>
                <Td className="tabular-nums">{o.commissionMinor === null ? "—" : formatMoney(o.commissionMinor, o.currency)}</Td>
                <Td>{o.creators.length ? o.creators.map((h) => `@${h}`).join(", ") : <span className="text-slate-400">—</span>}</Td>
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
