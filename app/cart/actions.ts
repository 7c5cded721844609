"use server";

import { formAction } from "@/server/form-action";
import { addCartItem, removeCartItem, setCartItemQuantity } from "@/lib/cart/commands";
import { addToCartSchema, removeFromCartSchema, setCartQuantitySchema } from "@/lib/validation/checkout";
import { readCart, writeCart } from "./cart-cookie";

// Buyers need no account (role null). Writing the cookie re-renders the page, so the cart count and
// the cart page show the change at once.

export const addToCartAction = formAction({ role: null, schema: addToCartSchema }, async ({ productId, quantity }, { actor }) => {
  const result = await addCartItem(actor.db, await readCart(), productId, quantity);
  await writeCart(result.items);
  return { title: result.title, inCart: result.inCart };
});

export const setCartQuantityAction = formAction({ role: null, schema: setCartQuantitySchema }, async ({ productId, quantity }, { actor }) => {
  await writeCart(await setCartItemQuantity(actor.db, await readCart(), productId, quantity));
  return { quantity };
});

export const removeFromCartAction = formAction({ role: null, schema: removeFromCartSchema }, async ({ productId }, { actor }) => {
  await writeCart(await removeCartItem(actor.db, await readCart(), productId));
  return null;
});
