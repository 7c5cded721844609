"use client";

import { useTranslations } from "next-intl";
import { muteThreadAction } from "@/app/(creator)/creator/messages/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

/** The creator mutes the shop (no notifications; its messages still arrive) or unmutes it. */
export function MuteToggle({ threadId, muted }: { threadId: string; muted: boolean }) {
  const t = useTranslations("common.messages.mute");
  const { action, pending, failed, state } = useFormAction(muteThreadAction);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="muted" value={muted ? "0" : "1"} />
      <p className="text-sm text-slate-600">{muted ? t("mutedText") : t("unmutedText")}</p>
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      {state?.ok ? (
        <p role="status" className="text-sm text-emerald-700">
          {state.data.muted ? t("mutedDone") : t("unmutedDone")}
        </p>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {muted ? t("unmute") : t("mute")}
      </Button>
    </form>
  );
}
