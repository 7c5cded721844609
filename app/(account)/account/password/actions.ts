"use server";

import { CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import { changePassword } from "@/lib/account/passwords";
import { signIn } from "@/server/auth";
import { describeWait } from "@/lib/auth/throttle";
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
  if (!result.ok && result.reason === "throttled") throw new UserFacingError(`Too many wrong passwords. Try again in ${describeWait(result.retryAfterSeconds)}.`);
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
