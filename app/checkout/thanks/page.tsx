import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { findOrderForBuyer } from "@/db/queries/storefront";
import { StorefrontFrame } from "@/app/storefront-frame";
import { Card } from "@/components/ui/card";
import { StateBadge } from "@/components/ui/state-badge";
import { formatMoney } from "@/lib/money";
import { queryList, readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { publicActor } from "@/server/context";

// The status tokens are in the address: never indexed, never sent on as a referrer.
export const metadata: Metadata = { title: "Thank you for your order", robots: { index: false, follow: false }, referrer: "no-referrer" };

const TOKEN = /^[A-Za-z0-9]{32}$/;
const MAX_ORDERS = 40;

/** After a paid checkout: each shop's order with its number, total and the link to its status page. */
export default async function CheckoutThanksPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  await connection();
  const tokens = queryList(readSearchParams(await searchParams, ["orders"]).orders, (t) => TOKEN.test(t), MAX_ORDERS);
  const { db } = await publicActor();
  const found = await Promise.all(tokens.map(async (token) => ({ token, order: await findOrderForBuyer(db, token) })));
  const orders = found.flatMap(({ token, order }) => (order ? [{ token, order }] : []));
  if (orders.length === 0) notFound();
  const buyer = orders[0]!.order.buyerName;
  return (
    <StorefrontFrame>
      <div className="mx-auto max-w-2xl space-y-6">
        <header>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Thank you{buyer ? `, ${buyer}` : ""}!</h1>
          <p className="mt-1 text-slate-600">
            {orders.length === 1 ? "Your payment went through and your order is placed." : `Your payment went through and your ${orders.length} orders are placed, one with each shop.`} Keep the
            links below: they are the only way to follow your orders.
          </p>
        </header>
        <ul className="space-y-4" aria-label="Your orders">
          {orders.map(({ token, order }) => (
            <li key={token}>
              <Card className="space-y-2">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h2 className="text-lg font-semibold">{order.shopName}</h2>
                  <StateBadge state={order.state} />
                </div>
                <p className="text-sm text-slate-600">
                  Order number <span className="font-mono text-slate-900">{order.id}</span>
                </p>
                <p className="text-sm">
                  Total <span className="font-semibold tabular-nums">{formatMoney(order.totalMinor, order.currency)}</span>
                </p>
                <Link href={`/orders/${token}`} className="inline-block text-sm font-medium text-brand-700 underline">
                  Track your order from {order.shopName}
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      </div>
    </StorefrontFrame>
  );
}
