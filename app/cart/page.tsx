import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CartLineControls } from "@/components/storefront/cart-line-controls";
import { ShopCartCard } from "@/components/storefront/shop-cart-card";
import { StorefrontFrame } from "@/app/storefront-frame";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { MAX_QUANTITY } from "@/lib/cart/cookie";
import { stockShortfall } from "@/lib/cart/reconcile";
import { refusalTranslator } from "@/server/i18n";
import { currentCart } from "./cart-cookie";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("buyer.cart"))("title"), robots: { index: false } };
}

/** The buyer's cart, grouped by shop: each shop's products become one order at checkout. */
export default async function CartPage() {
  const [cart, t, translate] = await Promise.all([currentCart(), getTranslations("buyer.cart"), refusalTranslator()]);
  const orders = cart.shops.length;
  const blocked = cart.shops.some((s) => s.lines.some((l) => stockShortfall(l)));
  return (
    <StorefrontFrame shopId={orders === 1 ? cart.shops[0]!.shopId : undefined}>
      <div className="mx-auto max-w-3xl space-y-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("heading")}</h1>
        {/* The notices are written in English where the cart is checked (lib/cart); the catalogue's buyer.errors has them. */}
        {cart.notices.map((notice, i) => (
          <Alert key={i} tone="warning">
            {translate(notice)}
          </Alert>
        ))}
        {orders === 0 ? (
          <EmptyState title={t("emptyTitle")}>{t("emptyText")}</EmptyState>
        ) : (
          <>
            {orders > 1 ? <p className="text-sm text-slate-600">{t("severalShops", { count: orders })}</p> : null}
            {cart.shops.map((shop) => (
              <ShopCartCard
                key={shop.shopId}
                shop={shop}
                controls={(line) => <CartLineControls productId={line.productId} title={line.product.title} quantity={line.quantity} maxQuantity={Math.min(MAX_QUANTITY, Math.max(1, line.product.stock))} />}
              />
            ))}
            <div className="flex flex-col gap-2 sm:items-end">
              {blocked ? <p className="text-sm text-amber-700">{t("blocked")}</p> : null}
              {blocked ? (
                <Button size="lg" disabled>
                  {t("checkOut")}
                </Button>
              ) : (
                <ButtonLink href="/checkout" size="lg">
                  {t("checkOut")}
                </ButtonLink>
              )}
            </div>
          </>
        )}
      </div>
    </StorefrontFrame>
  );
}
