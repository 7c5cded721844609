import { describe, expect, it } from "vitest";
import { refusalKey } from "@/lib/i18n/refusal-keys";
import { MAX_CART_LINES, MAX_QUANTITY } from "@/lib/cart/cookie";
import { addToCartSchema, checkoutSchema } from "@/lib/validation/checkout";
import { UNSTORABLE_TEXT_MESSAGE } from "@/lib/validation/text";

const AT = new Date("2026-12-02T12:00:00Z");

describe("the buyer's refusals in the reader's language", () => {
  it("has a translation for every message the cart and checkout schemas can refuse with", () => {
    const messages = new Set<string>();
    const collect = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues.forEach((issue) => messages.add(issue.message));
    const schema = checkoutSchema(AT);
    // Shaped as FormData arrives: every field present, as a string.
    for (const input of [
      { name: "", email: "", line1: "", line2: "", city: "", postalCode: "", country: "", cardNumber: "", expiry: "", cvc: "", quote: "" },
      { name: "A".repeat(101), email: "not-an-e-mail", line1: "x".repeat(201), line2: "x".repeat(201), city: "\u0000x", postalCode: "!", country: "XX", cardNumber: "4111 1111 1111 1111", expiry: "13/30", cvc: "1", quote: "" },
      { name: "Lan", email: `${"a".repeat(250)}@example.com`, line1: "12 Hang Bac", line2: "", city: "Hanoi", postalCode: "100000", country: "VN", cardNumber: "4242 4242 4242 4242", expiry: "01/20", cvc: "123", quote: "" },
      { name: "Lan", email: "lan@example.com", line1: "12 Hang Bac", line2: "", city: "Hanoi", postalCode: "100000", country: "VN", cardNumber: "4242 4242 4242 4242", expiry: "1230", cvc: "123", quote: "" },
    ])
      collect(schema.safeParse(input));
    for (const quantity of ["", "1.5", "0", String(MAX_QUANTITY + 1)]) collect(addToCartSchema.safeParse({ productId: "prd_x", quantity }));
    expect(messages.size).toBeGreaterThan(15);
    expect([...messages].filter((message) => refusalKey(message) === undefined)).toEqual([]);
  });

  it("has a translation for the cart's and the checkout's own refusals and notices, with their words", () => {
    const texts = [
      UNSTORABLE_TEXT_MESSAGE,
      "This product is no longer sold.",
      "This product is sold on Brightside Home’s own site.",
      "“Aroma Diffuser” is out of stock.",
      "Only 3 left and 1 is already in your cart.",
      "Only 3 left and 2 are already in your cart.",
      "Only 3 left.",
      `Your cart holds at most ${MAX_CART_LINES} different products. Check out or remove one first.`,
      `You can buy at most ${MAX_QUANTITY} of one product (2 already in your cart).`,
      `You can buy at most ${MAX_QUANTITY} of one product.`,
      "This product is no longer in your cart.",
      "Your cart is empty.",
      "Your cart is empty: add a product before paying.",
      "Your cart changed while you were paying. Check the summary above and pay again.",
      "Payment declined: the card was refused, so nothing was charged and the order was cancelled. Your cart is kept; try again with the test card that succeeds.",
      "An item in your cart no longer exists.",
      "An item in your cart is no longer available.",
      "“Lamp” is no longer sold here.",
      "Only 1 of “Clock” is left (you asked for 3).",
      "Only 2 of “Clock” are left (you asked for 3).",
      "The price of “Diffuser” is now $32.00 (you saw $0.01).",
      "An item that no longer exists was taken out of your cart.",
      "“Lamp” is no longer sold, so it was taken out of your cart.",
      "“Lamp” is sold on Brightside Home’s own site, so it was taken out of your cart.",
    ];
    expect(texts.filter((text) => refusalKey(text) === undefined)).toEqual([]);
    expect(refusalKey("Only 3 left and 2 are already in your cart.")).toBe("buyer.errors.onlyLeftInCartMany");
    expect(refusalKey("Only 3 left.")).toBe("buyer.errors.onlyLeft");
  });
});
