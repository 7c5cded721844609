"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { signUpAction } from "@/app/(auth)/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field, Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

const ROLES = [
  { value: "creator", title: "signUp.creatorTitle", text: "signUp.creatorText" },
  { value: "seller", title: "signUp.sellerTitle", text: "signUp.sellerText" },
] as const;

export function SignUpForm({ initialRole }: { initialRole?: string }) {
  const form = useFormAction(signUpAction);
  const { pending, failed } = form;
  const t = useTranslations("auth");
  const role = form.value("role", initialRole ?? "creator");
  return (
    <form action={form.action} className="space-y-4" noValidate>
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("signUp.whichAreYou")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {ROLES.map((r) => (
            <label
              key={r.value}
              className={cn(
                "flex cursor-pointer flex-col rounded-lg p-3 ring-1 ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600",
              )}
            >
              <span className="flex items-center gap-2 text-sm font-semibold text-slate-900">
                <input type="radio" name="role" value={r.value} defaultChecked={role === r.value} className="accent-brand-600" />
                {t(r.title)}
              </span>
              <span className="mt-1 text-xs text-slate-600">{t(r.text)}</span>
            </label>
          ))}
        </div>
        {failed?.fieldErrors.role ? <p className="mt-1 text-sm text-red-600">{failed.fieldErrors.role}</p> : null}
      </fieldset>
      <Field id="name" label={t("fields.name")} error={failed?.fieldErrors.name}>
        <Input id="name" name="name" autoComplete="name" required defaultValue={form.value("name")} invalid={!!failed?.fieldErrors.name} />
      </Field>
      <Field id="email" label={t("fields.email")} error={failed?.fieldErrors.email}>
        <Input id="email" name="email" type="email" autoComplete="email" required defaultValue={form.value("email")} invalid={!!failed?.fieldErrors.email} />
      </Field>
      <Field id="password" label={t("fields.password")} error={failed?.fieldErrors.password} hint={t("fields.passwordHint")}>
        <Input id="password" name="password" type="password" autoComplete="new-password" required invalid={!!failed?.fieldErrors.password} />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("signUp.pending") : t("signUp.submit")}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {t("signUp.haveAccount")}{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 hover:underline">
          {t("signUp.signIn")}
        </Link>
      </p>
    </form>
  );
}
