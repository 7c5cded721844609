import { describe, expect, it } from "vitest";
import {
  CURRENCIES,
  SUPPORTED_CURRENCIES,
  currencyExponent,
  defaultLocale,
  isCurrencyCode,
} from "@/lib/money";

describe("currencies", () => {
  it.each([
    ["USD", 2],
    ["EUR", 2],
    ["VND", 0],
    ["IDR", 0],
    ["PHP", 2],
    ["THB", 2],
    ["MYR", 2],
    ["SGD", 2],
  ] as const)("%s stores amounts with %i minor-unit digits", (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent);
  });

  it("IDR is stored in whole rupiah even though ISO 4217 lists two decimals", () => {
    expect(currencyExponent("IDR")).toBe(0);
  });

  it.each([
    ["USD", "en-US"],
    ["EUR", "de-DE"],
    ["VND", "vi-VN"],
    ["IDR", "id-ID"],
    ["PHP", "en-PH"],
    ["THB", "th-TH"],
    ["MYR", "ms-MY"],
    ["SGD", "en-SG"],
  ] as const)("%s is shown in %s unless the caller picks a locale", (code, locale) => {
    expect(defaultLocale(code)).toBe(locale);
  });

  it("SUPPORTED_CURRENCIES lists exactly the configured currencies", () => {
    expect([...SUPPORTED_CURRENCIES].sort()).toEqual(Object.keys(CURRENCIES).sort());
    expect(SUPPORTED_CURRENCIES).toHaveLength(8);
  });

  it("isCurrencyCode accepts supported upper-case codes only", () => {
    expect(isCurrencyCode("VND")).toBe(true);
    expect(isCurrencyCode("vnd")).toBe(false);
    expect(isCurrencyCode("GBP")).toBe(false);
    expect(isCurrencyCode("toString")).toBe(false);
    expect(isCurrencyCode(42)).toBe(false);
  });
});
