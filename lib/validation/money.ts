import "server-only";
import { z } from "zod";
import { parseMoney, type CurrencyCode } from "@/lib/money";

/**
 * The one way a money field is read. A form's amount is typed in the currency's usual format
 * ("12.50", "1,234", "250.000 ₫") and becomes integer minor units; the messages are parseMoney's
 * (too many decimals, grouping, zero, negative), so every field that takes money says the same.
 * - optional: an empty field is 0 instead of "Enter an amount";
 * - allowZero / allowNegative: as parseMoney (a price is more than zero, a fee may be zero, an
 *   adjustment may be negative).
 */
export type MoneyFieldOptions = { optional?: boolean; allowZero?: boolean; allowNegative?: boolean };

export function moneyField(currency: CurrencyCode, options: MoneyFieldOptions = {}) {
  return z.string().transform((value, ctx) => {
    if (options.optional && value.trim() === "") return 0;
    const parsed = parseMoney(value, currency, { allowZero: options.allowZero, allowNegative: options.allowNegative });
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed.minor;
  });
}

/** An API body's amount: already integer minor units, never negative, exact in a double. */
export const minorUnitsField = z
  .number({ error: "Must be a whole number of minor units" })
  .int("Must be a whole number of minor units")
  .min(0, "Cannot be negative")
  .max(Number.MAX_SAFE_INTEGER);
