import "server-only";
import type { NotificationParams } from "@/db/schema";
import { formatMoney, type CurrencyCode } from "@/lib/money";

/**
 * A notification's stored facts as its message's arguments for one reader: the platform's name in
 * their language, and `amountMinor` + `currency` as `amount`, money in their locale.
 */
export function notificationValues(params: NotificationParams, reader: { locale: string; platformName: (platform: string) => string }): Record<string, string | number> {
  const values: Record<string, string | number> = { ...params };
  if (typeof params.platform === "string") values.platform = reader.platformName(params.platform);
  if (typeof params.amountMinor === "number" && typeof params.currency === "string") values.amount = formatMoney(params.amountMinor, params.currency as CurrencyCode, reader.locale);
  return values;
}
