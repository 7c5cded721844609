"use client";

import { useTranslations } from "next-intl";
import { remindInvitationAction, withdrawInvitationAction } from "@/app/(seller)/seller/plans/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

type Invitation = { planId: string; creatorId: string; name: string };

/** Tells the creator again about a pending invitation: the server allows one reminder a day. */
export function RemindInvitationButton({ planId, creatorId, name }: Invitation) {
  const t = useTranslations("seller.plans.detail");
  const { state, action, pending } = useFormAction(remindInvitationAction);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="creatorId" value={creatorId} />
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.ok ? (
        <p className="text-xs text-emerald-700" role="status">
          {t("reminded")}
        </p>
      ) : null}
      <Button type="submit" variant="secondary" size="sm" disabled={pending} aria-label={t("remindFor", { name })}>
        {pending ? t("reminding") : t("remind")}
      </Button>
    </form>
  );
}

/** Takes back a pending invitation after a confirmation: the creator can no longer accept it. */
export function WithdrawInvitationButton({ planId, creatorId, name }: Invitation) {
  const t = useTranslations("seller.plans.detail");
  const { state, action, pending } = useFormAction(withdrawInvitationAction);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t("withdrawConfirm", { name }))) event.preventDefault();
      }}
      className="space-y-1"
    >
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="creatorId" value={creatorId} />
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <Button type="submit" variant="danger" size="sm" disabled={pending} aria-label={t("withdrawFor", { name })}>
        {pending ? t("withdrawing") : t("withdraw")}
      </Button>
    </form>
  );
}
