import "server-only";
import type { Database } from "@/db/client";
import { rememberUserVisitor } from "@/db/queries/attribution";
import { cartProducts, productAvailability, returnStock, takeStock } from "@/db/queries/checkout";
import { orderLinesOf } from "@/db/queries/orders";
import type { Order, ShippingAddress } from "@/db/schema";
import { MAX_QUANTITY } from "@/lib/cart/cookie";
import { UserFacingError } from "@/lib/errors";
import { formatMoney, type CurrencyCode } from "@/lib/money";
import { cancelOrder, createOrder, payOrder } from "./commands";
import { storedText } from "@/lib/i18n/stored-texts";

/**
 * The storefront checkout: a cart that may hold several shops' products becomes one order per shop,
 * paid together with one (test) payment. Either every order is paid or none is: when one shop's
 * part cannot be placed, or the payment is declined, the orders already placed are cancelled and
 * their stock goes back on the shelf.
 */

export type CheckoutItem = {
  productId: string;
  quantity: number;
  /** The unit price the buyer was shown when paying. Only compared, never charged: the price comes from the database. */
  shownUnitPriceMinor?: number;
};

export type CheckoutBuyer = { name: string; email: string; shippingAddress: ShippingAddress };
export type TestPaymentOutcome = "succeeds" | "declined";

export type PlacedOrder = { id: string; shopId: string; statusToken: string; currency: CurrencyCode; totalMinor: number };
export type CheckoutResult = { outcome: "paid" | "declined"; orders: PlacedOrder[] };

/** A product that cannot be bought as asked (gone, out of stock, price changed): nothing was charged. */
export class CartUnavailableError extends UserFacingError {
  constructor(readonly problems: string[]) {
    super(`${problems.join(" ")} Nothing was charged: check your cart and pay again.`);
  }
}

export async function checkoutCart(
  db: Database,
  params: { cart: readonly CheckoutItem[]; buyer: CheckoutBuyer; visitorId: string | null; buyerUserId?: string | null; at: Date; payment: TestPaymentOutcome },
): Promise<CheckoutResult> {
  if (params.cart.length === 0) throw new UserFacingError("Your cart is empty.");
  if (new Set(params.cart.map((i) => i.productId)).size !== params.cart.length) throw new RangeError("A product is listed twice in the cart");
  if (params.cart.some((i) => !Number.isInteger(i.quantity) || i.quantity < 1 || i.quantity > MAX_QUANTITY)) throw new RangeError(`Quantities must be whole numbers from 1 to ${MAX_QUANTITY}`);
  const placed: Order[] = [];
  try {
    for (const items of await itemsByShop(db, params.cart)) placed.push(await placeShopOrder(db, items, params));
  } catch (error) {
    await releaseOrders(db, placed, params.at, storedText("checkoutStopped"));
    throw error;
  }
  const orders = placed.map((o) => ({ id: o.id, shopId: o.shopId, statusToken: o.statusToken, currency: o.currency, totalMinor: o.totalMinor }));
  if (params.payment === "declined") {
    await releaseOrders(db, placed, params.at, storedText("paymentDeclined"));
    return { outcome: "declined", orders };
  }
  // A signed-in buyer's browser is theirs: a later order from it, signed out, is still theirs (no self-referral).
  if (params.buyerUserId && params.visitorId) await rememberUserVisitor(db, { userId: params.buyerUserId, visitorId: params.visitorId, at: params.at });
  const paid = new Set<string>();
  try {
    // payOrder opens its own transaction: each order is committed (stock taken) before it is paid.
    for (const order of placed) {
      await payOrder(db, { orderId: order.id, at: params.at });
      paid.add(order.id);
    }
  } catch (error) {
    await releaseOrders(db, placed.filter((o) => !paid.has(o.id)), params.at, storedText("paymentNotRecorded"));
    throw error;
  }
  return { outcome: "paid", orders };
}

type ProductNow = { title: string; priceMinor: number; currency: CurrencyCode; stock: number; status: string; externalUrl: string | null };

