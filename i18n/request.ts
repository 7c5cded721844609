import "server-only";
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { hasSessionCookie } from "@/lib/auth/session-cookies";
import { LOCALE_COOKIE, TIME_ZONE_COOKIE, pickLocale, pickTimeZone } from "@/lib/i18n/locales";
import { platformTimeZone } from "@/lib/wallet/settings";
import { CATALOGUES } from "@/messages/catalogues";
import { currentPreferences } from "@/server/session";
import { FORMATS } from "./formats";

// next-intl without i18n routing: no locale in the address; each request picks its language here.
export default getRequestConfig(async () => {
  const [cookieStore, requestHeaders] = await Promise.all([cookies(), headers()]);
  // The profile's choice first. Only a request with a session cookie pays the session check (which a
  // signed-in page makes anyway, once per request); buyers' pages read none.
  const profile = hasSessionCookie(cookieStore) ? await currentPreferences() : null;
  const locale = pickLocale({
    profile: profile?.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: requestHeaders.get("accept-language"),
  });
  const timeZone = pickTimeZone({ profile: profile?.timeZone, cookie: cookieStore.get(TIME_ZONE_COOKIE)?.value, platform: platformTimeZone() });
  return { locale, timeZone, messages: CATALOGUES[locale], formats: FORMATS };
});
