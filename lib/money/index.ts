import type { CurrencyCode } from "./currencies";

export {
  CURRENCIES,
  SUPPORTED_CURRENCIES,
  currencyExponent,
  currencySymbols,
  defaultLocale,
  isCurrencyCode,
  type CurrencyCode,
} from "./currencies";
export { assertMinorUnits, formatMoney, formatMoneyPlain } from "./format";
export { parseMoney, type ParseMoneyOptions, type ParseMoneyResult } from "./parse";
export { allocateProportionally } from "./allocate";
export { applyBasisPoints } from "./basis-points";

/** A monetary amount: integer minor units (cents, whole dong) plus its currency. */
export type Money = { readonly minor: number; readonly currency: CurrencyCode };
