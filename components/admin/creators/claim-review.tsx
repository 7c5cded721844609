"use client";

import { useTranslations } from "next-intl";
import { approveClaimAction, rejectClaimAction } from "@/app/(admin)/admin/creators/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

/**
 * An admin's decision on one follower claim: approve with the claimed (or a corrected) count, or
 * reject with a reason. A decided claim leaves the queue; the decision shows under "Recent decisions".
 */
export function ClaimReview({ claimId, claimedCount }: { claimId: string; claimedCount: number }) {
  const t = useTranslations("admin.creators");
  const approve = useFormAction(approveClaimAction);
  const reject = useFormAction(rejectClaimAction);
  const failed = [approve.failed, reject.failed].find((f) => f && Object.keys(f.fieldErrors).length === 0);
  return (
    <div className="space-y-3">
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <form action={approve.action} className="flex flex-col gap-2 sm:flex-row sm:items-end" noValidate>
          <input type="hidden" name="claimId" value={claimId} />
          <div className="min-w-0 flex-1">
            <Field id={`count-${claimId}`} label={t("correctedCount")} error={approve.errors.count}>
              <Input id={`count-${claimId}`} name="count" inputMode="numeric" defaultValue={approve.value("count", String(claimedCount))} invalid={!!approve.errors.count} />
            </Field>
          </div>
          <Button type="submit" size="sm" disabled={approve.pending} className={approve.errors.count ? "sm:mb-6" : ""}>
            {approve.pending ? t("approving") : t("approve")}
          </Button>
        </form>
        <form
          action={reject.action}
          onSubmit={(event) => {
            if (!window.confirm(t("rejectPrompt"))) event.preventDefault();
          }}
          className="flex flex-col gap-2 sm:flex-row sm:items-end"
          noValidate
        >
          <input type="hidden" name="claimId" value={claimId} />
          <div className="min-w-0 flex-1">
            <Field id={`reason-${claimId}`} label={t("reason")} error={reject.errors.reason}>
              <Input id={`reason-${claimId}`} name="reason" defaultValue={reject.value("reason", "")} invalid={!!reject.errors.reason} />
            </Field>
          </div>
          <Button type="submit" size="sm" variant="danger" disabled={reject.pending} className={reject.errors.reason ? "sm:mb-6" : ""}>
            {reject.pending ? t("rejecting") : t("reject")}
          </Button>
        </form>
      </div>
    </div>
  );
}
