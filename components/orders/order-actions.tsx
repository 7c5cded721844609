"use client";

import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { orderCommandAction } from "@/app/(seller)/seller/orders/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { SellerOrderCommand } from "@/lib/validation/orders";


/**
 * The order's next steps that make sense in its state (the page decides which), one button each, and
 * a note under them (when the order completes by itself, or why nothing is left to do).
 */
export function OrderActions({ orderId, commands, note }: { orderId: string; commands: SellerOrderCommand[]; note?: ReactNode }) {
  const t = useTranslations("seller.orders.actions");
  const { state, action, pending } = useFormAction(orderCommandAction);
  const [submitted, setSubmitted] = useState<SellerOrderCommand | null>(null);
  const answer = pending ? null : state;
  return (
    <div className="space-y-3">
      {answer && !answer.ok ? <Alert tone="error">{answer.error}</Alert> : null}
      {answer?.ok ? <Alert tone="success">{t(`${answer.data.command}Done`)}</Alert> : null}
      <div className="grid gap-2 sm:flex sm:flex-wrap">
        {commands.map((command) => (
          <form
            key={command}
            action={action}
            onSubmit={(event) => {
              // Cancelling undoes every line and reverses creators' commissions: the only one asked twice.
              if (command === "cancel" && !window.confirm(t("cancelConfirm"))) event.preventDefault();
              else setSubmitted(command);
            }}
          >
            <input type="hidden" name="orderId" value={orderId} />
            <input type="hidden" name="command" value={command} />
            <Button type="submit" variant={command === "cancel" ? "danger" : "primary"} disabled={pending} className="max-sm:min-h-11 max-sm:w-full">
              {pending && submitted === command ? t(`${command}Busy`) : t(command)}
            </Button>
          </form>
        ))}
      </div>
      {note ? <p className="text-sm text-slate-600">{note}</p> : null}
    </div>
  );
}
