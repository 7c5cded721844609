"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { useLocale, useTranslations } from "next-intl";
import { withdrawAction } from "@/app/(creator)/creator/wallet/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/input";
import { useFormAction, useRefusalFocus } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/actions/result";
import { formatMoney, formatMoneyPlain, parseMoney, type CurrencyCode } from "@/lib/money";

export type WithdrawableBalance = { currency: CurrencyCode; availableMinor: number; minimumMinor: number };
export type MethodOption = { id: string; label: string; isDefault: boolean };
type Done = { id: string; amountMinor: number; currency: CurrencyCode; created: boolean };

/**
 * parseMoney's English messages (lib/money/parse.ts), by their shape, to the catalogue's keys: the
 * form checks the amount before the server does, so it puts them in the reader's language itself.
 */
const PARSE_MESSAGES = [
  { pattern: /^Enter an amount$/, key: "enterAmount" },
  { pattern: /^Amount is too large$/, key: "amountTooLarge" },
  { pattern: /^Amount must be more than zero$/, key: "amountNotPositive" },
  { pattern: /^Enter a number like (.+)$/, key: "amountNumberLike", names: ["example"] },
  { pattern: /^Group digits in threes, like (.+)$/, key: "amountGrouping", names: ["example"] },
  { pattern: /^(\S+) amounts have no decimal part$/, key: "amountNoDecimals", names: ["currency"] },
  { pattern: /^(\S+) allows at most (\d+) decimal places$/, key: "amountDecimals", names: ["currency", "places"] },
] as const;

const newKey = () => (typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

/**
 * Withdraw in two steps: the amount (in the currency's usual format) and the method, then a
 * confirmation that repeats both. The form carries one idempotency key until a withdrawal is made,
 * so a double-click or a retry after a lost answer is the same withdrawal. The fields stay in the
 * form (hidden) while the confirmation shows, so Back finds them as they were.
 */
export function WithdrawForm({ balances, methods }: { balances: WithdrawableBalance[]; methods: MethodOption[] }) {
  const t = useTranslations("creator.withdrawForm");
  const errors = useTranslations("creator.errors");
  const locale = useLocale();
  const money = (minor: number, code: CurrencyCode) => formatMoney(minor, code, locale);
  const parseError = (message: string): string => {
    for (const entry of PARSE_MESSAGES) {
      const match = entry.pattern.exec(message);
      if (!match) continue;
      const names: readonly string[] = "names" in entry ? entry.names : [];
      return errors(entry.key, Object.fromEntries(names.map((name, i) => [name, match[i + 1]!])) as never);
    }
    return message;
  };
  const [key, setKey] = useState(newKey);
  // The chosen currency decides the hint and "Withdraw everything", so it is followed as it changes.
  const [chosenCurrency, setCurrency] = useState<CurrencyCode>(balances[0]!.currency);
  const amountInput = useRef<HTMLInputElement>(null);
  const methodSelect = useRef<HTMLSelectElement>(null);
  const reviewButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
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
  const focusRefused = useRefusalFocus(failed);
  // Withdrawing a whole balance takes its currency off the list while the form stays on the page
  // (another currency is still available): the form moves on to a currency that is still there.
  const balance = balances.find((b) => b.currency === chosenCurrency) ?? balances[0]!;
  const currency = balance.currency;
  const method = methods.find((m) => m.id === review?.methodId);

  // The step's buttons take turns: the one pressed is hidden, so the focus moves to the next step's.
  useEffect(() => {
    if (review) confirmButton.current?.focus();
  }, [review]);
  const refuse = (message: string) => {
    setLocalError(message);
    amountInput.current?.focus();
  };
  const askToConfirm = () => {
    const amount = amountInput.current?.value ?? "";
    const parsed = parseMoney(amount, currency);
    if (!parsed.ok) return refuse(parseError(parsed.error));
    if (parsed.minor > balance.availableMinor) return refuse(errors("overAvailable", { amount: money(balance.availableMinor, currency) }));
    if (parsed.minor < balance.minimumMinor) return refuse(errors("belowMinimum", { amount: money(balance.minimumMinor, currency) }));
    setLocalError(null);
    setReview({ amount, methodId: methodSelect.current?.value ?? "" });
  };
  const parsed = review ? parseMoney(review.amount, currency) : null;
  const amountError = localError ?? failed?.fieldErrors.amount;

  return (
    <form ref={focusRefused} action={form.action} className="space-y-4" noValidate>
      <input type="hidden" name="idempotencyKey" value={key} />
      {state?.ok ? (
        <Alert tone="success">{t(state.data.created ? "requestedDone" : "alreadyDone", { amount: money(state.data.amountMinor, state.data.currency) })}</Alert>
      ) : null}
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.error}</Alert> : null}
      <div hidden={!!review} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="withdraw-currency" label={t("currency")}>
            <Select key={form.answer} id="withdraw-currency" name="currency" defaultValue={form.value("currency", currency)} onChange={(e) => setCurrency(e.target.value as CurrencyCode)}>
              {balances.map((b) => (
                <option key={b.currency} value={b.currency}>
                  {t("currencyOption", { currency: b.currency, amount: money(b.availableMinor, b.currency) })}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="withdraw-amount" label={t("amount")} error={amountError} hint={t("minimum", { amount: money(balance.minimumMinor, currency) })}>
            <Input
              id="withdraw-amount"
              name="amount"
              inputMode="decimal"
              autoComplete="off"
              ref={amountInput}
              defaultValue={form.value("amount")}
              invalid={!!amountError}
              onKeyDown={(event) => {
                // Enter in the only text field would submit the form, withdrawing without the review.
                if (event.key !== "Enter") return;
                event.preventDefault();
                askToConfirm();
              }}
            />
          </Field>
          <Field id="withdraw-method" label={t("payTo")} error={failed?.fieldErrors.payoutMethodId}>
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
                  {m.isDefault ? t("defaultMethod", { label: m.label }) : m.label}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button ref={reviewButton} type="button" onClick={askToConfirm}>
            {t("review")}
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              if (amountInput.current) amountInput.current.value = formatMoneyPlain(balance.availableMinor, currency);
            }}
          >
            {t("everything")}
          </Button>
        </div>
      </div>
      {review ? (
        <div className="space-y-3 rounded-md bg-slate-50 p-4 ring-1 ring-slate-200" role="group" aria-label={t("confirmGroup")}>
          <p className="break-words text-sm text-slate-800">
            {t.rich("confirmText", {
              amount: parsed?.ok ? money(parsed.minor, currency) : review.amount,
              method: method?.label ?? "",
              b: (chunks: ReactNode) => <strong>{chunks}</strong>,
            })}
          </p>
          <p className="text-xs text-slate-600">{t("confirmNote")}</p>
          <div className="flex flex-wrap gap-2">
            <Button ref={confirmButton} type="submit" disabled={pending}>
              {pending ? t("requesting") : t("confirm")}
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={pending}
              onClick={() => {
                flushSync(() => setReview(null));
                reviewButton.current?.focus();
              }}
            >
              {t("back")}
            </Button>
          </div>
        </div>
      ) : null}
    </form>
  );
}
