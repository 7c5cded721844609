"use server";

import { CredentialsSignin } from "next-auth";
import { endUserSessions } from "@/db/queries/users";
import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/server/form-action";
import { requestActor } from "@/server/context";
import { TOO_MANY_ATTEMPTS } from "@/lib/account/rate-limits";
import { signUpUser } from "@/lib/account/sign-up";
import { signIn, signOut } from "@/server/auth";
import { safeNextPath } from "@/lib/auth/redirect";
import { ROLE_HOME } from "@/server/session";
import { UserFacingError } from "@/lib/errors";
import { clientIp } from "@/lib/privacy/hash-ip";
import { signInFormSchema, signUpSchema } from "@/lib/validation/auth";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

async function signInOrExplain(email: string, password: string, redirectTo: string) {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const [code, seconds, scope] = error.code.split(":");
      if (code === "throttled") {
        // The wait is part of the sentence, so this message is translated here (the others by
        // formAction); it counts as lib/auth/throttle.ts's describeWait does: seconds under a
        // minute, else whole minutes rounded up.
        const t = await getTranslations("auth.errors");
        const wait = Number(seconds);
        const waitText = wait < 60 ? t("waitSeconds", { count: wait }) : t("waitMinutes", { count: Math.ceil(wait / 60) });
        throw new UserFacingError(t(scope === "address" ? "throttledAddress" : "throttledEmail", { wait: waitText }));
      }
      if (code === "suspended") throw new UserFacingError("This account is suspended. Contact support if you think this is a mistake.");
      throw new UserFacingError("Wrong e-mail or password.");
    }
    throw error;
  }
}

export const signInAction = formAction({ role: null, schema: signInFormSchema }, async ({ email, password, next }) => {
  // "/" sends each role to its own home.
  await signInOrExplain(email, password, safeNextPath(next, "/"));
  return null;
});

export const signUpAction = formAction({ role: null, schema: signUpSchema }, async (input, { actor }) => {
  // A language chosen with the switch becomes the profile's, so the account opens in it on every
  // device; one only guessed from the browser stays a guess (null: follow the browser).
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const result = await signUpUser(actor.db, { ...input, ip: clientIp(await headers()), locale: isLocale(chosen) ? chosen : null }, actor.at);
  if (!result.ok && result.reason === "throttled") throw new UserFacingError(TOO_MANY_ATTEMPTS);
  if (!result.ok) throw new UserFacingError("An account with this e-mail already exists. Sign in instead?", "email");
  await signInOrExplain(input.email, input.password, ROLE_HOME[input.role]);
  return null;
});

export async function signOutAction() {
  // Raising the session version ends this session everywhere: a copy of the cookie (another tab,
  // another device, a stolen one) is refused from now on, not only the one this browser deletes.
  const { db, user } = await requestActor();
  if (user) await endUserSessions(db, user.id);
  await signOut({ redirectTo: "/sign-in?signed_out=1" });
}
