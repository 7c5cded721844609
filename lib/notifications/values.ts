import "server-only";
import type { NotificationParams } from "@/db/schema";
import { readerFormat } from "@/lib/i18n/format";
import { formatMoney, type CurrencyCode } from "@/lib/money";

export type NotificationReader = {
  locale: string;
  /** The reader's zone, for the dates inside (`earnsUntil` as `date`). */
  timeZone: string;
  platformName: (platform: string) => string;
  /** The reader's words for "your showcase", the target of a showcase link. */
  showcase: string;
};

/**
 * A notification's stored facts as its message's arguments for one reader: the platform's name in
 * their language, `amountMinor` + `currency` as `amount`, money in their locale, and a link's
 * `earnsUntil` or a rate cut's `effectiveAt` (ISO instants) as `date`, a day in their language and
 * zone, and a cut's rewards (`fromRateBps`, `fromFeeMinor`, `toRateBps`, `toFeeMinor`) as `from` and `to`.
 */
export function notificationValues(params: NotificationParams, reader: NotificationReader): Record<string, string | number> {
  const values: Record<string, string | number> = { ...params };
  if (typeof params.platform === "string") values.platform = reader.platformName(params.platform);
  if (typeof params.amountMinor === "number" && typeof params.currency === "string") values.amount = formatMoney(params.amountMinor, params.currency as CurrencyCode, reader.locale);
  if (typeof params.earnsUntil === "string" && !Number.isNaN(Date.parse(params.earnsUntil))) values.date = readerFormat(reader).day(new Date(params.earnsUntil));
  if (typeof params.effectiveAt === "string" && !Number.isNaN(Date.parse(params.effectiveAt))) values.date = readerFormat(reader).day(new Date(params.effectiveAt));
  // A rate cut's rewards before and after: a percentage, plus a flat fee in the product's currency when there is one.
  for (const side of ["from", "to"] as const) {
    const bps = params[`${side}RateBps`];
    if (typeof bps !== "number") continue;
    const rate = new Intl.NumberFormat(reader.locale, { style: "percent", maximumFractionDigits: 2 }).format(bps / 10_000);
    const fee = params[`${side}FeeMinor`];
    values[side] = typeof fee === "number" && fee > 0 && typeof params.currency === "string" ? `${rate} + ${formatMoney(fee, params.currency as CurrencyCode, reader.locale)}` : rate;
  }
  if (params.targetType === "showcase") values.target = reader.showcase;
  return values;
}
