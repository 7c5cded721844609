"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { requestPasswordResetAction } from "@/app/(auth)/forgot-password/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

export function ForgotPasswordForm() {
  const form = useFormAction(requestPasswordResetAction);
  const { state, pending, failed } = form;
  const t = useTranslations("auth");
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{t("forgotPassword.sent", { email: state.data.email })}</Alert>
        <p className="text-sm text-slate-600">{t("forgotPassword.noEmail")}</p>
        <p className="text-center text-sm">
          <Link href="/sign-in" className="font-medium text-brand-700 hover:underline">
            {t("forgotPassword.backToSignIn")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={form.action} className="space-y-4" noValidate>
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      <Field id="email" label={t("fields.email")} error={failed?.fieldErrors.email} hint={t("forgotPassword.emailHint")}>
        <Input id="email" name="email" type="email" autoComplete="email" required defaultValue={form.value("email")} invalid={!!failed?.fieldErrors.email} />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("forgotPassword.pending") : t("forgotPassword.submit")}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {t("forgotPassword.remembered")}{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 hover:underline">
          {t("forgotPassword.signIn")}
        </Link>
      </p>
    </form>
  );
}
