import { cache } from "react";
import { cookies, headers } from "next/headers";
import { CART_COOKIE, CART_COOKIE_DAYS, parseCartCookie, serializeCart, type CartItem } from "@/lib/cart/cookie";
import { loadCart } from "@/lib/cart/load";
import { publicActor } from "@/server/context";

/** The cart cookie as the request brought it, read and repaired (see lib/cart/cookie.ts). */
export async function readCart(): Promise<CartItem[]> {
  return parseCartCookie((await cookies()).get(CART_COOKIE)?.value).items;
}

/** The request's cart with its products, loaded once per render: the header's badge and the page share it. */
export const currentCart = cache(async () => {
  const items = await readCart();
  return loadCart((await publicActor()).db, items);
});

/** Only server actions write it: HttpOnly, so page scripts never see or change the cart. */
export async function writeCart(items: readonly CartItem[]): Promise<void> {
  const store = await cookies();
  if (items.length === 0) {
    store.delete(CART_COOKIE);
    return;
  }
  const secure = (await headers()).get("x-forwarded-proto") === "https";
  store.set(CART_COOKIE, serializeCart(items), { httpOnly: true, sameSite: "lax", path: "/", maxAge: CART_COOKIE_DAYS * 86_400, secure });
}
