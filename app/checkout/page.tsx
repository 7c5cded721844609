import type { Metadata } from "next";
import Link from "next/link";
import { CheckoutForm } from "@/components/storefront/checkout-form";
import { ShopCartCard } from "@/components/storefront/shop-cart-card";
import { StorefrontFrame } from "@/app/storefront-frame";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { quoteOf } from "@/lib/cart/quote";
import { stockShortfall, type ShopCart } from "@/lib/cart/reconcile";
import { formatMoney, type CurrencyCode } from "@/lib/money";
import { TEST_CARDS } from "@/lib/orders/test-payment";
import { COUNTRIES } from "@/lib/validation/catalogue";
import { currentCart } from "../cart/cart-cookie";

export const metadata: Metadata = { title: "Checkout", robots: { index: false } };

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
const COUNTRY_OPTIONS = COUNTRIES.map((code) => ({ code, name: regionNames.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name));

/** What the buyer pays, one amount per currency ("1.540.000 ₫ + $39.00"): amounts in different currencies never add up. */
function totalsByCurrency(shops: readonly ShopCart[]): string[] {
  const totals = new Map<CurrencyCode, number>();
  for (const shop of shops) totals.set(shop.currency, (totals.get(shop.currency) ?? 0) + shop.subtotalMinor);
  return [...totals].map(([currency, minor]) => formatMoney(minor, currency));
}

/** Checkout without an account: the order summary per shop, the buyer's details and the test payment. */
export default async function CheckoutPage() {
  const cart = await currentCart();
  const shortfall = cart.shops.some((s) => s.lines.some((l) => stockShortfall(l)));
  return (
    <StorefrontFrame>
      <div className="mx-auto max-w-3xl space-y-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Checkout</h1>
        {cart.notices.map((notice, i) => (
          <Alert key={i} tone="warning">
            {notice}
          </Alert>
        ))}
        {cart.shops.length === 0 ? (
          <EmptyState title="Your cart is empty" action={<ButtonLink href="/cart" variant="secondary">Back to your cart</ButtonLink>}>
            Add a product from its page first.
          </EmptyState>
        ) : (
          <>
            <section className="space-y-4" aria-label="Order summary">
              {cart.shops.length > 1 ? <p className="text-sm text-slate-600">You will place {cart.shops.length} orders, one with each shop, paid together.</p> : null}
              {cart.shops.map((shop) => (
                <ShopCartCard key={shop.shopId} shop={shop} />
              ))}
              <p className="text-sm text-slate-600">
                Shipping is free.{" "}
                <Link href="/cart" className="font-medium text-brand-700 underline">
                  Change your cart
                </Link>
              </p>
            </section>
            {shortfall ? (
              <Alert tone="warning">Some items have less stock than you asked for. Lower their quantity in your cart before paying.</Alert>
            ) : (
              <CheckoutForm
                quote={quoteOf(cart.shops)}
                countries={COUNTRY_OPTIONS}
                testCards={TEST_CARDS}
                payLabel={`Pay ${totalsByCurrency(cart.shops).join(" + ")}`}
              />
            )}
          </>
        )}
      </div>
    </StorefrontFrame>
  );
}
