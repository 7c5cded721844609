"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import { NewPasswordFields } from "./new-password-fields";

export function ResetPasswordForm({ token }: { token: string }) {
  const form = useFormAction(resetPasswordAction);
  const { pending, failed } = form;
  const t = useTranslations("auth.resetPassword");
  return (
    <form action={form.action} className="space-y-4" noValidate>
      {failed ? (
        <Alert tone="error">
          {failed.error}{" "}
          {failed.fieldErrors.token || !Object.keys(failed.fieldErrors).length ? (
            <Link href="/forgot-password" className="font-medium underline">
              {t("askNewLink")}
            </Link>
          ) : null}
        </Alert>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields fieldErrors={failed?.fieldErrors} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("pending") : t("submit")}
      </Button>
    </form>
  );
}
