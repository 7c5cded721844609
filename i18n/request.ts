import "server-only";
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, TIME_ZONE_COOKIE, pickLocale, pickTimeZone } from "@/lib/i18n/locales";
import { platformTimeZone } from "@/lib/wallet/settings";
import { CATALOGUES } from "@/messages/catalogues";
import { FORMATS } from "./formats";

// next-intl without i18n routing: no locale in the address; each request picks its language here.
export default getRequestConfig(async () => {
  const [cookieStore, requestHeaders] = await Promise.all([cookies(), headers()]);
  const locale = pickLocale({
    // Hook for issue #14: the signed-in user's profile language goes here, ahead of the cookie.
    profile: undefined,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: requestHeaders.get("accept-language"),
  });
  // Hook for issue #14 too: the profile's time zone goes ahead of the browser's.
  const timeZone = pickTimeZone({ profile: undefined, cookie: cookieStore.get(TIME_ZONE_COOKIE)?.value, platform: platformTimeZone() });
  return { locale, timeZone, messages: CATALOGUES[locale], formats: FORMATS };
});
