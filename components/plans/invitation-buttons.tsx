"use client";

import { answerInvitationAction } from "@/app/(creator)/creator/invitations/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

/** Accept or decline, once. Declining is final, so it asks first. */
export function InvitationButtons({ planId, planName }: { planId: string; planName: string }) {
  const { state, action, pending } = useFormAction(answerInvitationAction);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="planId" value={planId} />
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="answer" value="accept" disabled={pending} aria-label={`Accept ${planName}`}>
          Accept
        </Button>
        <Button
          type="submit"
          name="answer"
          value="decline"
          variant="secondary"
          disabled={pending}
          aria-label={`Decline ${planName}`}
          onClick={(event) => {
            if (!window.confirm(`Decline “${planName}”? You cannot accept it later.`)) event.preventDefault();
          }}
        >
          Decline
        </Button>
      </div>
    </form>
  );
}
