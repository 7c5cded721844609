import Link from "next/link";
import { getDb } from "@/db";
import { readCart } from "@/app/cart/cart-cookie";
import { cartUnits } from "@/lib/cart/cookie";
import { loadCart } from "@/lib/cart/load";

/** The cart in the storefront header, with how many units it holds that can still be bought. */
export async function CartLink() {
  const items = await readCart();
  const units = items.length === 0 ? 0 : cartUnits((await loadCart(await getDb(), items)).items);
  return (
    <Link href="/cart" className="inline-flex items-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
      Cart
      <span className="rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white tabular-nums" aria-label={`${units} ${units === 1 ? "item" : "items"}`}>
        {units}
      </span>
    </Link>
  );
}
