"use server";

import { cookies } from "next/headers";
import { setUserPreferences } from "@/db/queries/users";
import { UserFacingError } from "@/lib/errors";
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS } from "@/lib/i18n/locales";
import { preferencesSchema } from "@/lib/validation/preferences";
import { formAction } from "@/server/form-action";

/** Saves the profile's language and time zone; the language also goes to (or leaves) this browser's cookie, for after sign-out. */
export const savePreferencesAction = formAction({ role: null, schema: preferencesSchema }, async (input, { actor }) => {
  if (!actor.user) throw new UserFacingError("Your session has ended. Sign in again.");
  await setUserPreferences(actor.db, actor.user.id, { locale: input.locale, timeZone: input.timeZone });
  const store = await cookies();
  // "My browser's language" forgets this browser's earlier switch too.
  if (input.locale) store.set(LOCALE_COOKIE, input.locale, LOCALE_COOKIE_OPTIONS);
  else store.delete(LOCALE_COOKIE);
  return { saved: true };
});
