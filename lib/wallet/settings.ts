import type { Database } from "@/db/client";
import { readSetting } from "@/db/queries/settings";
import { currencyExponent, type CurrencyCode } from "@/lib/money";

/** app_settings key: per-currency minimum withdrawal in minor units, e.g. { "USD": 2000 }; a currency not in it uses the default. */
export const WITHDRAWAL_MINIMUM_SETTING = "withdrawal_minimums";

/** DOMAIN: the minimum is 10.00 in the wallet's currency unless configured (10 units: 1000 cents, 10 dong). */
export function defaultWithdrawalMinimum(currency: CurrencyCode): number {
  return 10 * 10 ** currencyExponent(currency);
}

/** The minimum of every currency, from one read of the setting. */
export async function withdrawalMinimums(db: Database): Promise<(currency: CurrencyCode) => number> {
  const configured = await readSetting<Partial<Record<CurrencyCode, number>>>(db, WITHDRAWAL_MINIMUM_SETTING);
  return (currency) => {
    const value = configured?.[currency];
    return Number.isSafeInteger(value) && value! > 0 ? value! : defaultWithdrawalMinimum(currency);
  };
}

export async function withdrawalMinimum(db: Database, currency: CurrencyCode): Promise<number> {
  return (await withdrawalMinimums(db))(currency);
}

/** The platform's time zone: automatic withdrawals run on its Wednesdays (PLATFORM_TIME_ZONE, default UTC). */
export function platformTimeZone(): string {
  const zone = process.env.PLATFORM_TIME_ZONE?.trim();
  if (!zone) return "UTC";
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone;
  } catch {
    console.warn(`[wallet] PLATFORM_TIME_ZONE "${zone}" is not a time zone; using UTC`);
    return "UTC";
  }
}
