"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { refundLineAction } from "@/app/(seller)/seller/orders/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

/**
 * Refunds units of one line, all that are left by default, after a confirmation that names the order
 * and what the buyer paid for the line: it cannot be undone, and it shrinks (or claws back) the
 * creator's commission on the line. Outlined in red, apart from the order's everyday steps.
 */
export function RefundLineForm({
  order,
  lineRef,
  productTitle,
  unitsLeft,
  paid,
  earns,
}: {
  order: { id: string; reference: string };
  lineRef: string;
  productTitle: string;
  unitsLeft: number;
  /** What the buyer paid for the line, formatted for the reader. */
  paid: string;
  earns: boolean;
}) {
  const t = useTranslations("seller.orders.refund");
  const form = useFormAction(refundLineAction);
  const { state, pending } = form;
  const id = useId();
  const answer = pending ? null : state;
  const fieldError = answer && !answer.ok ? answer.fieldErrors.quantity : undefined;
  return (
    <form
      action={form.action}
      aria-label={t("aria", { ref: lineRef })}
      onSubmit={(event) => {
        const quantity = Number(new FormData(event.currentTarget).get("quantity"));
        const question = quantity === unitsLeft ? t("confirmWhole", { count: quantity, title: productTitle }) : t("confirmPart", { count: quantity, left: unitsLeft, title: productTitle });
        const parts = [t("confirmOrder", { reference: order.reference, amount: paid }), question, earns ? t("confirmCommission") : null, t("confirmFinal")].filter(Boolean);
        if (!window.confirm(parts.join(" "))) event.preventDefault();
      }}
      className="space-y-2"
    >
      <input type="hidden" name="orderId" value={order.id} />
      <input type="hidden" name="lineRef" value={lineRef} />
      <div className="flex items-end gap-2">
        <div className="w-32 min-w-0">
          <label htmlFor={id} className="block text-sm font-medium text-slate-800">
            {t("units")}
          </label>
          <Input
            id={id}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={unitsLeft}
            step={1}
            defaultValue={form.value("quantity", String(unitsLeft))}
            invalid={Boolean(fieldError)}
            required
           
          />
        </div>
        <Button type="submit" variant="dangerOutline" disabled={pending}>
          {pending ? t("refunding") : t("refund")}
        </Button>
      </div>
      {answer && !answer.ok ? <Alert tone="error">{fieldError ?? answer.error}</Alert> : null}
      {answer?.ok ? (
        <Alert tone="success">{t("done", { count: answer.data.quantity })}</Alert>
      ) : null}
    </form>
  );
}
