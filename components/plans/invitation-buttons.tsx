"use client";

import { useTranslations } from "next-intl";
import { answerInvitationAction } from "@/app/(creator)/creator/invitations/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

/** Accept or decline, once. Declining is final, so it asks first. */
export function InvitationButtons({ planId, planName }: { planId: string; planName: string }) {
  const t = useTranslations("creator.invitations");
  const { state, action, pending } = useFormAction(answerInvitationAction);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="planId" value={planId} />
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="answer" value="accept" disabled={pending} aria-label={t("acceptFor", { name: planName })}>
          {t("accept")}
        </Button>
        <Button
          type="submit"
          name="answer"
          value="decline"
          variant="secondary"
          disabled={pending}
          aria-label={t("declineFor", { name: planName })}
          onClick={(event) => {
            if (!window.confirm(t("confirmDecline", { name: planName }))) event.preventDefault();
          }}
        >
          {t("decline")}
        </Button>
      </div>
    </form>
  );
}
