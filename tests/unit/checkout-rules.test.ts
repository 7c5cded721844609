import { describe, expect, it } from "vitest";
import { checkCvc, checkExpiry, testCardOutcome, TEST_CARDS } from "@/lib/orders/test-payment";
import { orderTimeline } from "@/lib/orders/timeline";
import { checkoutSchema } from "@/lib/validation/checkout";

const AT = new Date("2026-11-22T12:00:00Z");

describe("test payments", () => {
  it("4242 4242 4242 4242 succeeds and 4000 0000 0000 0002 is declined, typed with or without spaces", () => {
    expect(testCardOutcome(TEST_CARDS.succeeds)).toEqual({ ok: true, value: "succeeds" });
    expect(testCardOutcome("4242424242424242")).toEqual({ ok: true, value: "succeeds" });
    expect(testCardOutcome("4000-0000-0000-0002")).toEqual({ ok: true, value: "declined" });
  });

  it("refuses any other number, naming the test cards", () => {
    expect(testCardOutcome("5555 5555 5555 4444")).toMatchObject({ ok: false, error: expect.stringContaining("4242 4242 4242 4242") });
    expect(testCardOutcome("")).toEqual({ ok: false, error: "Enter the card number" });
  });

  it("takes any expiry up to the end of its month, and no earlier", () => {
    expect(checkExpiry("11/26", AT)).toEqual({ ok: true, value: { month: 11, year: 2026 } });
    expect(checkExpiry("12/2030", AT)).toEqual({ ok: true, value: { month: 12, year: 2030 } });
    expect(checkExpiry("10/26", AT)).toEqual({ ok: false, error: "This card has expired" });
    expect(checkExpiry("13/30", AT)).toEqual({ ok: false, error: "The month must be 01 to 12" });
    expect(checkExpiry("1230", AT)).toEqual({ ok: false, error: "Enter the expiry as MM/YY" });
  });

  it("takes any CVC of 3 or 4 digits", () => {
    expect(checkCvc("123").ok).toBe(true);
    expect(checkCvc("1234").ok).toBe(true);
    expect(checkCvc("12a").ok).toBe(false);
  });
});

describe("the checkout form", () => {
  const valid = { name: "Lan Pham", email: " Lan@Example.com ", line1: "12 Hang Bac", line2: "", city: "Hanoi", postalCode: "100000", country: "VN", cardNumber: "4242 4242 4242 4242", expiry: "12/30", cvc: "123", quote: "" };

  it("reads the buyer, the address and the test card", () => {
    const parsed = checkoutSchema(AT).parse(valid);
    expect(parsed).toMatchObject({ email: "lan@example.com", line2: undefined, country: "VN", cardNumber: "succeeds" });
  });

  it("gives every wrong field its own message", () => {
    const result = checkoutSchema(AT).safeParse({ ...valid, name: "", email: "nope", city: "", country: "XX", cardNumber: "4111 1111 1111 1111", expiry: "01/20" });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((i) => i.path.join(".")));
    expect([...fields].sort()).toEqual(["cardNumber", "city", "country", "email", "expiry", "name"]);
  });
});

describe("an order's timeline for its buyer", () => {
  const times = { placedAt: new Date("2026-11-01T10:00:00Z"), paidAt: new Date("2026-11-01T10:00:05Z"), shippedAt: null, deliveredAt: null, completedAt: null, cancelledAt: null };

  it("uses the order's times when it has no events", () => {
    expect(orderTimeline(times, []).map((e) => e.state)).toEqual(["placed", "paid"]);
  });

  it("keeps placed before cancelled when both happened at once (a declined payment)", () => {
    const at = new Date("2026-11-01T10:00:00Z");
    expect(orderTimeline({ ...times, placedAt: at, paidAt: null, cancelledAt: at }, []).map((e) => e.state)).toEqual(["placed", "cancelled"]);
  });

  it("uses the order's events where there are some, oldest first, with refunded units, and the times no event covers", () => {
    const events = [
      { id: "oev_2", type: "refunded" as const, occurredAt: new Date("2026-11-05T00:00:00Z"), lines: [{ lineRef: "A", quantity: 2 }] },
      { id: "oev_1", type: "paid" as const, occurredAt: new Date("2026-11-01T10:00:04Z"), lines: null },
    ];
    expect(orderTimeline(times, events)).toEqual([
      { key: "placed", state: "placed", at: times.placedAt },
      { key: "oev_1", state: "paid", at: events[1]!.occurredAt },
      { key: "oev_2", state: "refunded", at: events[0]!.occurredAt, units: 2 },
    ]);
  });
});
