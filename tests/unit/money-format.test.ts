import { describe, expect, it } from "vitest";
import { formatMoney, formatMoneyPlain, parseMoney, SUPPORTED_CURRENCIES } from "@/lib/money";

/** Intl uses (narrow) non-breaking spaces in some locales; compare on plain spaces. */
const norm = (s: string) => s.replace(/[\s\u00A0\u202F]/g, " ");

describe("formatMoney", () => {
  it("USD always shows two decimals: 1250 cents is $12.50", () => {
    expect(formatMoney(1250, "USD")).toBe("$12.50");
    expect(formatMoney(1200, "USD")).toBe("$12.00");
  });

  it("VND has no minor unit, so 150000 is shown as 150.000 dong with no decimals", () => {
    const text = norm(formatMoney(150000, "VND"));
    expect(text).toContain("150.000");
    expect(text).toContain("₫");
    expect(text).not.toMatch(/150\.000,\d/);
  });

  it("IDR is shown in whole rupiah although Intl would default to two decimals", () => {
    const text = norm(formatMoney(1500000, "IDR"));
    expect(text).toContain("1.500.000");
    expect(text).not.toMatch(/,\d\d/);
  });

  it("EUR in its default German locale uses a decimal comma", () => {
    const text = norm(formatMoney(123456, "EUR"));
    expect(text).toContain("1.234,56");
    expect(text).toContain("€");
  });

  it("an explicit locale overrides the currency's default", () => {
    expect(norm(formatMoney(123456, "EUR", "en-US"))).toBe("€1,234.56");
  });

  it("negative amounts keep their sign", () => {
    expect(formatMoney(-500, "USD")).toMatch(/^-\$5\.00$|^\(\$5\.00\)$/);
  });

  it("amounts near the safe-integer limit are formatted digit-exact, not via a float", () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, "USD")).toBe("$90,071,992,547,409.91");
  });

  it("refuses fractional minor units because money is never a float", () => {
    expect(() => formatMoney(12.5, "USD")).toThrow(RangeError);
    expect(() => formatMoney(Number.MAX_SAFE_INTEGER + 1, "USD")).toThrow(RangeError);
  });
});

describe("formatMoneyPlain", () => {
  it.each([
    [1250, "USD", "12.50"],
    [5, "USD", "0.05"],
    [-500, "EUR", "-5.00"],
    [150000, "VND", "150000"],
    [0, "THB", "0.00"],
    [123456789, "SGD", "1234567.89"],
  ] as const)("%i minor units of %s refill a form input as %s", (minor, currency, expected) => {
    expect(formatMoneyPlain(minor, currency)).toBe(expected);
  });

  it("parseMoney reads formatMoneyPlain's output back to the same amount in every currency", () => {
    for (const currency of SUPPORTED_CURRENCIES) {
      for (const minor of [1, 99, 1250, 150000, 987654321]) {
        expect(parseMoney(formatMoneyPlain(minor, currency), currency)).toEqual({ ok: true, minor });
      }
    }
  });
});
