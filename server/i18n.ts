import "server-only";
import { getLocale, getMessages, getTimeZone, getTranslations } from "next-intl/server";
import { textLocalizer, type Translate } from "@/lib/i18n/localize-text";
import type { CurrencyCode } from "@/lib/money/currencies";
import { readerFormat, type ReaderFormat } from "@/lib/i18n/format";

/** Money, numbers and dates for the request's reader (language and time zone of i18n/request.ts). */
export async function getReaderFormat(): Promise<ReaderFormat> {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return readerFormat({ locale, timeZone });
}

/** The text localizer of lib/i18n/localize-text.ts for the request's reader. */
async function readerLocalizer() {
  const [t, format] = await Promise.all([getTranslations(), getReaderFormat()]);
  // Keys come from the catalogue itself (the refusal and stored-text lookups), so they exist; next-intl's typed keys cannot know that.
  const translate: Translate = Object.assign((key: string, values?: Record<string, string>) => t(key as never, values as never), { has: (key: string) => t.has(key as never) });
  return textLocalizer({ t: translate, format });
}

/**
 * How formAction puts a refusal in the reader's language: each English message is looked up in the
 * catalogue's `errors` groups (lib/i18n/refusal-keys.ts) and answered with the same key in the
 * reader's language, the values inside (a state, an amount, a country) formatted for the reader.
 * English answers go out as written; a message with no entry stays English.
 */
export async function refusalTranslator(): Promise<(message: string) => string> {
  if ((await getLocale()) === "en") return (message) => message;
  return (await readerLocalizer()).refusal;
}

/**
 * How a page shows a stored history text (a commission event's or a wallet entry's reason, an audit
 * detail) in the reader's language: looked up by its English text (lib/i18n/stored-texts.ts); a
 * text someone typed is shown as stored. `currency` is the row's, for reading the amounts inside.
 */
export async function storedTextTranslator(): Promise<(text: string, currency?: CurrencyCode) => string> {
  if ((await getLocale()) === "en") return (text) => text;
  return (await readerLocalizer()).storedText;
}

export type Area = keyof Awaited<ReturnType<typeof getMessages>>;

/**
 * The areas of the catalogue the browser gets, for a NextIntlClientProvider: only what the
 * client components under it read (a page's server components are translated on the server and
 * need none of it), so a buyer's page does not carry the seller's texts.
 */
export async function clientMessages(areas: readonly Area[]) {
  const messages = await getMessages();
  return Object.fromEntries(areas.map((area) => [area, messages[area]]));
}
