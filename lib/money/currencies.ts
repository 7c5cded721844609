type CurrencyInfo = {
  /** Number of minor-unit digits: amounts are stored as integer × 10^-exponent. */
  readonly exponent: number;
  /** Locale used when the caller has no better idea of the viewer's locale. */
  readonly locale: string;
  /**
   * Symbols a user may type next to the amount. Only the currency's own symbols
   * are accepted, so "€12" in a USD field is rejected rather than silently read
   * as dollars.
   */
  readonly symbols: readonly string[];
};

export const CURRENCIES = {
  USD: { exponent: 2, locale: "en-US", symbols: ["US$", "$"] },
  EUR: { exponent: 2, locale: "de-DE", symbols: ["€"] },
  // ISO 4217 says VND has a minor unit on paper, but no sub-dong coin or price exists.
  VND: { exponent: 0, locale: "vi-VN", symbols: ["₫", "đ"] },
  // ISO 4217 lists 2 decimals for IDR; in practice rupiah are never split, so we store whole rupiah.
  IDR: { exponent: 0, locale: "id-ID", symbols: ["Rp"] },
  PHP: { exponent: 2, locale: "en-PH", symbols: ["₱"] },
  THB: { exponent: 2, locale: "th-TH", symbols: ["฿"] },
  MYR: { exponent: 2, locale: "ms-MY", symbols: ["RM"] },
  // Singaporeans usually write a bare "$" for their own dollar, so it is accepted in an SGD field.
  SGD: { exponent: 2, locale: "en-SG", symbols: ["S$", "$"] },
} as const satisfies Record<string, CurrencyInfo>;

export type CurrencyCode = keyof typeof CURRENCIES;

export const SUPPORTED_CURRENCIES = Object.freeze(Object.keys(CURRENCIES) as CurrencyCode[]);

export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return typeof value === "string" && Object.hasOwn(CURRENCIES, value);
}

export function currencyExponent(code: CurrencyCode): number {
  return CURRENCIES[code].exponent;
}

export function defaultLocale(code: CurrencyCode): string {
  return CURRENCIES[code].locale;
}

export function currencySymbols(code: CurrencyCode): readonly string[] {
  return CURRENCIES[code].symbols;
}
