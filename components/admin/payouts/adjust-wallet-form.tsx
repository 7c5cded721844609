"use client";

import { useTranslations } from "next-intl";
import { adjustWalletAction } from "@/app/(admin)/admin/payouts/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useFormAction } from "@/components/ui/use-form-action";
import { SUPPORTED_CURRENCIES } from "@/lib/money";

/**
 * A manual credit or debit of one creator's wallet in one currency, with the reason the creator
 * sees in their history. A minus sign debits; a debit cannot take more than the wallet has available.
 */
export function AdjustWalletForm() {
  const t = useTranslations("admin.adjust");
  const form = useFormAction(adjustWalletAction);
  const { pending } = form;
  const answer = pending ? null : form.state;
  const failed = answer && !answer.ok ? answer : null;
  const errors = failed?.fieldErrors ?? {};
  return (
    <form action={form.action} noValidate className="space-y-4">
      {answer?.ok ? (
        <Alert tone="success">
          {t(answer.data.credit ? "credited" : "debited", { amount: answer.data.amount, name: answer.data.creatorName, currency: answer.data.currency })}
        </Alert>
      ) : null}
      {failed && Object.keys(errors).length === 0 ? <Alert tone="error">{failed.error}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="adjust-email" label={t("email")} error={errors.email}>
          <Input id="adjust-email" name="email" type="email" autoComplete="off" defaultValue={form.value("email")} invalid={!!errors.email} />
        </Field>
        <div className="grid grid-cols-[7rem_minmax(0,1fr)] gap-3">
          <Field id="adjust-currency" label={t("currency")} error={errors.currency}>
            <Select key={form.answer} id="adjust-currency" name="currency" defaultValue={form.value("currency", "USD")} invalid={!!errors.currency}>
              {SUPPORTED_CURRENCIES.map((currency) => (
                <option key={currency} value={currency}>
                  {currency}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="adjust-amount" label={t("amount")} error={errors.amount} hint={t("amountHint")}>
            <Input id="adjust-amount" name="amount" inputMode="decimal" autoComplete="off" defaultValue={form.value("amount")} invalid={!!errors.amount} />
          </Field>
        </div>
      </div>
      <Field id="adjust-reason" label={t("reason")} error={errors.reason}>
        <Textarea id="adjust-reason" name="reason" rows={2} maxLength={500} defaultValue={form.value("reason")} invalid={!!errors.reason} />
      </Field>
      <Button type="submit" disabled={pending} className="max-sm:w-full">
        {pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
