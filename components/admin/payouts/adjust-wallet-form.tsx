"use client";

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
  const form = useFormAction(adjustWalletAction);
  const { pending } = form;
  const answer = pending ? null : form.state;
  const failed = answer && !answer.ok ? answer : null;
  const errors = failed?.fieldErrors ?? {};
  return (
    <form action={form.action} noValidate className="space-y-4">
      {answer?.ok ? (
        <Alert tone="success">
          {answer.data.credit ? "Credited" : "Debited"} {answer.data.amount} {answer.data.credit ? "to" : "from"} {answer.data.creatorName}’s {answer.data.currency} wallet.
        </Alert>
      ) : null}
      {failed && Object.keys(errors).length === 0 ? <Alert tone="error">{failed.error}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="adjust-email" label="Creator e-mail" error={errors.email}>
          <Input id="adjust-email" name="email" type="email" autoComplete="off" defaultValue={form.value("email")} invalid={!!errors.email} />
        </Field>
        <div className="grid grid-cols-[7rem_1fr] gap-3">
          <Field id="adjust-currency" label="Currency" error={errors.currency}>
            <Select key={form.answer} id="adjust-currency" name="currency" defaultValue={form.value("currency", "USD")} invalid={!!errors.currency}>
              {SUPPORTED_CURRENCIES.map((currency) => (
                <option key={currency} value={currency}>
                  {currency}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="adjust-amount" label="Amount" error={errors.amount} hint="e.g. 12.50 to credit, -12.50 to debit (150000 for VND).">
            <Input id="adjust-amount" name="amount" inputMode="decimal" autoComplete="off" defaultValue={form.value("amount")} invalid={!!errors.amount} />
          </Field>
        </div>
      </div>
      <Field id="adjust-reason" label="Reason (shown in the creator’s wallet history)" error={errors.reason}>
        <Textarea id="adjust-reason" name="reason" rows={2} maxLength={500} defaultValue={form.value("reason")} invalid={!!errors.reason} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Adjust wallet"}
      </Button>
    </form>
  );
}
