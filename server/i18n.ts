import "server-only";
import { getLocale, getMessages, getTimeZone, getTranslations } from "next-intl/server";
import { findRefusal } from "@/lib/i18n/refusal-keys";
import { readerFormat, type ReaderFormat } from "@/lib/i18n/format";

/** Money, numbers and dates for the request's reader (language and time zone of i18n/request.ts). */
export async function getReaderFormat(): Promise<ReaderFormat> {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return readerFormat({ locale, timeZone });
}

/**
 * How formAction puts a refusal in the reader's language: each English message is looked up in the
 * catalogue's `errors` groups (lib/i18n/refusal-keys.ts) and answered with the same key in the
 * reader's language. English answers go out as written; a message with no entry stays English.
 */
export async function refusalTranslator(): Promise<(message: string) => string> {
  if ((await getLocale()) === "en") return (message) => message;
  const t = await getTranslations();
  return (message) => {
    const refusal = findRefusal(message);
    // Keys come from the catalogue itself, so they exist; next-intl's typed keys cannot know that.
    return refusal ? t(refusal.key as never, refusal.values as never) : message;
  };
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
