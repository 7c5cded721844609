"use client";

import { useTranslations } from "next-intl";
import { disableLinkAction, renewLinkAction } from "@/app/(creator)/creator/links/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

/** "Disable link", after a confirmation: its short link stops working (it cannot be switched on again). */
export function DisableLinkButton({ linkId, target }: { linkId: string; target: string }) {
  const t = useTranslations("creator.link");
  const { state, action, pending } = useFormAction(disableLinkAction);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t("disableConfirm", { target }))) event.preventDefault();
      }}
      className="space-y-2"
    >
      <input type="hidden" name="linkId" value={linkId} />
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <Button type="submit" variant="danger" disabled={pending}>
        {t("disable")}
      </Button>
    </form>
  );
}

/** "Renew link" of an expired link: a new link with the same target, channel and sub-id. */
export function RenewLinkButton({ linkId }: { linkId: string }) {
  const t = useTranslations("creator.link");
  const { state, action, pending } = useFormAction(renewLinkAction);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="linkId" value={linkId} />
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {t("renew")}
      </Button>
    </form>
  );
}
