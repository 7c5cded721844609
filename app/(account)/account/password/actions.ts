"use server";

import { CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/server/form-action";
import { changePassword } from "@/lib/account/passwords";
import { signIn } from "@/server/auth";
import { UserFacingError } from "@/lib/errors";
import { clientIp } from "@/lib/privacy/hash-ip";
import { changePasswordSchema } from "@/lib/validation/auth";

export const changePasswordAction = formAction({ role: null, schema: changePasswordSchema }, async (input, { actor }) => {
  const { user } = actor;
  if (!user) throw new UserFacingError("Your session has ended. Sign in again.");
  const result = await changePassword(
    actor.db,
    { userId: user.id, email: user.email, currentPassword: input.currentPassword, newPassword: input.password, ip: clientIp(await headers()) },
    actor.at,
  );
  if (!result.ok && result.reason === "throttled") {
    // The wait is part of the sentence, so it is translated here (formAction translates the others),
    // counted as lib/auth/throttle.ts's describeWait does: seconds under a minute, else minutes.
    const [t, tAuth] = await Promise.all([getTranslations("account.errors"), getTranslations("auth.errors")]);
    const wait = result.retryAfterSeconds;
    throw new UserFacingError(t("throttled", { wait: wait < 60 ? tAuth("waitSeconds", { count: wait }) : tAuth("waitMinutes", { count: Math.ceil(wait / 60) }) }));
  }
  if (!result.ok) throw new UserFacingError("That is not your current password.", "currentPassword");
  // Every session of the user has just ended, this one too; this browser gets a new one at once.
  try {
    await signIn("credentials", { email: user.email, password: input.password, redirectTo: "/account/password?changed=1" });
  } catch (error) {
    if (error instanceof CredentialsSignin) redirect("/sign-in?reset=1");
    throw error;
  }
  return null;
});
