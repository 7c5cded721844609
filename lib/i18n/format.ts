import { formatMoney } from "@/lib/money/format";
import type { CurrencyCode } from "@/lib/money/currencies";

/**
 * The app's one date style, so every page asks for the same thing:
 * - `day`: "2 Dec 2026" (a plan's dates, a due day);
 * - `moment`: "2 Dec 2026, 14:05" (when something happened), in the reader's time zone;
 * - `month`: "December 2026" (a monthly statement).
 * Each language orders and spells them its own way (vi "2 thg 12, 2026", id "2 Des 2026").
 */
export const DATE_STYLES = {
  day: { day: "numeric", month: "short", year: "numeric" },
  moment: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  month: { month: "long", year: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateStyle = keyof typeof DATE_STYLES;

export type Reader = { locale: string; timeZone: string };

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let format = cache.get(key) as F | undefined;
  if (!format) {
    format = make();
    if (cache.size < 500) cache.set(key, format);
  }
  return format;
}

const dateFormat = (locale: string, timeZone: string, style: DateStyle) =>
  cached(`d|${locale}|${timeZone}|${style}`, () => new Intl.DateTimeFormat(locale, { ...DATE_STYLES[style], timeZone }));

/**
 * Money, numbers and dates for one reader: their language's conventions and their time zone.
 * Pages get one from `getReaderFormat()` (server/i18n.ts), components from `useReaderFormat()`
 * (components/ui/formatted.tsx).
 */
export function readerFormat(reader: Reader) {
  const { locale, timeZone } = reader;
  return {
    ...reader,
    /** "150.000 ₫" in Vietnamese, "₫150,000" in English: the amount in integer minor units. */
    money: (minor: number, currency: CurrencyCode) => formatMoney(minor, currency, locale),
    /** "1,234" / "1.234". */
    number: (value: number) => cached(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(value),
    /** "12.5%" / "12,5%" from basis points. */
    percent: (bps: number) =>
      cached(`p|${locale}`, () => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 })).format(bps / 10_000),
    /** A calendar day in the reader's time zone. */
    day: (at: Date) => dateFormat(locale, timeZone, "day").format(at),
    /** A day and time in the reader's time zone. */
    moment: (at: Date) => dateFormat(locale, timeZone, "moment").format(at),
    /** The calendar month a moment falls in, in the reader's time zone. */
    month: (at: Date) => dateFormat(locale, timeZone, "month").format(at),
    /** The exact instant in UTC, for a tooltip where it matters: "2026-12-02 14:05:09 UTC". */
    utc: (at: Date) => `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`,
    /** A day in a given zone (the platform's, for the Wednesday rule). */
    dayIn: (at: Date, zone: string) => dateFormat(locale, zone, "day").format(at),
  };
}
export type ReaderFormat = ReturnType<typeof readerFormat>;