/** Why a line cannot be had as asked, in words for the buyer; null when it can. */
function availabilityProblem(product: ProductNow | undefined, item: CheckoutItem): string | null {
  if (!product) return "An item in your cart no longer exists.";
  if (product.status !== "active" || product.externalUrl) return `“${product.title}” is no longer sold here.`;
  if (product.stock === 0) return `“${product.title}” is out of stock.`;
  if (product.stock < item.quantity) return `Only ${product.stock} of “${product.title}” ${product.stock === 1 ? "is" : "are"} left (you asked for ${item.quantity}).`;
  return null;
}

function priceProblem(product: Pick<ProductNow, "title" | "priceMinor" | "currency">, item: CheckoutItem): string | null {
  if (item.shownUnitPriceMinor === undefined || item.shownUnitPriceMinor === product.priceMinor) return null;
  return `The price of “${product.title}” is now ${formatMoney(product.priceMinor, product.currency)} (you saw ${formatMoney(item.shownUnitPriceMinor, product.currency)}).`;
}

/**
 * Groups the cart by shop (a product's shop never changes), keeping the buyer's order of lines.
 * Every problem found in this first, unlocked read is told at once, before any order exists; the
 * transaction of each shop's order checks again under the row locks.
 */
async function itemsByShop(db: Database, cart: readonly CheckoutItem[]): Promise<CheckoutItem[][]> {
  const products = new Map((await cartProducts(db, cart.map((i) => i.productId))).map((p) => [p.id, p]));
  const problems = cart.flatMap((item) => {
    const product = products.get(item.productId);
    return availabilityProblem(product, item) ?? (product ? priceProblem(product, item) : null) ?? [];
  });
  if (problems.length > 0) throw new CartUnavailableError(problems);
  const groups = new Map<string, CheckoutItem[]>();
  for (const item of cart) {
    const shopId = products.get(item.productId)!.shopId;
    groups.set(shopId, [...(groups.get(shopId) ?? []), item]);
  }
  return [...groups.values()];
}

/**
 * One shop's order in one transaction: take the stock of every line (or none), then place the order
 * at the database's prices. Lines are taken in product-id order so two buyers with the same
 * products in their carts lock the rows in the same order and cannot deadlock.
 */
async function placeShopOrder(db: Database, items: CheckoutItem[], params: { buyer: CheckoutBuyer; visitorId: string | null; buyerUserId?: string | null; at: Date }): Promise<Order> {
  return db.transaction(async (tx) => {
    const problems: string[] = [];
    const taken = new Map<string, NonNullable<Awaited<ReturnType<typeof takeStock>>>>();
    for (const item of [...items].sort((a, b) => (a.productId < b.productId ? -1 : 1))) {
      const product = await takeStock(tx, item.productId, item.quantity);
      if (!product) {
        problems.push(availabilityProblem(await productAvailability(tx, item.productId), item) ?? `An item in your cart is no longer available.`);
        continue;
      }
      const changed = priceProblem(product, item);
      if (changed) problems.push(changed);
      taken.set(item.productId, product);
    }
    // Throwing rolls the transaction back: no stock is taken and no order exists.
    if (problems.length > 0) throw new CartUnavailableError(problems);
    const first = taken.get(items[0]!.productId)!;
    return createOrder(tx, {
      shopId: first.shopId,
      currency: first.currency,
      source: "storefront",
      visitorId: params.visitorId,
      buyer: params.buyer,
      buyerUserId: params.buyerUserId ?? null,
      lines: items.map((item, i) => ({ lineRef: String(i + 1), productId: item.productId, quantity: item.quantity, unitPriceMinor: taken.get(item.productId)!.priceMinor, discountMinor: 0 })),
      placedAt: params.at,
    });
  });
}

/** Cancels orders that will not be paid and puts their units back, both in one transaction per order. */
async function releaseOrders(db: Database, orders: readonly Order[], at: Date, reason: string) {
  for (const order of orders) {
    await db.transaction(async (tx) => {
      // cancelOrder opens a transaction of its own: inside this one it becomes a savepoint, so the
      // cancellation and the stock coming back commit together or not at all.
      await cancelOrder(tx, { orderId: order.id, at, reason });
      for (const line of await orderLinesOf(tx, order.id)) await returnStock(tx, line.productId, line.quantity);
    });
  }
}

/** A buyer's order as its public page shows it (the row db/queries reads). */
export type { BuyerOrder } from "@/db/queries/storefront";
