import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CheckoutForm } from "@/components/storefront/checkout-form";
import { ShopCartCard } from "@/components/storefront/shop-cart-card";
import { StorefrontFrame } from "@/app/storefront-frame";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { quoteOf } from "@/lib/cart/quote";
import { stockShortfall, type ShopCart } from "@/lib/cart/reconcile";
import type { ReaderFormat } from "@/lib/i18n/format";
import type { CurrencyCode } from "@/lib/money";
import { TEST_CARDS } from "@/lib/orders/test-payment";
import { COUNTRIES } from "@/lib/validation/catalogue";
import { getReaderFormat, refusalTranslator } from "@/server/i18n";
import { currentCart } from "../cart/cart-cookie";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("buyer.checkout"))("title"), robots: { index: false } };
}

const countryOptions = new Map<string, { code: string; name: string }[]>();

/** The countries we ship to, named and sorted in the reader's language (computed once per language). */
function countriesIn(locale: string) {
  let options = countryOptions.get(locale);
  if (!options) {
    const names = new Intl.DisplayNames([locale], { type: "region" });
    options = COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, locale));
    countryOptions.set(locale, options);
  }
  return options;
}

/** What the buyer pays, one amount per currency ("1.540.000 ₫ + $39.00"): amounts in different currencies never add up. */
function totalsByCurrency(shops: readonly ShopCart[], format: ReaderFormat): string[] {
  const totals = new Map<CurrencyCode, number>();
  for (const shop of shops) totals.set(shop.currency, (totals.get(shop.currency) ?? 0) + shop.subtotalMinor);
  return [...totals].map(([currency, minor]) => format.money(minor, currency));
}

/** Checkout without an account: the order summary per shop, the buyer's details and the test payment. */
export default async function CheckoutPage() {
  const [cart, t, format, locale, translate] = await Promise.all([currentCart(), getTranslations("buyer.checkout"), getReaderFormat(), getLocale(), refusalTranslator()]);
  const shortfall = cart.shops.some((s) => s.lines.some((l) => stockShortfall(l)));
  return (
    <StorefrontFrame shopId={cart.shops.length === 1 ? cart.shops[0]!.shopId : undefined}>
      <div className="mx-auto max-w-3xl space-y-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("heading")}</h1>
        {cart.notices.map((notice, i) => (
          <Alert key={i} tone="warning">
            {translate(notice)}
          </Alert>
        ))}
        {cart.shops.length === 0 ? (
          <EmptyState
            title={(await getTranslations("buyer.cart"))("emptyTitle")}
            action={
              <ButtonLink href="/cart" variant="secondary">
                {t("backToCart")}
              </ButtonLink>
            }
          >
            {t("emptyText")}
          </EmptyState>
        ) : (
          <>
            <section className="space-y-4" aria-label={t("summary")}>
              {cart.shops.length > 1 ? <p className="text-sm text-slate-600">{t("severalOrders", { count: cart.shops.length })}</p> : null}
              {cart.shops.map((shop) => (
                <ShopCartCard key={shop.shopId} shop={shop} />
              ))}
              <p className="text-sm text-slate-600">
                {t("freeShipping")}{" "}
                <Link href="/cart" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline sm:min-h-0">
                  {t("changeCart")}
                </Link>
              </p>
            </section>
            {shortfall ? (
              <Alert tone="warning">{t("shortfall")}</Alert>
            ) : (
              <CheckoutForm
                quote={quoteOf(cart.shops)}
                countries={countriesIn(locale)}
                testCards={TEST_CARDS}
                payLabel={t("pay", { amount: totalsByCurrency(cart.shops, format).join(" + ") })}
              />
            )}
          </>
        )}
      </div>
    </StorefrontFrame>
  );
}
