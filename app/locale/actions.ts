"use server";

import { cookies } from "next/headers";
import { setUserPreferences } from "@/db/queries/users";
import { formAction } from "@/server/form-action";
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS } from "@/lib/i18n/locales";
import { localeSchema } from "@/lib/validation/locale";

/**
 * The language switch: remembers the choice in a cookie that i18n/request.ts reads on every request,
 * and, for a signed-in user, in their profile, which comes first on every device.
 */
export const setLocaleAction = formAction({ role: null, schema: localeSchema }, async ({ locale }, { actor }) => {
  if (actor.user) await setUserPreferences(actor.db, actor.user.id, { locale });
  (await cookies()).set(LOCALE_COOKIE, locale, LOCALE_COOKIE_OPTIONS);
  return { locale };
});
