import "server-only";
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locales";

// next-intl without i18n routing: no locale in the address; each request picks its language here.
export default getRequestConfig(async () => {
  const [cookieStore, requestHeaders] = await Promise.all([cookies(), headers()]);
  const locale = pickLocale({
    // Hook for issue #14: the signed-in user's profile language goes here, ahead of the cookie.
    profile: undefined,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: requestHeaders.get("accept-language"),
  });
  return { locale, messages: (await import(`../messages/${locale}.json`)).default };
});
