import "server-only";
import { isId } from "@/lib/ids";

/**
 * The buyer's cart lives only in an HttpOnly cookie (no account, no database rows): product ids and
 * quantities, never prices. Prices, stock and whether a product is still sold are read from the
 * database every time the cart is shown or checked out, so a tampered cookie can change nothing
 * but which products the buyer asks for.
 */
export const CART_COOKIE = "ls_cart";
export const CART_COOKIE_DAYS = 30;
export const MAX_QUANTITY = 99;
/** Keeps the cookie far under the 4 KB browsers allow (each line is ~33 characters). */
export const MAX_CART_LINES = 40;

export type CartItem = { productId: string; quantity: number };
export type ParsedCart = { items: CartItem[]; repaired: boolean };

// "prd_<26>:<quantity>" lines joined by "." — characters a cookie value may hold without escaping.
const LINE = /^(prd_[0-9A-Z]{26}):(\d{1,6})$/;

export function clampQuantity(quantity: number): number {
  if (!Number.isFinite(quantity)) return 1;
  return Math.min(MAX_QUANTITY, Math.max(1, Math.trunc(quantity)));
}

/**
 * Reads the cookie as it arrives, trusting nothing: unreadable lines are dropped, quantities are
 * clamped to 1..99, a product listed twice becomes one line, and lines past the limit are dropped.
 * `repaired` says the cookie held something that had to be fixed.
 */
export function parseCartCookie(raw: string | null | undefined): ParsedCart {
  if (!raw) return { items: [], repaired: false };
  let repaired = false;
  const items: CartItem[] = [];
  for (const part of raw.split(".")) {
    const match = LINE.exec(part);
    if (!match || !isId(match[1], "prd")) {
      repaired = true;
      continue;
    }
    const productId = match[1]!;
    const stated = Number(match[2]);
    const existing = items.find((i) => i.productId === productId);
    const quantity = clampQuantity((existing?.quantity ?? 0) + stated);
    if (existing || quantity !== stated) repaired = true;
    if (existing) existing.quantity = quantity;
    else if (items.length < MAX_CART_LINES) items.push({ productId, quantity });
    else repaired = true;
  }
  return { items, repaired };
}

export function serializeCart(items: readonly CartItem[]): string {
  return items
    .slice(0, MAX_CART_LINES)
    .map((i) => `${i.productId}:${clampQuantity(i.quantity)}`)
    .join(".");
}

/** Adds units of a product (to the line already there, if any), never past 99. */
export function addToCart(items: readonly CartItem[], productId: string, quantity: number): CartItem[] {
  const existing = items.find((i) => i.productId === productId);
  if (existing) return items.map((i) => (i.productId === productId ? { productId, quantity: clampQuantity(i.quantity + quantity) } : i));
  return [...items, { productId, quantity: clampQuantity(quantity) }];
}

export function setCartQuantity(items: readonly CartItem[], productId: string, quantity: number): CartItem[] {
  return items.map((i) => (i.productId === productId ? { productId, quantity: clampQuantity(quantity) } : i));
}

export function removeFromCart(items: readonly CartItem[], productId: string): CartItem[] {
  return items.filter((i) => i.productId !== productId);
}

export function cartUnits(items: readonly CartItem[]): number {
  return items.reduce((sum, i) => sum + i.quantity, 0);
}
