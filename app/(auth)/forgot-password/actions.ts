"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { formAction } from "@/server/form-action";
import { requestPasswordReset } from "@/lib/account/password-reset";
import { TOO_MANY_ATTEMPTS } from "@/lib/account/rate-limits";
import { UserFacingError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { clientIp } from "@/lib/privacy/hash-ip";
import { publicOrigin } from "@/lib/sharing/short-link";
import { forgotPasswordSchema } from "@/lib/validation/auth";

export const requestPasswordResetAction = formAction({ role: null, schema: forgotPasswordSchema }, async ({ email }, { actor }) => {
  const [requestHeaders, locale] = await Promise.all([headers(), getLocale()]);
  // The e-mail is written in the language of the page that asked for it.
  const result = await requestPasswordReset(actor.db, { email, ip: clientIp(requestHeaders), origin: publicOrigin(requestHeaders), locale: isLocale(locale) ? locale : undefined }, actor.at);
  if (!result.ok) throw new UserFacingError(TOO_MANY_ATTEMPTS);
  return { email };
});
