"use client";

import { runSettlementAction } from "@/app/(admin)/admin/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

/** Completes orders past their return window, releases commissions past their holding period and, on Wednesdays, makes the automatic withdrawals, now. */
export function SettlementControl() {
  const { state, action, pending } = useFormAction(runSettlementAction);
  return (
    <form action={action} className="space-y-3">
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.ok ? (
        <Alert tone="success">
          Settlement ran: {state.data.ordersCompleted} order{state.data.ordersCompleted === 1 ? "" : "s"} completed, {state.data.commissionsReleased} commission
          {state.data.commissionsReleased === 1 ? "" : "s"} made available.{" "}
          {state.data.wednesday
            ? `Automatic withdrawals: ${state.data.automaticWithdrawals} requested.`
            : "Automatic withdrawals only run on Wednesdays."}
        </Alert>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Running…" : "Run settlement now"}
      </Button>
    </form>
  );
}
