import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentCart } from "./cart-cookie";
import { cartUnits } from "@/lib/cart/cookie";

/** The cart in the storefront header, with how many units it holds that can still be bought. */
export async function CartLink() {
  const [t, cart] = await Promise.all([getTranslations("buyer.frame"), currentCart()]);
  const units = cartUnits(cart.items);
  return (
    <Link
      href="/cart"
      className="inline-flex min-h-11 shrink-0 items-center gap-2 rounded-md px-3 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
    >
      {t("cart")}
      {/* The badge shows the number; screen readers hear "2 items" instead. */}
      <span className="rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white tabular-nums" aria-hidden="true">
        {units}
      </span>
      <span className="sr-only"> {t("cartItems", { count: units })}</span>
    </Link>
  );
}
