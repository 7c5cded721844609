import Link from "next/link";
import type { BuyerOrder } from "@/lib/orders/storefront";
import { Card } from "@/components/ui/card";
import { StateBadge } from "@/components/ui/state-badge";
import { Table, Td } from "@/components/ui/table";
import { formatMoney } from "@/lib/money";
import type { TimelineEntry } from "@/lib/orders/timeline";
import { formatUtcDateTime } from "@/lib/plans/dates";
import { PostalAddress } from "@/components/ui/postal-address";

type Line = { id: string; productId: string; title: string; quantity: number; unitPriceMinor: number; paidMinor: number; refundedQuantity: number; cancelledQuantity: number };


const STATE_TEXT: Record<BuyerOrder["state"], string> = {
  placed: "The order is placed and waits for payment.",
  paid: "Payment received: the shop is preparing your order.",
  shipped: "Your order is on its way.",
  delivered: "Your order was delivered.",
  completed: "Your order is complete. Thank you!",
  cancelled: "This order was cancelled. Nothing was charged for it, or the payment was returned.",
  refunded: "This order was refunded.",
};

/** The buyer's view of one order: state, lines, totals, address and what happened when. Nothing about creators. */
export function OrderStatus({ order, lines, timeline }: { order: BuyerOrder; lines: Line[]; timeline: TimelineEntry[] }) {
  const address = order.shippingAddress;
  return (
    <div className="space-y-6">
      <Card className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-sm text-slate-500">Order number</span>
          <span className="font-mono text-sm text-slate-900">{order.id}</span>
          <StateBadge state={order.state} />
        </div>
        <p className="text-slate-700">{STATE_TEXT[order.state]}</p>
      </Card>

      <section className="space-y-3" aria-labelledby="items-heading">
        <h2 id="items-heading" className="text-lg font-semibold">
          Items
        </h2>
        <Table head={["Product", "Quantity", "Price", "Paid"]}>
          {lines.map((line) => {
            const undone = [line.cancelledQuantity ? `${line.cancelledQuantity} cancelled` : null, line.refundedQuantity ? `${line.refundedQuantity} refunded` : null].filter(Boolean).join(", ");
            return (
              <tr key={line.id}>
                <Td>
                  <Link href={`/p/${encodeURIComponent(line.productId)}`} className="font-medium hover:underline">
                    {line.title}
                  </Link>
                  {undone ? <span className="ml-2 text-xs text-slate-500">({undone})</span> : null}
                </Td>
                <Td className="tabular-nums">{line.quantity}</Td>
                <Td className="tabular-nums">{formatMoney(line.unitPriceMinor, order.currency)}</Td>
                <Td className="tabular-nums">{formatMoney(line.paidMinor, order.currency)}</Td>
              </tr>
            );
          })}
        </Table>
        <dl className="ml-auto max-w-xs space-y-1 text-sm">
          <div className="flex justify-between gap-6">
            <dt className="text-slate-600">Subtotal</dt>
            <dd className="tabular-nums">{formatMoney(order.subtotalMinor, order.currency)}</dd>
          </div>
          {order.discountMinor > 0 ? (
            <div className="flex justify-between gap-6">
              <dt className="text-slate-600">Discount</dt>
              <dd className="tabular-nums">−{formatMoney(order.discountMinor, order.currency)}</dd>
            </div>
          ) : null}
          <div className="flex justify-between gap-6">
            <dt className="text-slate-600">Shipping</dt>
            <dd>Free</dd>
          </div>
          <div className="flex justify-between gap-6 border-t border-slate-200 pt-1 text-base font-semibold">
            <dt>Total</dt>
            <dd className="tabular-nums" aria-label="Order total">
              {formatMoney(order.totalMinor, order.currency)}
            </dd>
          </div>
        </dl>
      </section>

      <div className="grid gap-6 sm:grid-cols-2">
        <section className="space-y-3" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading" className="text-lg font-semibold">
            Timeline
          </h2>
          <ol className="space-y-3 border-l-2 border-slate-200 pl-4" aria-label="Order timeline">
            {timeline.map((entry) => (
              <li key={entry.key}>
                <p className="font-medium text-slate-900">
                  {entry.label}
                  {entry.detail ? <span className="font-normal text-slate-600"> · {entry.detail}</span> : null}
                </p>
                <p className="text-sm text-slate-500">
                  <time dateTime={entry.at.toISOString()}>{formatUtcDateTime(entry.at)}</time>
                </p>
              </li>
            ))}
          </ol>
        </section>
        {address ? (
          <section className="space-y-3" aria-labelledby="address-heading">
            <h2 id="address-heading" className="text-lg font-semibold">
              Shipping to
            </h2>
            <PostalAddress address={address} name={order.buyerName} className="leading-relaxed text-slate-700" />
          </section>
        ) : null}
      </div>
    </div>
  );
}
