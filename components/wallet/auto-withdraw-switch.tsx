"use client";

import { useTranslations } from "next-intl";
import { setAutoWithdrawAction } from "@/app/(creator)/creator/wallet/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

/** Automatic withdrawal on or off: every Wednesday the whole available balance goes to the default method. */
export function AutoWithdrawSwitch({ enabled }: { enabled: boolean }) {
  const t = useTranslations("creator.autoSwitch");
  const { state, action, pending } = useFormAction(setAutoWithdrawAction);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="enabled" value={enabled ? "off" : "on"} />
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <Button type="submit" variant={enabled ? "secondary" : "primary"} disabled={pending} role="switch" aria-checked={enabled} aria-label={t("label")}>
        {pending ? t("saving") : enabled ? t("turnOff") : t("turnOn")}
      </Button>
    </form>
  );
}
