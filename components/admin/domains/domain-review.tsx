"use client";

import { useTranslations } from "next-intl";
import { checkDomainAction, confirmDomainAction, revokeDomainAction } from "@/app/(admin)/admin/domains/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

/** An admin's actions on one shop domain: check it now, confirm it by hand, or revoke it with a reason. */
export function DomainReview({ domainId, domain, state }: { domainId: string; domain: string; state: "pending" | "verified" | "revoked" }) {
  const t = useTranslations("admin.domains");
  const { state: checked, action: check, pending: checking } = useFormAction(checkDomainAction);
  const { state: confirmed, action: confirm, pending: confirming } = useFormAction(confirmDomainAction);
  const { state: revoked, action: revoke, pending: revoking } = useFormAction(revokeDomainAction);
  const failed = [checked, confirmed, revoked].find((s) => s && !s.ok && !s.fieldErrors.reason);
  const reasonError = revoked && !revoked.ok ? revoked.fieldErrors.reason : undefined;
  if (state === "revoked") return null;
  return (
    <div className="space-y-3">
      {failed && !failed.ok ? <Alert tone="error">{failed.error}</Alert> : null}
      {checked?.ok ? <Alert tone={checked.data.verified ? "success" : "warning"}>{checked.data.verified ? t("verified") : t("notVerified", { error: checked.data.error ?? "" })}</Alert> : null}
      {state === "pending" ? (
        <div className="flex flex-wrap gap-2">
          <form action={check}>
            <input type="hidden" name="domainId" value={domainId} />
            <Button type="submit" size="sm" variant="secondary" disabled={checking}>
              {checking ? t("checking") : t("check")}
            </Button>
          </form>
          <form
            action={confirm}
            onSubmit={(event) => {
              if (!window.confirm(t("confirmPrompt", { domain }))) event.preventDefault();
            }}
          >
            <input type="hidden" name="domainId" value={domainId} />
            <Button type="submit" size="sm" disabled={confirming}>
              {confirming ? t("confirming") : t("confirm")}
            </Button>
          </form>
        </div>
      ) : null}
      <form
        action={revoke}
        onSubmit={(event) => {
          if (!window.confirm(t("revokePrompt", { domain }))) event.preventDefault();
        }}
        className="flex flex-col gap-2 sm:flex-row sm:items-end"
        noValidate
      >
        <input type="hidden" name="domainId" value={domainId} />
        <div className="min-w-0 flex-1">
          <Field id={`reason-${domainId}`} label={t("reason")} error={reasonError}>
            <Input id={`reason-${domainId}`} name="reason" defaultValue={revoked && !revoked.ok ? (revoked.values.reason ?? "") : ""} invalid={!!reasonError} />
          </Field>
        </div>
        <Button type="submit" size="sm" variant="danger" disabled={revoking} className="sm:mb-6">
          {revoking ? t("revoking") : t("revoke")}
        </Button>
      </form>
    </div>
  );
}
