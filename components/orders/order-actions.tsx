"use client";

import { useId, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { orderCommandAction } from "@/app/(seller)/seller/orders/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useReaderFormat } from "@/components/ui/formatted";
import { Field, Input } from "@/components/ui/input";
import { useFormAction, useRefusalFocus } from "@/components/ui/use-form-action";
import type { CurrencyCode } from "@/lib/money/currencies";
import { COMMON_CARRIERS } from "@/lib/orders/carriers";
import type { SellerOrderCommand } from "@/lib/validation/orders";

/**
 * The order's next steps that make sense in its state (the page decides which), and a note under
 * them (when the order completes by itself, or why nothing is left to do). Ship asks for an optional
 * carrier and tracking number. Cancelling is apart from the everyday steps, outlined in red, and
 * confirmed with the order and its amount named: it undoes every line and reverses commissions.
 */
export function OrderActions({
  order,
  commands,
  note,
}: {
  order: { id: string; reference: string; totalMinor: number; currency: CurrencyCode };
  commands: SellerOrderCommand[];
  note?: ReactNode;
}) {
  const t = useTranslations("seller.orders.actions");
  const format = useReaderFormat();
  const form = useFormAction(orderCommandAction);
  const { state, action, pending } = form;
  const focusRef = useRefusalFocus(form.failed);
  const [submitted, setSubmitted] = useState<SellerOrderCommand | null>(null);
  const id = useId();
  const answer = pending ? null : state;
  const steps = commands.filter((command) => command !== "cancel");
  const canCancel = commands.includes("cancel");
  const hidden = (command: SellerOrderCommand) => (
    <>
      <input type="hidden" name="orderId" value={order.id} />
      <input type="hidden" name="command" value={command} />
    </>
  );
  const label = (command: SellerOrderCommand) => (pending && submitted === command ? t(`${command}Busy`) : t(command));
  const fieldErrors = answer && !answer.ok ? answer.fieldErrors : {};
  const generalError = answer && !answer.ok && !fieldErrors.carrier && !fieldErrors.trackingNumber ? answer.error : null;
  return (
    <div className="space-y-3">
      {generalError ? <Alert tone="error">{generalError}</Alert> : null}
      {answer?.ok ? <Alert tone="success">{t(`${answer.data.command}Done`)}</Alert> : null}
      <div className="grid gap-3 sm:flex sm:flex-wrap sm:items-end">
        {steps.map((command) =>
          command === "ship" ? (
            <form key={command} action={action} ref={focusRef} noValidate onSubmit={() => setSubmitted(command)} className="grid w-full gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" aria-label={t("shipForm")}>
              {hidden(command)}
              <Field id={`${id}-carrier`} label={t("carrier")} error={fieldErrors.carrier}>
                <Input id={`${id}-carrier`} name="carrier" list={`${id}-carriers`} maxLength={60} autoComplete="off" defaultValue={form.value("carrier")} invalid={Boolean(fieldErrors.carrier)} />
              </Field>
              <datalist id={`${id}-carriers`}>
                {COMMON_CARRIERS.map((carrier) => (
                  <option key={carrier} value={carrier} />
                ))}
              </datalist>
              <Field id={`${id}-tracking`} label={t("trackingNumber")} error={fieldErrors.trackingNumber}>
                <Input id={`${id}-tracking`} name="trackingNumber" maxLength={60} autoComplete="off" defaultValue={form.value("trackingNumber")} invalid={Boolean(fieldErrors.trackingNumber)} />
              </Field>
              <Button type="submit" disabled={pending} className="max-sm:w-full">
                {label(command)}
              </Button>
              <p className="text-xs text-slate-500 sm:col-span-3">{t("trackingHint")}</p>
            </form>
          ) : (
            <form key={command} action={action} onSubmit={() => setSubmitted(command)}>
              {hidden(command)}
              <Button type="submit" disabled={pending} className="max-sm:w-full">
                {label(command)}
              </Button>
            </form>
          ),
        )}
      </div>
      {note ? <p className="text-sm text-slate-600">{note}</p> : null}
      {canCancel ? (
        <div className="mt-2 border-t border-red-100 pt-4" role="group" aria-label={t("dangerZone")}>
          <h3 className="mb-2 text-sm font-medium text-red-800">{t("dangerZone")}</h3>
          <form
            action={action}
            onSubmit={(event) => {
              if (!window.confirm(t("cancelConfirm", { reference: order.reference, amount: format.money(order.totalMinor, order.currency) }))) event.preventDefault();
              else setSubmitted("cancel");
            }}
          >
            {hidden("cancel")}
            <Button type="submit" variant="dangerOutline" disabled={pending} className="max-sm:w-full">
              {label("cancel")}
            </Button>
          </form>
        </div>
      ) : null}
    </div>
  );
}
