import { describe, expect, it } from "vitest";
import { parseMoney } from "@/lib/money";
import { productSchema } from "@/lib/validation/catalogue";
import { moneyField } from "@/lib/validation/money";
import { withdrawSchema } from "@/lib/validation/wallet";

const messageOf = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }, field: string) =>
  result.error?.issues.find((issue) => issue.path[0] === field)?.message;

describe("one money field", () => {
  it("reads the currency's usual format as minor units", () => {
    expect(moneyField("USD").parse("1,234.50")).toBe(123_450);
    expect(moneyField("VND").parse("250.000")).toBe(250_000);
    expect(moneyField("USD", { optional: true, allowZero: true }).parse(" ")).toBe(0);
    expect(moneyField("USD", { allowNegative: true }).parse("-5")).toBe(-500);
  });

  it("says what parseMoney says, whichever form the field is on", () => {
    const tooPrecise = parseMoney("1.234", "USD");
    expect(tooPrecise.ok).toBe(false);
    const message = tooPrecise.ok ? "" : tooPrecise.error;
    expect(moneyField("USD").safeParse("1.234").error?.issues[0]?.message).toBe(message);
    const product = productSchema({ currency: "USD" }).safeParse({ title: "A lamp", category: "Home", sku: "L-1", price: "1.234", stock: "1", openRate: "10", openFlatFee: "" });
    expect(messageOf(product, "price")).toBe(message);
    const withdraw = withdrawSchema.safeParse({ currency: "USD", amount: "1.234", payoutMethodId: "pm_1", idempotencyKey: "12345678" });
    expect(messageOf(withdraw, "amount")).toBe(message);
  });

  it("keeps the zero rules of each field: a price and a withdrawal are more than zero, a flat fee may be zero", () => {
    const zero = parseMoney("0", "USD");
    const message = zero.ok ? "" : zero.error;
    expect(messageOf(withdrawSchema.safeParse({ currency: "USD", amount: "0", payoutMethodId: "pm_1", idempotencyKey: "12345678" }), "amount")).toBe(message);
    expect(moneyField("USD", { optional: true, allowZero: true }).parse("0")).toBe(0);
  });
});
