import type { Metadata } from "next";
import { CartLineControls } from "@/components/storefront/cart-line-controls";
import { ShopCartCard } from "@/components/storefront/shop-cart-card";
import { StorefrontFrame } from "@/app/storefront-frame";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { MAX_QUANTITY } from "@/lib/cart/cookie";
import { stockShortfall } from "@/lib/cart/reconcile";
import { currentCart } from "./cart-cookie";

export const metadata: Metadata = { title: "Your cart", robots: { index: false } };

/** The buyer's cart, grouped by shop: each shop's products become one order at checkout. */
export default async function CartPage() {
  const cart = await currentCart();
  const orders = cart.shops.length;
  const blocked = cart.shops.some((s) => s.lines.some((l) => stockShortfall(l)));
  return (
    <StorefrontFrame>
      <div className="mx-auto max-w-3xl space-y-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Your cart</h1>
        {cart.notices.map((notice, i) => (
          <Alert key={i} tone="warning">
            {notice}
          </Alert>
        ))}
        {orders === 0 ? (
          <EmptyState title="Your cart is empty">Products you add from a product page, a creator’s picks or a campaign show up here.</EmptyState>
        ) : (
          <>
            {orders > 1 ? <p className="text-sm text-slate-600">Your cart holds products from {orders} shops: checking out places one order with each shop, paid together.</p> : null}
            {cart.shops.map((shop) => (
              <ShopCartCard
                key={shop.shopId}
                shop={shop}
                controls={(line) => <CartLineControls productId={line.productId} title={line.product.title} quantity={line.quantity} maxQuantity={Math.min(MAX_QUANTITY, Math.max(1, line.product.stock))} />}
              />
            ))}
            <div className="flex flex-col items-end gap-2">
              {blocked ? <p className="text-sm text-amber-700">Some items have less stock than you asked for. Lower their quantity to check out.</p> : null}
              {blocked ? (
                <Button size="lg" disabled>
                  Check out
                </Button>
              ) : (
                <ButtonLink href="/checkout" size="lg">
                  Check out
                </ButtonLink>
              )}
            </div>
          </>
        )}
      </div>
    </StorefrontFrame>
  );
}
