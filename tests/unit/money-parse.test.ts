import { describe, expect, it } from "vitest";
import { parseMoney } from "@/lib/money";

const ok = (minor: number) => ({ ok: true, minor });
const err = (error: string) => ({ ok: false, error });

describe("parseMoney: plain amounts", () => {
  it("USD '12.50' is 1250 cents", () => {
    expect(parseMoney("12.50", "USD")).toEqual(ok(1250));
  });

  it("a whole USD amount '12' is 1200 cents and '12.5' is 1250", () => {
    expect(parseMoney("12", "USD")).toEqual(ok(1200));
    expect(parseMoney("12.5", "USD")).toEqual(ok(1250));
  });

  it("surrounding whitespace is ignored", () => {
    expect(parseMoney("  \t7.25 \n", "USD")).toEqual(ok(725));
  });

  it("fractions are converted exactly: '0.29' is 29 cents, not 28.999…", () => {
    expect(parseMoney("0.29", "USD")).toEqual(ok(29));
    expect(parseMoney("1.15", "EUR")).toEqual(ok(115));
  });
});

describe("parseMoney: currency codes and symbols", () => {
  it.each([
    ["$12.50", "USD", 1250],
    ["USD 12.50", "USD", 1250],
    ["usd12.50", "USD", 1250],
    ["€ 12,50", "EUR", 1250],
    ["12,50 €", "EUR", 1250],
    ["₫150.000", "VND", 150000],
    ["150.000 ₫", "VND", 150000],
    ["Rp 25.000", "IDR", 25000],
    ["₱99.75", "PHP", 9975],
    ["฿350", "THB", 35000],
    ["RM 10.90", "MYR", 1090],
    ["S$4.20", "SGD", 420],
    ["$4.20", "SGD", 420],
  ] as const)("'%s' in %s has its code or symbol stripped", (input, currency, minor) => {
    expect(parseMoney(input, currency)).toEqual(ok(minor));
  });

  it("another currency's symbol is rejected rather than silently converted", () => {
    expect(parseMoney("€12.50", "USD")).toEqual(err("Enter a number like 12.50"));
    expect(parseMoney("EUR 12.50", "USD").ok).toBe(false);
  });

  it("letters or stray characters are rejected", () => {
    for (const input of ["12.50abc", "abc", "12..50", "1e3", "0x10", "12.", ".50", "12.50.", "+5"]) {
      expect(parseMoney(input, "USD"), input).toEqual(err("Enter a number like 12.50"));
    }
  });

  it("a VND form suggests a whole-dong example", () => {
    expect(parseMoney("abc", "VND")).toEqual(err("Enter a number like 150000"));
  });
});

