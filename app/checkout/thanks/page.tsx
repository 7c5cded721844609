import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { findOrderForBuyer } from "@/db/queries/storefront";
import { StorefrontFrame } from "@/app/storefront-frame";
import { Card } from "@/components/ui/card";
import { StateBadge } from "@/components/ui/state-badge";
import { queryList, readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { getReaderFormat } from "@/server/i18n";
import { publicActor } from "@/server/context";

// The status tokens are in the address: never indexed, never sent on as a referrer.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("buyer.thanks"))("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

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
  const [t, format] = await Promise.all([getTranslations("buyer.thanks"), getReaderFormat()]);
  const buyer = orders[0]!.order.buyerName;
  const shopIds = new Set(orders.map(({ order }) => order.shopId));
  return (
    <StorefrontFrame shopId={shopIds.size === 1 ? orders[0]!.order.shopId : undefined}>
      <div className="mx-auto max-w-2xl space-y-6">
        <header>
          <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900">{buyer ? t("headingNamed", { name: buyer }) : t("heading")}</h1>
          <p className="mt-1 text-slate-600">
            {orders.length === 1 ? t("placedOne") : t("placedMany", { count: orders.length })} {t("keepLinks")}
          </p>
        </header>
        <ul className="space-y-4" aria-label={t("yourOrders")}>
          {orders.map(({ token, order }) => (
            <li key={token}>
              <Card className="space-y-2">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h2 className="min-w-0 text-lg font-semibold break-words">{order.shopName}</h2>
                  <StateBadge state={order.state} />
                </div>
                <p className="text-sm text-slate-600">
                  {t("orderNumber")} <span className="font-mono break-all text-slate-900">{order.id}</span>
                </p>
                <p className="text-sm">
                  {t("total")} <span className="font-semibold tabular-nums">{format.money(order.totalMinor, order.currency)}</span>
                </p>
                <Link href={`/orders/${token}`} className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline sm:min-h-0">
                  {t("track", { shop: order.shopName })}
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      </div>
    </StorefrontFrame>
  );
}
