"use client";

import { useTranslations } from "next-intl";
import { setWithdrawalMinimumsAction } from "@/app/(admin)/admin/payouts/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

export type MinimumRow = { currency: string; value: string; defaultText: string };

/**
 * The smallest withdrawal per currency, for manual and automatic withdrawals alike. Each field
 * shows the current minimum and names the default (about US$10 in that currency).
 */
export function WithdrawalMinimumsForm({ rows }: { rows: MinimumRow[] }) {
  const t = useTranslations("admin.minimums");
  const form = useFormAction(setWithdrawalMinimumsAction);
  const { pending } = form;
  const answer = pending ? null : form.state;
  const failed = answer && !answer.ok ? answer : null;
  const errors = failed?.fieldErrors ?? {};
  return (
    <form action={form.action} noValidate className="space-y-4">
      {answer?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
      {failed && Object.keys(errors).length === 0 ? <Alert tone="error">{failed.error}</Alert> : null}
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {rows.map((row) => {
          const name = `min_${row.currency}`;
          return (
            <Field key={row.currency} id={name} label={row.currency} error={errors[name]} hint={t("default", { amount: row.defaultText })}>
              <Input id={name} name={name} inputMode="decimal" autoComplete="off" defaultValue={form.value(name, row.value)} invalid={!!errors[name]} />
            </Field>
          );
        })}
      </div>
      <Button type="submit" disabled={pending} className="max-sm:w-full">
        {pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