describe("parseMoney: separators", () => {
  it("VND has no minor unit, so '150.000' is one hundred fifty thousand dong", () => {
    expect(parseMoney("150.000", "VND")).toEqual(ok(150000));
  });

  it("VND '150,000' is also grouping, not a decimal", () => {
    expect(parseMoney("150,000", "VND")).toEqual(ok(150000));
    expect(parseMoney("1.500.000", "VND")).toEqual(ok(1500000));
    expect(parseMoney("1 500 000", "VND")).toEqual(ok(1500000));
  });

  it("VND '150.5' is refused because dong have no decimal part", () => {
    expect(parseMoney("150.5", "VND")).toEqual(err("VND amounts have no decimal part"));
    expect(parseMoney("150.000,5", "VND")).toEqual(err("VND amounts have no decimal part"));
    expect(parseMoney("25,00", "IDR")).toEqual(err("IDR amounts have no decimal part"));
  });

  it("zero-exponent grouping must be in threes", () => {
    expect(parseMoney("1.50.000", "VND")).toEqual(err("Group digits in threes, like 1,500,000"));
  });

  it("USD '1,234' is one thousand two hundred thirty-four dollars (comma groups thousands)", () => {
    expect(parseMoney("1,234", "USD")).toEqual(ok(123400));
  });

  it("USD '1,234,567.89' mixes grouping commas with a decimal point", () => {
    expect(parseMoney("1,234,567.89", "USD")).toEqual(ok(123456789));
  });

  it("EUR '12,5' uses a decimal comma: 12.50 euro", () => {
    expect(parseMoney("12,5", "EUR")).toEqual(ok(1250));
    expect(parseMoney("12,50", "EUR")).toEqual(ok(1250));
  });

  it("when both '.' and ',' appear, the last one is the decimal separator", () => {
    expect(parseMoney("1.234,56", "EUR")).toEqual(ok(123456));
    expect(parseMoney("1,234.56", "EUR")).toEqual(ok(123456));
    expect(parseMoney("1.234.567,8", "EUR")).toEqual(ok(123456780));
  });

  it("spaces and non-breaking spaces may group thousands", () => {
    expect(parseMoney("1 234,56", "EUR")).toEqual(ok(123456));
    expect(parseMoney("1\u00A0234,56", "EUR")).toEqual(ok(123456));
    expect(parseMoney("1\u202F234.56", "USD")).toEqual(ok(123456));
  });

  it("several dots in a two-decimal currency can only be grouping", () => {
    expect(parseMoney("1.234.567", "EUR")).toEqual(ok(123456700));
  });

  it("grouping that is not in threes is refused", () => {
    for (const input of ["1,23,456.00", "12,34.00", "1234,567.00", "1.23,45"]) {
      expect(parseMoney(input, "USD"), input).toEqual(err("Group digits in threes, like 1,234.50"));
    }
  });

  it("mixing two grouping styles is refused", () => {
    expect(parseMoney("1 234.567,89", "EUR")).toEqual(err("Group digits in threes, like 1,234.50"));
  });

  it("the decimal separator may appear only once", () => {
    expect(parseMoney("1,234.5.6", "USD").ok).toBe(false);
  });

  it("USD allows at most 2 decimal places", () => {
    expect(parseMoney("12.505", "USD")).toEqual(err("USD allows at most 2 decimal places"));
    expect(parseMoney("1.234", "EUR")).toEqual(err("EUR allows at most 2 decimal places"));
    expect(parseMoney("1,2345", "USD")).toEqual(err("USD allows at most 2 decimal places"));
  });
});

describe("parseMoney: sign, zero and size", () => {
  it("an empty or blank input asks for an amount", () => {
    expect(parseMoney("", "USD")).toEqual(err("Enter an amount"));
    expect(parseMoney("   ", "USD")).toEqual(err("Enter an amount"));
  });

  it("zero is refused unless allowZero", () => {
    expect(parseMoney("0", "USD")).toEqual(err("Amount must be more than zero"));
    expect(parseMoney("0.00", "USD", { allowZero: true })).toEqual(ok(0));
  });

  it("negative amounts are refused unless allowNegative", () => {
    expect(parseMoney("-5.00", "USD")).toEqual(err("Amount must be more than zero"));
    expect(parseMoney("-5.00", "USD", { allowZero: true })).toEqual(err("Amount can't be negative"));
    expect(parseMoney("-5.00", "USD", { allowNegative: true })).toEqual(ok(-500));
  });

  it("the minus sign may come before or after the symbol", () => {
    expect(parseMoney("-$5.00", "USD", { allowNegative: true })).toEqual(ok(-500));
    expect(parseMoney("$-5.00", "USD", { allowNegative: true })).toEqual(ok(-500));
    expect(parseMoney("--5", "USD", { allowNegative: true }).ok).toBe(false);
  });

  it("negative zero is plain zero", () => {
    const result = parseMoney("-0", "USD", { allowNegative: true, allowZero: true });
    expect(result).toEqual(ok(0));
    expect(result.ok && Object.is(result.minor, -0)).toBe(false);
  });

  it("allowNegative alone still refuses zero", () => {
    expect(parseMoney("0", "USD", { allowNegative: true })).toEqual(err("Amount can't be zero"));
  });

  it("the largest safe integer of minor units is accepted; one more is too large", () => {
    expect(parseMoney("90071992547409.91", "USD")).toEqual(ok(Number.MAX_SAFE_INTEGER));
    expect(parseMoney("90071992547409.92", "USD")).toEqual(err("Amount is too large"));
    expect(parseMoney("99999999999999999999999", "VND")).toEqual(err("Amount is too large"));
  });
});
