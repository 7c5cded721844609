import "server-only";
import type { CurrencyCode } from "@/lib/money";
import type { CartItem } from "./cookie";

/** What the cart needs to know about a product, read fresh from the database. */
export type CartProduct = {
  id: string;
  title: string;
  priceMinor: number;
  currency: CurrencyCode;
  stock: number;
  status: "active" | "archived";
  externalUrl: string | null;
  imageMediaId: string | null;
  shopId: string;
  shopName: string;
};

export type CartLine = { productId: string; quantity: number; product: CartProduct; lineTotalMinor: number };
export type ShopCart = { shopId: string; shopName: string; currency: CurrencyCode; lines: CartLine[]; subtotalMinor: number };
export type CartView = {
  /** One group per shop, in the order the buyer first added them: each becomes one order. */
  shops: ShopCart[];
  /** The lines still sold, as they should be written back to the cookie. */
  items: CartItem[];
  /** Why lines were taken out, for the buyer. */
  notices: string[];
};

/** Only active products sold on the portal itself can be bought here; the rest leave the cart with a word why. */
export function reconcileCart(items: readonly CartItem[], products: readonly CartProduct[]): CartView {
  const byId = new Map(products.map((p) => [p.id, p]));
  const shops: ShopCart[] = [];
  const kept: CartItem[] = [];
  const notices: string[] = [];
  for (const item of items) {
    const product = byId.get(item.productId);
    if (!product) {
      notices.push("An item that no longer exists was taken out of your cart.");
      continue;
    }
    if (product.status !== "active") {
      notices.push(`“${product.title}” is no longer sold, so it was taken out of your cart.`);
      continue;
    }
    if (product.externalUrl) {
      notices.push(`“${product.title}” is sold on ${product.shopName}’s own site, so it was taken out of your cart.`);
      continue;
    }
    kept.push(item);
    let shop = shops.find((s) => s.shopId === product.shopId);
    if (!shop) {
      shop = { shopId: product.shopId, shopName: product.shopName, currency: product.currency, lines: [], subtotalMinor: 0 };
      shops.push(shop);
    }
    const lineTotalMinor = product.priceMinor * item.quantity;
    shop.lines.push({ productId: item.productId, quantity: item.quantity, product, lineTotalMinor });
    shop.subtotalMinor += lineTotalMinor;
  }
  return { shops, items: kept, notices };
}

/** A line asking for more than the shop has: the buyer is told before paying, and checkout refuses it. */
export function stockShortfall(line: CartLine): string | null {
  if (line.product.stock === 0) return "Out of stock";
  if (line.quantity > line.product.stock) return `Only ${line.product.stock} left`;
  return null;
}
