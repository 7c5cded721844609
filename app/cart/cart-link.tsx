import Link from "next/link";
import { currentCart } from "./cart-cookie";
import { cartUnits } from "@/lib/cart/cookie";

/** The cart in the storefront header, with how many units it holds that can still be bought. */
export async function CartLink() {
  const units = cartUnits((await currentCart()).items);
  return (
    <Link href="/cart" className="inline-flex items-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
      Cart
      <span className="rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white tabular-nums" aria-label={`${units} ${units === 1 ? "item" : "items"}`}>
        {units}
      </span>
    </Link>
  );
}
