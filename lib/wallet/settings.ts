import "server-only";
import type { Database } from "@/db/client";
import { readSetting, writeSetting } from "@/db/queries/settings";
import { currencyExponent, formatMoney, SUPPORTED_CURRENCIES, type CurrencyCode } from "@/lib/money";
import { storedText } from "@/lib/i18n/stored-texts";

/** app_settings key: per-currency minimum withdrawal in minor units, e.g. { "USD": 2000 }; a currency not in it uses the default. */
export const WITHDRAWAL_MINIMUM_SETTING = "withdrawal_minimums";

/**
 * DOMAIN: by default a withdrawal is at least about US$10 in the wallet's currency, in its units
 * (a flat "10 of the currency" made 10 ₫ the minimum, and sent a 23,550 ₫ payout to a bank).
 */
const DEFAULT_MINIMUM_UNITS: Record<CurrencyCode, number> = { USD: 10, EUR: 10, SGD: 10, VND: 250_000, IDR: 150_000, PHP: 500, THB: 350, MYR: 50 };

export function defaultWithdrawalMinimum(currency: CurrencyCode): number {
  return DEFAULT_MINIMUM_UNITS[currency] * 10 ** currencyExponent(currency);
}

type ConfiguredMinimums = Partial<Record<CurrencyCode, number>>;

/** The minimum of every currency, from one read of the setting. */
export async function withdrawalMinimums(db: Database): Promise<(currency: CurrencyCode) => number> {
  const configured = await readSetting<ConfiguredMinimums>(db, WITHDRAWAL_MINIMUM_SETTING);
  return (currency) => {
    const value = configured?.[currency];
    return Number.isSafeInteger(value) && value! > 0 ? value! : defaultWithdrawalMinimum(currency);
  };
}

export async function withdrawalMinimum(db: Database, currency: CurrencyCode): Promise<number> {
  return (await withdrawalMinimums(db))(currency);
}

/** Every supported currency's minimum, and whether it is the default, for the admin's form. */
export async function withdrawalMinimumTable(db: Database): Promise<{ currency: CurrencyCode; minimumMinor: number; defaultMinor: number }[]> {
  const minimumOf = await withdrawalMinimums(db);
  return SUPPORTED_CURRENCIES.map((currency) => ({ currency, minimumMinor: minimumOf(currency), defaultMinor: defaultWithdrawalMinimum(currency) }));
}

/**
 * The admin sets the minimums (minor units, each above zero); a currency set to its default is
 * stored as nothing, so later changes of the default reach it. Written with its audit entry.
 */
export async function setWithdrawalMinimums(db: Database, params: { minimums: Record<CurrencyCode, number>; adminUserId: string; at: Date }): Promise<void> {
  const value: ConfiguredMinimums = {};
  for (const currency of SUPPORTED_CURRENCIES) {
    const minor = params.minimums[currency];
    if (!Number.isSafeInteger(minor) || minor <= 0) throw new RangeError(`The minimum for ${currency} must be a positive whole number of minor units`);
    if (minor !== defaultWithdrawalMinimum(currency)) value[currency] = minor;
  }
  const detail = storedText("auditWithdrawalMinimums", { amounts: SUPPORTED_CURRENCIES.map((c) => formatMoney(params.minimums[c], c)).join(", ") });
  await writeSetting(db, { key: WITHDRAWAL_MINIMUM_SETTING, value, actorUserId: params.adminUserId, at: params.at, detail });
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
