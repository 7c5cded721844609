"use client";

import { useTranslations } from "next-intl";
import { endPlanAction, publishPlanAction } from "@/app/(seller)/seller/plans/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

/** Draft → live: invited creators see the invitation from now on. */
export function PublishPlanButton({ planId }: { planId: string }) {
  const t = useTranslations("seller.plans.detail");
  const { state, action, pending } = useFormAction(publishPlanAction);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="planId" value={planId} />
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? t("publishing") : t("publish")}
      </Button>
    </form>
  );
}

/** Ends a published plan now, after a confirmation: it cannot be undone. */
export function EndPlanButton({ planId, planName }: { planId: string; planName: string }) {
  const t = useTranslations("seller.plans.detail");
  const { state, action, pending } = useFormAction(endPlanAction);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t("endConfirm", { name: planName }))) event.preventDefault();
      }}
      className="space-y-2"
    >
      <input type="hidden" name="planId" value={planId} />
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? t("ending") : t("end")}
      </Button>
    </form>
  );
}
