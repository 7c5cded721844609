"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { signInAction } from "@/app/(auth)/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

export function SignInForm({ next, notice }: { next?: string; notice?: string }) {
  const form = useFormAction(signInAction);
  const { pending, failed } = form;
  const t = useTranslations("auth");
  return (
    <form action={form.action} className="space-y-4" noValidate>
      {failed ? <Alert tone="error">{failed.error}</Alert> : notice ? <Alert tone="info">{notice}</Alert> : null}
      <input type="hidden" name="next" value={next ?? ""} />
      <Field id="email" label={t("fields.email")} error={failed?.fieldErrors.email}>
        <Input id="email" name="email" type="email" autoComplete="email" required defaultValue={form.value("email")} invalid={!!failed?.fieldErrors.email} />
      </Field>
      <Field id="password" label={t("fields.password")} error={failed?.fieldErrors.password}>
        <Input id="password" name="password" type="password" autoComplete="current-password" required invalid={!!failed?.fieldErrors.password} />
      </Field>
      <p className="-mt-2 text-right text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">
          {t("signIn.forgotPassword")}
        </Link>
      </p>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("signIn.pending") : t("signIn.submit")}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {t("signIn.newHere")}{" "}
        <Link href="/sign-up" className="font-medium text-brand-700 hover:underline">
          {t("signIn.createAccount")}
        </Link>
      </p>
    </form>
  );
}
