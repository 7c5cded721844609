import "server-only";
import type { Database } from "@/db/client";
import { cartProducts } from "@/db/queries/checkout";
import type { CartItem } from "./cookie";
import { reconcileCart, type CartView } from "./reconcile";

/** The cart as it is now: every line checked against the database, grouped by shop. */
export async function loadCart(db: Database, items: readonly CartItem[]): Promise<CartView> {
  return reconcileCart(items, await cartProducts(db, items.map((i) => i.productId)));
}
