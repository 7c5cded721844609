import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { shopOrderDetail } from "@/db/queries/seller-orders";
import { OrderActions } from "@/components/orders/order-actions";
import { OrderLineCard } from "@/components/orders/order-line-card";
import { orderReference } from "@/components/orders/order-reference";
import { OrderTimeline, orderTimeline } from "@/components/orders/order-timeline";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { StateBadge } from "@/components/ui/state-badge";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { addDays } from "@/lib/clock";
import { isId } from "@/lib/ids";
import { checkTransition } from "@/lib/orders/state";
import { SELLER_ORDER_COMMANDS } from "@/lib/validation/orders";
import { PostalAddress } from "@/components/ui/postal-address";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.orders.detail"))("title") };
}

function Row({ label, children, strong }: { label: string; children: ReactNode; strong?: boolean }) {
  return (
    <div className={`flex justify-between gap-4 py-1 ${strong ? "font-semibold text-slate-900" : "text-slate-700"}`}>
      <dt>{label}</dt>
      <dd className="min-w-0 text-right tabular-nums">{children}</dd>
    </div>
  );
}

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { db, shop } = await pageActor("seller");
  const { id } = await params;
  // Another shop's order is not found, exactly like one that does not exist.
  const detail = isId(id, "ord") ? await shopOrderDetail(db, { shopId: shop.id, orderId: id }) : undefined;
  if (!detail) notFound();
  const { order, lines, refunds } = detail;
  const [t, to, tl, states, format] = await Promise.all([getTranslations("seller.orders.detail"), getTranslations("seller.orders"), getTranslations("seller.orders.timeline"), getTranslations("common.states"), getReaderFormat()]);
  const commands = SELLER_ORDER_COMMANDS.filter((command) => checkTransition(order.state, command).ok);
  const refundable = checkTransition(order.state, "refund").ok;
  // The settlement job completes delivered orders once their return window has passed.
  const autoCompleteAt = order.state === "delivered" && order.deliveredAt ? addDays(order.deliveredAt, order.returnWindowDays) : null;
  const commissionMinor = lines.reduce((sum, l) => sum + (l.commission?.amountMinor ?? 0), 0);
  const address = order.shippingAddress;
  return (
    <>
      <PageHeader
        title={t("heading", { reference: orderReference(order) })}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <StateBadge state={order.state} />
            <span>{t("placedVia", { when: format.moment(order.placedAt), source: order.source === "api" ? to("api") : to("storefront") })}</span>
          </span>
        }
        actions={
          <ButtonLink href="/seller/orders" variant="secondary">
            {t("allOrders")}
          </ButtonLink>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <h2 className="mb-3 font-semibold">{t("fulfilment")}</h2>
            {order.carrier && order.trackingNumber ? (
              <dl className="mb-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-500">{t("carrier")}</dt>
                <dd className="break-words text-slate-900">{order.carrier}</dd>
                <dt className="text-slate-500">{t("trackingNumber")}</dt>
                <dd className="font-mono break-all text-slate-900">{order.trackingNumber}</dd>
              </dl>
            ) : null}
            <OrderActions
              order={{ id: order.id, reference: orderReference(order), totalMinor: order.totalMinor, currency: order.currency }}
              commands={commands}
              note={
                autoCompleteAt
                  ? t("autoComplete", { when: format.moment(autoCompleteAt), days: order.returnWindowDays })
                  : commands.length === 0
                    ? order.state === "completed"
                      ? t("completedNote")
                      : t("nothingLeft", { state: (states.has(order.state) ? states(order.state) : order.state).toLowerCase() })
                    : order.state === "paid"
                      ? t("cancelUntilShipped")
                      : null
              }
            />
          </Card>
          <section aria-labelledby="lines-heading" className="space-y-3">
            <h2 id="lines-heading" className="font-semibold">
              {t("lines")}
            </h2>
            {lines.map((line) => (
              <OrderLineCard key={line.id} line={line} order={{ id: order.id, reference: orderReference(order) }} currency={order.currency} refundable={refundable} />
            ))}
          </section>
        </div>
        <div className="space-y-6">
          <Card>
            <h2 className="mb-2 font-semibold">{t("totals")}</h2>
            <dl className="text-sm">
              <Row label={t("subtotal")}>{format.money(order.subtotalMinor, order.currency)}</Row>
              <Row label={t("discount")}>{order.discountMinor ? `−${format.money(order.discountMinor, order.currency)}` : "—"}</Row>
              <Row label={t("totalPaid")} strong>
                {format.money(order.totalMinor, order.currency)}
              </Row>
              <Row label={t("commission")}>{lines.some((l) => l.commission) ? format.money(commissionMinor, order.currency) : "—"}</Row>
            </dl>
          </Card>
          <Card>
            <h2 className="mb-2 font-semibold">{t("buyer")}</h2>
            {order.buyerName || order.buyerEmail ? (
              <div className="text-sm">
                <p className="break-words font-medium text-slate-900">{order.buyerName}</p>
                <p className="break-all text-slate-600">{order.buyerEmail}</p>
              </div>
            ) : (
              <p className="text-sm text-slate-500">{t("noBuyer")}</p>
            )}
            {address ? (
              <PostalAddress address={address} className="mt-3 text-sm text-slate-700" />
            ) : null}
            {order.externalId ? <p className="mt-3 break-all text-xs text-slate-500">{t("externalId", { id: order.externalId })}</p> : null}
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold">{t("timeline")}</h2>
            <OrderTimeline entries={orderTimeline(order, lines, refunds, autoCompleteAt, tl)} label={t("timeline")} />
          </Card>
        </div>
      </div>
    </>
  );
}
