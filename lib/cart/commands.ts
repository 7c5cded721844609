import "server-only";
import type { Database } from "@/db/client";
import { cartProducts } from "@/db/queries/checkout";
import { UserFacingError } from "@/lib/errors";
import { MAX_CART_LINES, MAX_QUANTITY, addToCart, removeFromCart, setCartQuantity, type CartItem } from "./cookie";
import { loadCart } from "./load";
import type { CartProduct } from "./reconcile";

/**
 * Changes to the cart, checked against the database. Each returns the cart to write back, already
 * cleaned of lines that are no longer sold. Stock is only checked here to warn early: it is taken
 * (and checked again) at checkout.
 */

async function sellableProduct(db: Database, productId: string): Promise<CartProduct> {
  const [product] = await cartProducts(db, [productId]);
  if (!product || product.status !== "active") throw new UserFacingError("This product is no longer sold.");
  if (product.externalUrl) throw new UserFacingError(`This product is sold on ${product.shopName}’s own site.`);
  return product;
}

function checkStock(product: CartProduct, wanted: number, alreadyInCart: number) {
  if (product.stock === 0) throw new UserFacingError(`“${product.title}” is out of stock.`, "quantity");
  if (wanted > product.stock) {
    const have = alreadyInCart > 0 ? ` and ${alreadyInCart} ${alreadyInCart === 1 ? "is" : "are"} already in your cart` : "";
    throw new UserFacingError(`Only ${product.stock} left${have}.`, "quantity");
  }
}

export async function addCartItem(db: Database, items: readonly CartItem[], productId: string, quantity: number): Promise<{ items: CartItem[]; title: string; inCart: number }> {
  const product = await sellableProduct(db, productId);
  const current = (await loadCart(db, items)).items;
  const inCart = current.find((i) => i.productId === productId)?.quantity ?? 0;
  if (inCart === 0 && current.length >= MAX_CART_LINES) throw new UserFacingError(`Your cart holds at most ${MAX_CART_LINES} different products. Check out or remove one first.`);
  if (inCart + quantity > MAX_QUANTITY) throw new UserFacingError(`You can buy at most ${MAX_QUANTITY} of one product${inCart ? ` (${inCart} already in your cart)` : ""}.`, "quantity");
  checkStock(product, inCart + quantity, inCart);
  return { items: addToCart(current, productId, quantity), title: product.title, inCart: inCart + quantity };
}

export async function setCartItemQuantity(db: Database, items: readonly CartItem[], productId: string, quantity: number): Promise<CartItem[]> {
  const current = (await loadCart(db, items)).items;
  if (!current.some((i) => i.productId === productId)) throw new UserFacingError("This product is no longer in your cart.");
  checkStock(await sellableProduct(db, productId), quantity, 0);
  return setCartQuantity(current, productId, quantity);
}

export async function removeCartItem(db: Database, items: readonly CartItem[], productId: string): Promise<CartItem[]> {
  return removeFromCart((await loadCart(db, items)).items, productId);
}
