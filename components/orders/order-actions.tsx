"use client";

import { useState, type ReactNode } from "react";
import { orderCommandAction } from "@/app/(seller)/seller/orders/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { SellerOrderCommand } from "@/lib/validation/orders";

const LABELS: Record<SellerOrderCommand, { label: string; busy: string; done: string }> = {
  ship: { label: "Ship", busy: "Shipping…", done: "The order is shipped." },
  deliver: { label: "Mark delivered", busy: "Saving…", done: "The order is delivered: the return window starts now." },
  complete: { label: "Complete", busy: "Completing…", done: "The order is completed: creators' commissions are locked." },
  cancel: { label: "Cancel order", busy: "Cancelling…", done: "The order is cancelled: its commissions are reversed." },
};

// Cancelling undoes every line and reverses creators' commissions: the only one asked twice.
const CONFIRM: Partial<Record<SellerOrderCommand, string>> = {
  cancel: "Cancel this order? Every line is cancelled and the creators' pending commissions are reversed. This cannot be undone.",
};

/**
 * The order's next steps that make sense in its state (the page decides which), one button each, and
 * a note under them (when the order completes by itself, or why nothing is left to do).
 */
export function OrderActions({ orderId, commands, note }: { orderId: string; commands: SellerOrderCommand[]; note?: ReactNode }) {
  const { state, action, pending } = useFormAction(orderCommandAction);
  const [submitted, setSubmitted] = useState<SellerOrderCommand | null>(null);
  const answer = pending ? null : state;
  return (
    <div className="space-y-3">
      {answer && !answer.ok ? <Alert tone="error">{answer.error}</Alert> : null}
      {answer?.ok ? <Alert tone="success">{LABELS[answer.data.command].done}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {commands.map((command) => (
          <form
            key={command}
            action={action}
            onSubmit={(event) => {
              const question = CONFIRM[command];
              if (question && !window.confirm(question)) event.preventDefault();
              else setSubmitted(command);
            }}
          >
            <input type="hidden" name="orderId" value={orderId} />
            <input type="hidden" name="command" value={command} />
            <Button type="submit" variant={command === "cancel" ? "danger" : "primary"} disabled={pending}>
              {pending && submitted === command ? LABELS[command].busy : LABELS[command].label}
            </Button>
          </form>
        ))}
      </div>
      {note ? <p className="text-sm text-slate-600">{note}</p> : null}
    </div>
  );
}
