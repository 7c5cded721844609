"use client";

import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/app/(account)/account/password/actions";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

export function ChangePasswordForm({ changed }: { changed: boolean }) {
  const t = useTranslations("account.password");
  const form = useFormAction(changePasswordAction);
  const { pending, failed } = form;
  return (
    <form action={form.action} className="space-y-4" noValidate>
      {failed ? (
        <Alert tone="error">{failed.error}</Alert>
      ) : changed ? (
        <Alert tone="success">{t("changed")}</Alert>
      ) : null}
      <Field id="currentPassword" label={t("current")} error={failed?.fieldErrors.currentPassword}>
        <Input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required invalid={!!failed?.fieldErrors.currentPassword} />
      </Field>
      <NewPasswordFields fieldErrors={failed?.fieldErrors} />
      <Button type="submit" className="w-full sm:w-auto" disabled={pending}>
        {pending ? t("pending") : t("submit")}
      </Button>
    </form>
  );
}
