import { describe, expect, it } from "vitest";
import { MAX_CART_LINES, addToCart, cartUnits, clampQuantity, parseCartCookie, removeFromCart, serializeCart, setCartQuantity } from "@/lib/cart/cookie";
import { parseQuote, quoteMatchesCart, quoteOf } from "@/lib/cart/quote";
import { reconcileCart, stockShortfall, type CartProduct } from "@/lib/cart/reconcile";
import { newId } from "@/lib/ids";

const A = newId("prd");
const B = newId("prd");
const C = newId("prd");

function product(id: string, overrides: Partial<CartProduct> = {}): CartProduct {
  return { id, title: `Product ${id.slice(-4)}`, priceMinor: 1250, currency: "USD", stock: 10, status: "active", externalUrl: null, imageMediaId: null, shopId: "shp_1", shopName: "Brightside Home", ...overrides };
}

describe("reading the cart cookie", () => {
  it("reads what it wrote", () => {
    const items = [
      { productId: A, quantity: 2 },
      { productId: B, quantity: 99 },
    ];
    expect(parseCartCookie(serializeCart(items))).toEqual({ items, repaired: false });
  });

  it("is empty without a cookie", () => {
    expect(parseCartCookie(undefined)).toEqual({ items: [], repaired: false });
    expect(parseCartCookie("")).toEqual({ items: [], repaired: false });
  });

  it("clamps quantities to 1..99", () => {
    expect(parseCartCookie(`${A}:0.${B}:500`)).toEqual({ items: [{ productId: A, quantity: 1 }, { productId: B, quantity: 99 }], repaired: true });
  });

  it("drops lines it cannot read: wrong prefix, bad id, negative or missing quantity, JSON", () => {
    const usr = newId("usr");
    const parsed = parseCartCookie(`${A}:3.${usr}:1.prd_nope:1.${B}:-1.${C}.{"x":1}`);
    expect(parsed).toEqual({ items: [{ productId: A, quantity: 3 }], repaired: true });
  });

  it("merges a product listed twice into one line, still at most 99", () => {
    expect(parseCartCookie(`${A}:60.${B}:1.${A}:60`)).toEqual({ items: [{ productId: A, quantity: 99 }, { productId: B, quantity: 1 }], repaired: true });
  });

  it(`keeps at most ${MAX_CART_LINES} lines, so the cookie stays small`, () => {
    const raw = Array.from({ length: MAX_CART_LINES + 5 }, () => `${newId("prd")}:1`).join(".");
    expect(raw.length).toBeGreaterThan(1000);
    const parsed = parseCartCookie(raw);
    expect(parsed.items).toHaveLength(MAX_CART_LINES);
    expect(parsed.repaired).toBe(true);
    expect(serializeCart(parsed.items).length).toBeLessThan(1500);
  });
});

describe("changing the cart", () => {
  it("adds to the line already there and never past 99", () => {
    let items = addToCart([], A, 2);
    items = addToCart(items, B, 1);
    items = addToCart(items, A, 3);
    expect(items).toEqual([{ productId: A, quantity: 5 }, { productId: B, quantity: 1 }]);
    expect(addToCart(items, A, 500)[0]).toEqual({ productId: A, quantity: 99 });
    expect(cartUnits(items)).toBe(6);
  });

  it("sets a quantity within 1..99 and removes a line", () => {
    const items = [{ productId: A, quantity: 2 }, { productId: B, quantity: 1 }];
    expect(setCartQuantity(items, B, 7)).toEqual([{ productId: A, quantity: 2 }, { productId: B, quantity: 7 }]);
    expect(setCartQuantity(items, B, 0)[1]!.quantity).toBe(1);
    expect(removeFromCart(items, A)).toEqual([{ productId: B, quantity: 1 }]);
    expect(clampQuantity(Number.NaN)).toBe(1);
    expect(clampQuantity(3.7)).toBe(3);
  });
});

describe("checking the cart against the catalogue", () => {
  it("groups lines by shop in the order they were added, with a subtotal in each shop's currency", () => {
    const vnd = { shopId: "shp_2", shopName: "Saigon Craft Co.", currency: "VND" as const };
    const view = reconcileCart(
      [
        { productId: A, quantity: 2 },
        { productId: B, quantity: 1 },
        { productId: C, quantity: 3 },
      ],
      [product(A), product(B, { ...vnd, priceMinor: 185_000 }), product(C, { priceMinor: 100 })],
    );
    expect(view.shops.map((s) => [s.shopName, s.currency, s.subtotalMinor, s.lines.length])).toEqual([
      ["Brightside Home", "USD", 2 * 1250 + 3 * 100, 2],
      ["Saigon Craft Co.", "VND", 185_000, 1],
    ]);
    expect(view.notices).toEqual([]);
  });

  it("drops unknown, archived and externally sold products with a notice each", () => {
    const view = reconcileCart(
      [
        { productId: A, quantity: 1 },
        { productId: B, quantity: 1 },
        { productId: C, quantity: 1 },
        { productId: newId("prd"), quantity: 1 },
      ],
      [product(A), product(B, { status: "archived", title: "Reading Lamp" }), product(C, { externalUrl: "https://brightside-home.example/x", title: "Linen Throw" })],
    );
    expect(view.items).toEqual([{ productId: A, quantity: 1 }]);
    expect(view.notices).toEqual([
      "“Reading Lamp” is no longer sold, so it was taken out of your cart.",
      "“Linen Throw” is sold on Brightside Home’s own site, so it was taken out of your cart.",
      "An item that no longer exists was taken out of your cart.",
    ]);
  });

  it("warns about lines asking for more than the stock", () => {
    const view = reconcileCart(
      [
        { productId: A, quantity: 4 },
        { productId: B, quantity: 1 },
        { productId: C, quantity: 2 },
      ],
      [product(A, { stock: 3 }), product(B, { stock: 0 }), product(C, { stock: 2 })],
    );
    expect(view.shops[0]!.lines.map(stockShortfall)).toEqual(["Only 3 left", "Out of stock", null]);
  });
});

describe("the quote sent with the payment", () => {
  it("carries each line's quantity and shown price, and must match the cart", () => {
    const view = reconcileCart([{ productId: A, quantity: 2 }, { productId: B, quantity: 1 }], [product(A), product(B, { priceMinor: 999 })]);
    const quote = parseQuote(quoteOf(view.shops))!;
    expect(quote).toEqual([
      { productId: A, quantity: 2, shownUnitPriceMinor: 1250 },
      { productId: B, quantity: 1, shownUnitPriceMinor: 999 },
    ]);
    expect(quoteMatchesCart(quote, view.items)).toBe(true);
    expect(quoteMatchesCart(quote, [{ productId: A, quantity: 3 }, { productId: B, quantity: 1 }])).toBe(false);
    expect(quoteMatchesCart(quote, [{ productId: A, quantity: 2 }])).toBe(false);
    expect(parseQuote(`${A}:2:abc`)).toBeNull();
    expect(parseQuote("")).toBeNull();
  });
});
