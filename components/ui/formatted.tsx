import { useLocale, useTimeZone } from "next-intl";
import { readerFormat, type DateStyle, type ReaderFormat } from "@/lib/i18n/format";
import type { CurrencyCode } from "@/lib/money/currencies";

/** Money, numbers and dates for the reader, in a component (server or client); pages use getReaderFormat(). */
export function useReaderFormat(): ReaderFormat {
  return readerFormat({ locale: useLocale(), timeZone: useTimeZone() ?? "UTC" });
}

/**
 * A moment or a day in the reader's language and time zone, as a <time> element. `exact` puts the
 * instant in UTC in a tooltip, where the exact moment matters (payouts, the audit log).
 */
export function DateTime({ at, style = "moment", exact = false, className }: { at: Date; style?: DateStyle; exact?: boolean; className?: string }) {
  const format = useReaderFormat();
  return (
    <time dateTime={at.toISOString()} title={exact ? format.utc(at) : undefined} className={className}>
      {style === "day" ? format.day(at) : format.moment(at)}
    </time>
  );
}

/** An amount in integer minor units, in the reader's number conventions. */
export function Money({ minor, currency }: { minor: number; currency: CurrencyCode }) {
  return <>{useReaderFormat().money(minor, currency)}</>;
}
