import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { TimeZoneSync } from "@/components/i18n/time-zone-sync";
import { clientMessages } from "@/server/i18n";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.meta");
  return { title: { default: t("title"), template: "%s · Linkshare" }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * Every page is rendered per request: Next puts the script nonce of the request's
 * Content-Security-Policy (proxy.ts) on its scripts only while rendering, so a page prerendered at
 * build time would carry scripts the policy blocks.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  // The request's language (i18n/request.ts). Client components get the texts of the visitor's and
  // buyer's pages here; each role's layout hands its own area to its pages instead.
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <NextIntlClientProvider messages={await clientMessages(["common", "auth", "buyer"])}>
          {children}
          <TimeZoneSync rendered={timeZone} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
