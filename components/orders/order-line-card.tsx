import Link from "next/link";
import type { ReactNode } from "react";
import type { ShopOrderLine } from "@/lib/orders/timeline";
import { Badge } from "@/components/ui/alert";
import { StateBadge } from "@/components/ui/state-badge";
import { formatReward } from "@/lib/plans/rewards";
import { formatMoney, type CurrencyCode } from "@/lib/money";
import { CHANNEL_LABELS } from "@/lib/sharing/channels";
import { RefundLineForm } from "./refund-line-form";

const PLAN_LABELS = { open: "Open plan", targeted: "Targeted plan", campaign: "Campaign" } as const;
const LINK_LABELS = { product: "product link", showcase: "showcase link", campaign: "campaign link" } as const;

function Amount({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="tabular-nums text-slate-900">{children}</dd>
    </div>
  );
}

/** One order line: what was bought and paid, what was refunded or cancelled, and who earns on it. */
export function OrderLineCard({ line, orderId, currency, refundable }: { line: ShopOrderLine; orderId: string; currency: CurrencyCode; refundable: boolean }) {
  const unitsLeft = line.quantity - line.refundedQuantity - line.cancelledQuantity;
  const c = line.commission;
  return (
    <article aria-label={`Line ${line.lineRef}: ${line.productTitle}`} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <Link href={`/seller/products/${line.productId}`} className="font-medium text-slate-900 hover:underline">
            {line.productTitle}
          </Link>
          <p className="text-xs text-slate-500">
            Line {line.lineRef} · {line.productSku}
          </p>
        </div>
        <div className="flex flex-wrap gap-1">
          {line.refundedQuantity ? <Badge tone="red">{line.refundedQuantity} refunded</Badge> : null}
          {line.cancelledQuantity ? <Badge tone="red">{line.cancelledQuantity} cancelled</Badge> : null}
        </div>
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <Amount label="Quantity">
          {line.quantity} × {formatMoney(line.unitPriceMinor, currency)}
        </Amount>
        <Amount label="Discount">{line.discountMinor ? `−${formatMoney(line.discountMinor, currency)}` : "—"}</Amount>
        <Amount label="Paid">{formatMoney(line.paidMinor, currency)}</Amount>
        <Amount label="Refunded / cancelled">
          {line.refundedQuantity} / {line.cancelledQuantity}
        </Amount>
      </dl>
      <div className="mt-3 rounded-md bg-slate-50 p-3 text-sm">
        {c ? (
          <div className="space-y-1">
            <p>
              <span className="font-medium">@{c.creatorHandle ?? "unknown"}</span> through a {CHANNEL_LABELS[c.linkChannel]} {LINK_LABELS[c.linkType]}
              {c.linkSubId ? ` (sub-id ${c.linkSubId})` : ""}
            </p>
            <p className="flex flex-wrap items-center gap-2">
              <span className="tabular-nums font-medium">{formatMoney(c.amountMinor, currency)}</span>
              <StateBadge state={c.state} />
              <span className="text-slate-600">
                {formatReward(c, currency)} on {formatMoney(c.baseMinor, currency)} · {PLAN_LABELS[c.planKind]}
                {c.planName ? ` “${c.planName}”` : ""}
              </span>
            </p>
          </div>
        ) : (
          <p className="text-slate-600">No creator: no creator’s link earned on this line.</p>
        )}
      </div>
      {refundable && unitsLeft > 0 ? (
        <div className="mt-3 border-t border-slate-100 pt-3">
          <RefundLineForm orderId={orderId} lineRef={line.lineRef} productTitle={line.productTitle} unitsLeft={unitsLeft} earns={Boolean(c && c.state !== "reversed")} />
        </div>
      ) : null}
    </article>
  );
}
