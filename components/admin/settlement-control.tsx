"use client";

import { useTranslations } from "next-intl";
import { runSettlementAction } from "@/app/(admin)/admin/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

/**
 * Completes orders past their return window, releases commissions past their holding period and, on
 * Wednesdays, makes the automatic withdrawals, now. `platformZone` is the translated "in the
 * platform's time zone (…)", the zone the Wednesday rule runs in.
 */
export function SettlementControl({ platformZone }: { platformZone: string }) {
  const t = useTranslations("admin.settlement");
  const { state, action, pending } = useFormAction(runSettlementAction);
  return (
    <form action={action} className="space-y-3">
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.ok ? (
        <Alert tone="success">
          {t("ran", { orders: state.data.ordersCompleted, commissions: state.data.commissionsReleased })}{" "}
          {state.data.wednesday ? t("automatic", { count: state.data.automaticWithdrawals }) : t("notWednesday", { zone: platformZone })}
        </Alert>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("running") : t("run")}
      </Button>
    </form>
  );
}
