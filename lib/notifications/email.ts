import "server-only";
import { createTranslator } from "next-intl";
import type { NotificationKind, NotificationParams } from "@/db/schema";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { CATALOGUES, type Messages } from "@/messages/catalogues";
import { notificationValues } from "./values";

/** The recipient's profile language; English when they never chose one (an e-mail has no browser to ask). */
export function recipientLocale(locale: string | null | undefined): Locale {
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/**
 * A notification's e-mail in the recipient's language, from messages/<locale>/mail.json
 * (`notifications`), with the platform's name from common.json. `origin` (the deployment's public
 * address) adds a link to the notifications page; without one the e-mail names the page. Dates
 * inside are days in `timeZone`, the recipient's.
 */
export function notificationEmail(kind: NotificationKind, params: NotificationParams, locale: Locale, origin: string | null, timeZone = "UTC") {
  // Every language has English's keys (tests/unit/messages.test.ts), hence the cast.
  const messages = CATALOGUES[locale] as Messages;
  const t = createTranslator({ locale, messages, namespace: "mail.notifications" });
  const platform = createTranslator({ locale, messages, namespace: "common.socialPlatforms" });
  const targets = createTranslator({ locale, messages, namespace: "creator.linkTarget" });
  const values = notificationValues(params, { locale, timeZone, platformName: (p) => platform(p as never), showcase: targets("showcase") });
  const subject = t(`${kind}.subject`, values);
  const body = t(`${kind}.body`, values);
  const link = origin ? `${origin}/account/notifications` : null;
  const text = [t("greeting"), "", body, "", link ? `${t("open")} ${link}` : t("openInApp"), "", t("preferences")].join("\n");
  const html =
    `<p>${escapeHtml(t("greeting"))}</p><p>${escapeHtml(body)}</p>` +
    (link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(t("openLink"))}</a></p>` : `<p>${escapeHtml(t("openInApp"))}</p>`) +
    `<p>${escapeHtml(t("preferences"))}</p>`;
  return { subject, text, html };
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}
