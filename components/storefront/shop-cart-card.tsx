import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { mediaUrl } from "@/lib/media/url";
import { Card } from "@/components/ui/card";
import { stockShortfall, type CartLine, type ShopCart } from "@/lib/cart/reconcile";
import { useReaderFormat } from "@/components/ui/formatted";

/** One shop's part of the cart (one order at checkout): its lines and its subtotal in the shop's currency. */
export function ShopCartCard({ shop, controls }: { shop: ShopCart; controls?: (line: CartLine) => ReactNode }) {
  const t = useTranslations("buyer.cart");
  const format = useReaderFormat();
  const headingId = `shop-${shop.shopId}`;
  return (
    <Card className="space-y-4">
      <section aria-labelledby={headingId} className="space-y-4">
        <h2 id={headingId} className="text-lg font-semibold break-words text-slate-900">
          {shop.shopName}
        </h2>
        <ul className="divide-y divide-slate-100" aria-label={t("itemsFrom", { shop: shop.shopName })}>
          {shop.lines.map((line) => {
            const shortfall = stockShortfall(line);
            const image = mediaUrl(line.product.imageMediaId);
            return (
              <li key={line.productId} className="flex gap-3 py-3 first:pt-0">
                {image ? (
                  // eslint-disable-next-line @next/next/no-img-element -- app-served media, square
                  <img src={image} alt="" className="size-16 shrink-0 rounded-md object-cover ring-1 ring-slate-200" />
                ) : (
                  <div className="size-16 shrink-0 rounded-md bg-slate-100" />
                )}
                <div className="min-w-0 flex-1 space-y-1">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <Link href={`/p/${encodeURIComponent(line.productId)}`} className="min-w-0 font-medium break-words text-slate-900 hover:underline max-sm:inline-flex max-sm:min-h-11 max-sm:items-center">
                      {line.product.title}
                    </Link>
                    <span className="font-semibold tabular-nums">{format.money(line.lineTotalMinor, shop.currency)}</span>
                  </div>
                  <p className="text-sm text-slate-600 tabular-nums">
                    {t("lineQuantity", { quantity: format.number(line.quantity), price: format.money(line.product.priceMinor, shop.currency) })}
                  </p>
                  {shortfall ? (
                    <p className="text-sm font-medium text-amber-700">
                      {t("lowerToCheckOut", { shortfall: line.product.stock === 0 ? t("outOfStock") : t("onlyLeft", { count: line.product.stock }) })}
                    </p>
                  ) : null}
                  {controls?.(line)}
                </div>
              </li>
            );
          })}
        </ul>
        {/* A description list: a <dd> may carry the label that names the amount (a <span> may not). */}
        <dl className="flex items-baseline justify-between gap-4 border-t border-slate-200 pt-3">
          <dt className="text-sm text-slate-600">{t("subtotal", { currency: shop.currency })}</dt>
          <dd className="text-lg font-semibold tabular-nums" aria-label={t("subtotalFor", { shop: shop.shopName })}>
            {format.money(shop.subtotalMinor, shop.currency)}
          </dd>
        </dl>
      </section>
    </Card>
  );
}
