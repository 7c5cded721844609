"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import { resetPassword } from "@/lib/account/password-reset";
import { UserFacingError } from "@/lib/errors";
import { resetPasswordSchema } from "@/lib/validation/auth";

export const resetPasswordAction = formAction({ role: null, schema: resetPasswordSchema }, async ({ token, password }, { actor }) => {
  const result = await resetPassword(actor.db, { token, password }, actor.at);
  if (!result.ok) throw new UserFacingError("This reset link has expired or was already used. Ask for a new one.");
  // Every session of the account has ended, this browser's included: sign in with the new password.
  redirect("/sign-in?reset=1");
});
