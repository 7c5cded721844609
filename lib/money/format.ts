import { currencyExponent, defaultLocale, type CurrencyCode } from "./currencies";

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, currency: CurrencyCode): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const digits = currencyExponent(currency);
    // Fixed digits: Intl's own defaults follow ISO 4217 (e.g. 2 for IDR), not our storage exponent.
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

export function assertMinorUnits(minor: number): void {
  if (!Number.isSafeInteger(minor)) {
    throw new RangeError(`Money amounts must be safe integers of minor units, got ${minor}`);
  }
}

/**
 * Exact decimal string ("-1234.50") built from the integer digits, so even
 * amounts near MAX_SAFE_INTEGER never pass through a lossy division.
 */
function toDecimalString(minor: number, currency: CurrencyCode): `${number}` {
  assertMinorUnits(minor);
  const exponent = currencyExponent(currency);
  const sign = minor < 0 ? "-" : "";
  const digits = Math.abs(minor).toString().padStart(exponent + 1, "0");
  if (exponent === 0) return `${sign}${digits}` as `${number}`;
  const whole = digits.slice(0, -exponent);
  const fraction = digits.slice(-exponent);
  return `${sign}${whole}.${fraction}` as `${number}`;
}

/** Display string for people, e.g. "$12.50", "150.000 ₫". */
export function formatMoney(minor: number, currency: CurrencyCode, locale?: string): string {
  return formatterFor(locale ?? defaultLocale(currency), currency).format(toDecimalString(minor, currency));
}

/**
 * The amount as a user would type it back into a form ("12.50", "150000"):
 * no symbol and no grouping, so parseMoney reads it back to the same value.
 */
export function formatMoneyPlain(minor: number, currency: CurrencyCode): string {
  return toDecimalString(minor, currency);
}
