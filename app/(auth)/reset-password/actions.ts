"use server";

import { redirect } from "next/navigation";
import { formAction, UserFacingError } from "@/server/form-action";
import { resetPassword } from "@/lib/account/password-reset";
import { now } from "@/lib/clock";
import { resetPasswordSchema } from "@/lib/validation/auth";

export const resetPasswordAction = formAction({ role: null, schema: resetPasswordSchema }, async ({ token, password }, { db }) => {
  const result = await resetPassword(db, { token, password }, now());
  if (!result.ok) throw new UserFacingError("This reset link has expired or was already used. Ask for a new one.");
  // Every session of the account has ended, this browser's included: sign in with the new password.
  redirect("/sign-in?reset=1");
});
