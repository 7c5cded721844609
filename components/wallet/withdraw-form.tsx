"use client";

import { useRef, useState } from "react";
import { withdrawAction } from "@/app/(creator)/creator/wallet/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/actions/result";
import { formatMoney, formatMoneyPlain, parseMoney, type CurrencyCode } from "@/lib/money";

export type WithdrawableBalance = { currency: CurrencyCode; availableMinor: number; minimumMinor: number };
export type MethodOption = { id: string; label: string; isDefault: boolean };
type Done = { id: string; amount: string; created: boolean };

const newKey = () => (typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

/**
 * Withdraw in two steps: the amount (in the currency's usual format) and the method, then a
 * confirmation that repeats both. The form carries one idempotency key until a withdrawal is made,
 * so a double-click or a retry after a lost answer is the same withdrawal. The fields stay in the
 * form (hidden) while the confirmation shows, so Back finds them as they were.
 */
export function WithdrawForm({ balances, methods }: { balances: WithdrawableBalance[]; methods: MethodOption[] }) {
  const [key, setKey] = useState(newKey);
  // The chosen currency decides the hint and "Withdraw everything", so it is followed as it changes.
  const [chosenCurrency, setCurrency] = useState<CurrencyCode>(balances[0]!.currency);
  const amountInput = useRef<HTMLInputElement>(null);
  const methodSelect = useRef<HTMLSelectElement>(null);
  // What the confirmation repeats, read from the fields when the creator asks to review.
  const [review, setReview] = useState<{ amount: string; methodId: string } | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const form = useFormAction(async (previous: ActionResult<Done> | null, formData: FormData) => {
    const result = await withdrawAction(previous, formData);
    if (result.ok) setKey(newKey());
    setReview(null);
    return result;
  });
  const { state, pending, failed } = form;
  // Withdrawing a whole balance takes its currency off the list while the form stays on the page
  // (another currency is still available): the form moves on to a currency that is still there.
  const balance = balances.find((b) => b.currency === chosenCurrency) ?? balances[0]!;
  const currency = balance.currency;
  const method = methods.find((m) => m.id === review?.methodId);

  const askToConfirm = () => {
    const amount = amountInput.current?.value ?? "";
    const parsed = parseMoney(amount, currency);
    if (!parsed.ok) return setLocalError(parsed.error);
    if (parsed.minor > balance.availableMinor) return setLocalError(`You have ${formatMoney(balance.availableMinor, currency)} available.`);
    if (parsed.minor < balance.minimumMinor) return setLocalError(`The minimum withdrawal is ${formatMoney(balance.minimumMinor, currency)}.`);
    setLocalError(null);
    setReview({ amount, methodId: methodSelect.current?.value ?? "" });
  };
  const parsed = review ? parseMoney(review.amount, currency) : null;
  const amountError = localError ?? failed?.fieldErrors.amount;

  return (
    <form action={form.action} className="space-y-4" noValidate>
      <input type="hidden" name="idempotencyKey" value={key} />
      {state?.ok ? (
        <Alert tone="success">{state.data.created ? `Withdrawal of ${state.data.amount} requested. It usually reaches your account within a few business days.` : `This withdrawal of ${state.data.amount} was already requested.`}</Alert>
      ) : null}
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.error}</Alert> : null}
      <div hidden={!!review} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="withdraw-currency" label="Currency">
            <Select key={form.answer} id="withdraw-currency" name="currency" defaultValue={form.value("currency", currency)} onChange={(e) => setCurrency(e.target.value as CurrencyCode)}>
              {balances.map((b) => (
                <option key={b.currency} value={b.currency}>
                  {b.currency} ({formatMoney(b.availableMinor, b.currency)} available)
                </option>
              ))}
            </Select>
          </Field>
          <Field id="withdraw-amount" label="Amount" error={amountError} hint={`Minimum ${formatMoney(balance.minimumMinor, currency)}`}>
            <Input id="withdraw-amount" name="amount" inputMode="decimal" autoComplete="off" ref={amountInput} defaultValue={form.value("amount")} invalid={!!amountError} />
          </Field>
          <Field id="withdraw-method" label="Pay to" error={failed?.fieldErrors.payoutMethodId}>
            <Select
              key={form.answer}
              ref={methodSelect}
              id="withdraw-method"
              name="payoutMethodId"
              defaultValue={form.value("payoutMethodId", methods.find((m) => m.isDefault)?.id ?? methods[0]?.id)}
              invalid={!!failed?.fieldErrors.payoutMethodId}
            >
              {methods.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                  {m.isDefault ? " (default)" : ""}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="button" onClick={askToConfirm}>
            Review withdrawal
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              if (amountInput.current) amountInput.current.value = formatMoneyPlain(balance.availableMinor, currency);
            }}
          >
            Withdraw everything
          </Button>
        </div>
      </div>
      {review ? (
        <div className="space-y-3 rounded-md bg-slate-50 p-4 ring-1 ring-slate-200" role="group" aria-label="Confirm the withdrawal">
          <p className="text-sm text-slate-800">
            Withdraw <strong>{parsed?.ok ? formatMoney(parsed.minor, currency) : review.amount}</strong> to <strong>{method?.label}</strong>?
          </p>
          <p className="text-xs text-slate-600">The amount leaves your available balance now. If the transfer fails, it comes back.</p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={pending}>
              {pending ? "Requesting…" : "Confirm withdrawal"}
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => setReview(null)}>
              Back
            </Button>
          </div>
        </div>
      ) : null}
    </form>
  );
}
