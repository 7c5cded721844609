import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ShopOrderLine } from "@/lib/orders/timeline";
import { Badge } from "@/components/ui/alert";
import { StateBadge } from "@/components/ui/state-badge";
import { rewardText } from "@/components/plans/reward-text";
import { useReaderFormat } from "@/components/ui/formatted";
import type { CurrencyCode } from "@/lib/money";
import { RefundLineForm } from "./refund-line-form";

function Amount({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="tabular-nums text-slate-900">{children}</dd>
    </div>
  );
}

/** One order line: what was bought and paid, what was refunded or cancelled, and who earns on it. */
export function OrderLineCard({ line, order, currency, refundable }: { line: ShopOrderLine; order: { id: string; reference: string }; currency: CurrencyCode; refundable: boolean }) {
  const unitsLeft = line.quantity - line.refundedQuantity - line.cancelledQuantity;
  const c = line.commission;
  const t = useTranslations("seller.orders.line");
  const format = useReaderFormat();
  const money = (minor: number) => format.money(minor, currency);
  return (
    <article aria-label={t("aria", { ref: line.lineRef, title: line.productTitle })} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <Link href={`/seller/products/${line.productId}`} className="break-words font-medium text-slate-900 hover:underline">
            {line.productTitle}
          </Link>
          <p className="break-all text-xs text-slate-500">{t("ref", { ref: line.lineRef, sku: line.productSku })}</p>
        </div>
        <div className="flex flex-wrap gap-1">
          {line.refundedQuantity ? <Badge tone="red">{t("refunded", { count: format.number(line.refundedQuantity) })}</Badge> : null}
          {line.cancelledQuantity ? <Badge tone="red">{t("cancelled", { count: format.number(line.cancelledQuantity) })}</Badge> : null}
        </div>
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <Amount label={t("quantity")}>
          {format.number(line.quantity)} × {money(line.unitPriceMinor)}
        </Amount>
        <Amount label={t("discount")}>{line.discountMinor ? `−${money(line.discountMinor)}` : "—"}</Amount>
        <Amount label={t("paid")}>{money(line.paidMinor)}</Amount>
        <Amount label={t("refundedCancelled")}>
          {line.refundedQuantity} / {line.cancelledQuantity}
        </Amount>
      </dl>
      <div className="mt-3 rounded-md bg-slate-50 p-3 text-sm">
        {c ? (
          <div className="space-y-1">
            <p className="break-words">
              <span className="font-medium">@{c.creatorHandle ?? t("unknown")}</span> {t("through", { channel: t(`channels.${c.linkChannel}`), link: t(`links.${c.linkType}`) })}
              {c.linkSubId ? t("subId", { subId: c.linkSubId }) : ""}
            </p>
            <p className="flex flex-wrap items-center gap-2">
              <span className="tabular-nums font-medium">{money(c.amountMinor)}</span>
              <StateBadge state={c.state} />
              <span className="text-slate-600">
                {t("rewardOn", { reward: rewardText(c, currency, format.locale), base: money(c.baseMinor) })} · {t(`plans.${c.planKind}`)}
                {c.planName ? ` “${c.planName}”` : ""}
              </span>
            </p>
          </div>
        ) : (
          <p className="text-slate-600">{t("noCreator")}</p>
        )}
      </div>
      {refundable && unitsLeft > 0 ? (
        <div className="mt-3 border-t border-slate-100 pt-3">
          <RefundLineForm
            order={order}
            lineRef={line.lineRef}
            productTitle={line.productTitle}
            unitsLeft={unitsLeft}
            paid={money(line.paidMinor)}
            earns={Boolean(c && c.state !== "reversed")}
          />
        </div>
      ) : null}
    </article>
  );
}
