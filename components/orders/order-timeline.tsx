import type { ShopOrder, ShopOrderLine, ShopOrderRefund } from "@/lib/orders/timeline";
import { formatUtcDateTime } from "@/lib/plans/dates";

type Entry = { at: Date; label: string; upcoming?: boolean };

/** What happened to the order and when: its steps, then every refund with its lines. */
export function orderTimeline(order: ShopOrder, lines: ShopOrderLine[], refunds: ShopOrderRefund[], autoCompleteAt: Date | null): Entry[] {
  const steps: [Date | null, string][] = [
    [order.placedAt, `Placed (${order.source === "api" ? "through the API" : "on the storefront"})`],
    [order.paidAt, "Paid"],
    [order.shippedAt, "Shipped"],
    [order.deliveredAt, "Delivered"],
    [order.completedAt, "Completed"],
    [order.cancelledAt, "Cancelled"],
  ];
  const entries: Entry[] = steps.filter((s): s is [Date, string] => s[0] !== null).map(([at, label]) => ({ at, label }));
  for (const refund of refunds) {
    const parts = (refund.lines ?? []).map((l) => {
      const line = lines.find((x) => x.lineRef === l.lineRef);
      return `${l.quantity} × ${line?.productTitle ?? `line ${l.lineRef}`}`;
    });
    entries.push({ at: refund.occurredAt, label: parts.length ? `Refunded ${parts.join(", ")}` : "Refunded" });
  }
  entries.sort((a, b) => a.at.getTime() - b.at.getTime());
  if (autoCompleteAt) entries.push({ at: autoCompleteAt, label: "Completes automatically when the return window ends", upcoming: true });
  return entries;
}

export function OrderTimeline({ entries }: { entries: Entry[] }) {
  return (
    <ol className="space-y-3" aria-label="Timeline">
      {entries.map((entry, i) => (
        <li key={i} className="flex gap-3">
          <span aria-hidden className={`mt-1.5 size-2 shrink-0 rounded-full ${entry.upcoming ? "bg-slate-300" : "bg-brand-600"}`} />
          <div>
            <p className={`text-sm ${entry.upcoming ? "text-slate-500" : "font-medium text-slate-900"}`}>{entry.label}</p>
            <p className="text-xs text-slate-500">
              <time dateTime={entry.at.toISOString()}>{formatUtcDateTime(entry.at)}</time>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
