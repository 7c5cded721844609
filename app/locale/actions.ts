"use server";

import { cookies } from "next/headers";
import { formAction } from "@/server/form-action";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { localeSchema } from "@/lib/validation/locale";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The language switch: remembers the choice in a cookie that i18n/request.ts reads on every request. */
export const setLocaleAction = formAction({ role: null, schema: localeSchema }, async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax", httpOnly: true });
  return { locale };
});
