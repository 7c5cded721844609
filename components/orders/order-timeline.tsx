import type { useTranslations } from "next-intl";
import type { ShopOrder, ShopOrderLine, ShopOrderRefund } from "@/lib/orders/timeline";
import { DateTime } from "@/components/ui/formatted";

type Entry = { at: Date; label: string; upcoming?: boolean };

/** The timeline's texts (seller.orders.timeline), passed in so this stays a plain function. */
type TimelineTexts = ReturnType<typeof useTranslations<"seller.orders.timeline">>;

/** What happened to the order and when: its steps, then every refund with its lines. */
export function orderTimeline(order: ShopOrder, lines: ShopOrderLine[], refunds: ShopOrderRefund[], autoCompleteAt: Date | null, t: TimelineTexts): Entry[] {
  const steps: [Date | null, string][] = [
    [order.placedAt, order.source === "api" ? t("placedApi") : t("placedStorefront")],
    [order.paidAt, t("paid")],
    [order.shippedAt, t("shipped")],
    [order.deliveredAt, t("delivered")],
    [order.completedAt, t("completed")],
    [order.cancelledAt, t("cancelled")],
  ];
  const entries: Entry[] = steps.filter((s): s is [Date, string] => s[0] !== null).map(([at, label]) => ({ at, label }));
  for (const refund of refunds) {
    const parts = (refund.lines ?? []).map((l) => {
      const line = lines.find((x) => x.lineRef === l.lineRef);
      return t("refundPart", { quantity: l.quantity, title: line?.productTitle ?? t("lineFallback", { ref: l.lineRef }) });
    });
    entries.push({ at: refund.occurredAt, label: parts.length ? t("refundedItems", { items: parts.join(", ") }) : t("refunded") });
  }
  entries.sort((a, b) => a.at.getTime() - b.at.getTime());
  if (autoCompleteAt) entries.push({ at: autoCompleteAt, label: t("autoComplete"), upcoming: true });
  return entries;
}

export function OrderTimeline({ entries, label }: { entries: Entry[]; label: string }) {
  return (
    <ol className="space-y-3" aria-label={label}>
      {entries.map((entry, i) => (
        <li key={i} className="flex gap-3">
          <span aria-hidden className={`mt-1.5 size-2 shrink-0 rounded-full ${entry.upcoming ? "bg-slate-300" : "bg-brand-600"}`} />
          <div className="min-w-0">
            <p className={`break-words text-sm ${entry.upcoming ? "text-slate-500" : "font-medium text-slate-900"}`}>{entry.label}</p>
            <p className="text-xs text-slate-500">
              <DateTime at={entry.at} />
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
