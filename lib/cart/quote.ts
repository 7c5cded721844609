import "server-only";
import type { CheckoutItem } from "@/lib/orders/storefront";
import type { CartItem } from "./cookie";
import type { ShopCart } from "./reconcile";

/**
 * What the buyer saw on the checkout page (each product, quantity and unit price), sent back with
 * the payment. The quantities must match the cart; the prices are only compared with the database's,
 * so a price that changed meanwhile is shown to the buyer before anything is charged.
 */
export function quoteOf(shops: readonly ShopCart[]): string {
  return shops.flatMap((s) => s.lines.map((l) => `${l.productId}:${l.quantity}:${l.product.priceMinor}`)).join(".");
}

const LINE = /^(prd_[0-9A-Z]{26}):(\d{1,2}):(\d{1,15})$/;

export function parseQuote(value: string): CheckoutItem[] | null {
  if (!value) return null;
  const items: CheckoutItem[] = [];
  for (const part of value.split(".")) {
    const match = LINE.exec(part);
    if (!match) return null;
    items.push({ productId: match[1]!, quantity: Number(match[2]), shownUnitPriceMinor: Number(match[3]) });
  }
  return items;
}

/** Whether the quote holds exactly the cart's products and quantities (another tab may have changed the cart). */
export function quoteMatchesCart(quote: readonly CheckoutItem[], cart: readonly CartItem[]): boolean {
  if (quote.length !== cart.length) return false;
  return cart.every((c) => quote.some((q) => q.productId === c.productId && q.quantity === c.quantity));
}
