"use client";

import Link from "next/link";
import { requestPasswordResetAction } from "@/app/(auth)/forgot-password/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

export function ForgotPasswordForm() {
  const form = useFormAction(requestPasswordResetAction);
  const { state, pending, failed } = form;
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <Alert tone="success">If an account exists for {state.data.email}, we sent a link to reset its password. It works for 30 minutes.</Alert>
        <p className="text-sm text-slate-600">No e-mail after a few minutes? Check the spam folder, or ask again.</p>
        <p className="text-center text-sm">
          <Link href="/sign-in" className="font-medium text-brand-700 hover:underline">
            Back to sign in
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={form.action} className="space-y-4" noValidate>
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      <Field id="email" label="E-mail" error={failed?.fieldErrors.email} hint="The e-mail address you signed up with.">
        <Input id="email" name="email" type="email" autoComplete="email" required defaultValue={form.value("email")} invalid={!!failed?.fieldErrors.email} />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Sending…" : "Send reset link"}
      </Button>
      <p className="text-center text-sm text-slate-600">
        Remembered it?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
