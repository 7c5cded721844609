"use client";

import { useId } from "react";
import { refundLineAction } from "@/app/(seller)/seller/orders/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

/**
 * Refunds units of one line, all that are left by default, after a confirmation: it cannot be undone,
 * and it shrinks (or claws back) the creator's commission on the line.
 */
export function RefundLineForm({ orderId, lineRef, productTitle, unitsLeft, earns }: { orderId: string; lineRef: string; productTitle: string; unitsLeft: number; earns: boolean }) {
  const form = useFormAction(refundLineAction);
  const { state, pending } = form;
  const id = useId();
  const answer = pending ? null : state;
  const fieldError = answer && !answer.ok ? answer.fieldErrors.quantity : undefined;
  return (
    <form
      action={form.action}
      aria-label={`Refund line ${lineRef}`}
      onSubmit={(event) => {
        const quantity = Number(new FormData(event.currentTarget).get("quantity"));
        const what =
          quantity === unitsLeft ? `the whole line: ${quantity} unit${quantity === 1 ? "" : "s"} of “${productTitle}”` : `${quantity} of ${unitsLeft} units of “${productTitle}”`;
        const commission = earns ? " The creator's commission on this line is reduced in proportion." : "";
        if (!window.confirm(`Refund ${what}?${commission} This cannot be undone.`)) event.preventDefault();
      }}
      className="space-y-2"
    >
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="lineRef" value={lineRef} />
      <div className="flex items-end gap-2">
        <div className="w-28">
          <label htmlFor={id} className="block text-sm font-medium text-slate-800">
            Units to refund
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
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Refunding…" : "Refund"}
        </Button>
      </div>
      {answer && !answer.ok ? <Alert tone="error">{fieldError ?? answer.error}</Alert> : null}
      {answer?.ok ? (
        <Alert tone="success">
          Refunded {answer.data.quantity} unit{answer.data.quantity === 1 ? "" : "s"}.
        </Alert>
      ) : null}
    </form>
  );
}
