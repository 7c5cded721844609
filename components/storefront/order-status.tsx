import Link from "next/link";
import { useTranslations } from "next-intl";
import type { BuyerOrder } from "@/lib/orders/storefront";
import { Card } from "@/components/ui/card";
import { DateTime, useReaderFormat } from "@/components/ui/formatted";
import { StateBadge } from "@/components/ui/state-badge";
import { Table, Td } from "@/components/ui/table";
import type { TimelineEntry } from "@/lib/orders/timeline";
import { PostalAddress } from "@/components/ui/postal-address";

type Line = { id: string; productId: string; title: string; quantity: number; unitPriceMinor: number; paidMinor: number; refundedQuantity: number; cancelledQuantity: number };

/** The buyer's view of one order: state, lines, totals, address and what happened when. Nothing about creators. */
export function OrderStatus({ order, lines, timeline }: { order: BuyerOrder; lines: Line[]; timeline: TimelineEntry[] }) {
  const t = useTranslations("buyer.order");
  const format = useReaderFormat();
  const money = (minor: number) => format.money(minor, order.currency);
  const address = order.shippingAddress;
  return (
    <div className="space-y-6">
      <Card className="space-y-2">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <span className="text-sm text-slate-500">{t("orderNumber")}</span>
          <span className="font-mono text-sm break-all text-slate-900">{order.id}</span>
          <StateBadge state={order.state} />
        </div>
        <p className="text-slate-700">{t(`stateText.${order.state}`)}</p>
        {order.shippedAt && order.carrier && order.trackingNumber ? (
          <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-500">{t("carrier")}</dt>
            <dd className="break-words text-slate-900">{order.carrier}</dd>
            <dt className="text-slate-500">{t("trackingNumber")}</dt>
            <dd className="font-mono break-all text-slate-900">{order.trackingNumber}</dd>
          </dl>
        ) : null}
      </Card>

      <section className="space-y-3" aria-labelledby="items-heading">
        <h2 id="items-heading" className="text-lg font-semibold">
          {t("items")}
        </h2>
        <Table head={[t("product"), t("quantity"), t("price"), t("paid")]}>
          {lines.map((line) => {
            const undone = [
              line.cancelledQuantity ? t("cancelledUnits", { count: format.number(line.cancelledQuantity) }) : null,
              line.refundedQuantity ? t("refundedUnits", { count: format.number(line.refundedQuantity) }) : null,
            ]
              .filter(Boolean)
              .join(", ");
            return (
              <tr key={line.id}>
                <Td className="max-sm:break-words">
                  <Link href={`/p/${encodeURIComponent(line.productId)}`} className="font-medium hover:underline max-sm:inline-flex max-sm:min-h-11 max-sm:items-center">
                    {line.title}
                  </Link>
                  {undone ? <span className="ml-2 text-xs font-normal text-slate-500">({undone})</span> : null}
                </Td>
                <Td label={t("quantity")} className="tabular-nums">
                  {format.number(line.quantity)}
                </Td>
                <Td label={t("price")} className="tabular-nums">
                  {money(line.unitPriceMinor)}
                </Td>
                <Td label={t("paid")} className="tabular-nums">
                  {money(line.paidMinor)}
                </Td>
              </tr>
            );
          })}
        </Table>
        <dl className="space-y-1 text-sm sm:ml-auto sm:max-w-xs">
          <div className="flex justify-between gap-6">
            <dt className="text-slate-600">{t("subtotal")}</dt>
            <dd className="tabular-nums">{money(order.subtotalMinor)}</dd>
          </div>
          {order.discountMinor > 0 ? (
            <div className="flex justify-between gap-6">
              <dt className="text-slate-600">{t("discount")}</dt>
              <dd className="tabular-nums">−{money(order.discountMinor)}</dd>
            </div>
          ) : null}
          <div className="flex justify-between gap-6">
            <dt className="text-slate-600">{t("shipping")}</dt>
            <dd>{t("free")}</dd>
          </div>
          <div className="flex justify-between gap-6 border-t border-slate-200 pt-1 text-base font-semibold">
            <dt>{t("total")}</dt>
            <dd className="tabular-nums" aria-label={t("orderTotal")}>
              {money(order.totalMinor)}
            </dd>
          </div>
        </dl>
      </section>

      <div className="grid gap-6 sm:grid-cols-2">
        <section className="space-y-3" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading" className="text-lg font-semibold">
            {t("timeline")}
          </h2>
          <ol className="space-y-3 border-l-2 border-slate-200 pl-4" aria-label={t("timelineLabel")}>
            {timeline.map((entry) => (
              <li key={entry.key}>
                <p className="font-medium text-slate-900">
                  {t(`event.${entry.state}`)}
                  {entry.units ? <span className="font-normal text-slate-600"> · {t("units", { count: entry.units })}</span> : null}
                </p>
                <p className="text-sm text-slate-500">
                  <DateTime at={entry.at} />
                </p>
              </li>
            ))}
          </ol>
        </section>
        {address ? (
          <section className="min-w-0 space-y-3" aria-labelledby="address-heading">
            <h2 id="address-heading" className="text-lg font-semibold">
              {t("shippingTo")}
            </h2>
            <PostalAddress address={address} name={order.buyerName} className="leading-relaxed break-words text-slate-700" />
          </section>
        ) : null}
      </div>
    </div>
  );
}
