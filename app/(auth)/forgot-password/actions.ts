"use server";

import { headers } from "next/headers";
import { formAction, UserFacingError } from "@/server/form-action";
import { requestPasswordReset } from "@/lib/account/password-reset";
import { TOO_MANY_ATTEMPTS } from "@/lib/account/rate-limits";
import { now } from "@/lib/clock";
import { clientIp } from "@/lib/privacy/hash-ip";
import { publicOrigin } from "@/lib/sharing/short-link";
import { forgotPasswordSchema } from "@/lib/validation/auth";

export const requestPasswordResetAction = formAction({ role: null, schema: forgotPasswordSchema }, async ({ email }, { db }) => {
  const requestHeaders = await headers();
  const result = await requestPasswordReset(db, { email, ip: clientIp(requestHeaders), origin: publicOrigin(requestHeaders) }, now());
  if (!result.ok) throw new UserFacingError(TOO_MANY_ATTEMPTS);
  return { email };
});
