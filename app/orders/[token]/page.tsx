import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { findOrderForBuyer, orderEventsForBuyer, orderLinesForBuyer } from "@/db/queries/storefront";
import { OrderStatus } from "@/components/storefront/order-status";
import { StorefrontFrame } from "@/app/storefront-frame";
import { orderTimeline } from "@/lib/orders/timeline";
import { publicActor } from "@/server/context";

/** The buyer's order status page, reached only through the secret token in its address. */

// Tokens are 32 characters of the short-code alphabet (lib/ids randomCode): anything else cannot be one.
const TOKEN = /^[A-Za-z0-9]{32}$/;

const findOrder = cache(async (token: string) => (TOKEN.test(token) ? findOrderForBuyer((await publicActor()).db, token) : undefined));

export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  await connection();
  const [order, t] = await Promise.all([findOrder((await params).token), getTranslations("buyer.order")]);
  // The address is the key to the page: never indexed, never sent on as a referrer.
  return { title: order ? t("title", { shop: order.shopName }) : t("notFoundTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function OrderStatusPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const order = await findOrder((await params).token);
  if (!order) notFound();
  const { db } = await publicActor();
  const [lines, events, t] = await Promise.all([orderLinesForBuyer(db, order.id), orderEventsForBuyer(db, order.id), getTranslations("buyer.order")]);
  return (
    <StorefrontFrame shopId={order.shopId}>
      <div className="mx-auto max-w-3xl space-y-6">
        <header>
          <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900">{t("heading", { shop: order.shopName })}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("keepAddress")}</p>
        </header>
        <OrderStatus order={order} lines={lines} timeline={orderTimeline(order, events)} />
      </div>
    </StorefrontFrame>
  );
}
