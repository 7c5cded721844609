"use client";

import { useTranslations } from "next-intl";
import { getLinkAction } from "@/app/(creator)/creator/links/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { Channel } from "@/lib/validation/links";
import { CHANNEL_LABELS } from "@/lib/sharing/channels";

// The channel tags in the order the menu offers them; their names are creator.channels.
const CHANNEL_ORDER = Object.keys(CHANNEL_LABELS) as Channel[];

export type LinkFormTarget = { type: "product"; productId: string } | { type: "campaign"; campaignId: string } | { type: "showcase" };

/** Channel and optional sub-id for a link; the action opens the link's page (new, or the one already made). */
export function LinkRequestForm({ target, initialChannel }: { target: LinkFormTarget; initialChannel?: Channel }) {
  const t = useTranslations("creator.linkForm");
  const channels = useTranslations("creator.channels");
  const form = useFormAction(getLinkAction);
  const { pending, failed, errors } = form;
  return (
    <form action={form.action} className="space-y-4" noValidate>
      <input type="hidden" name="type" value={target.type} />
      {target.type === "product" ? <input type="hidden" name="productId" value={target.productId} /> : null}
      {target.type === "campaign" ? <input type="hidden" name="campaignId" value={target.campaignId} /> : null}
      {failed ? <Alert tone="error">{errors.productId ?? errors.campaignId ?? errors.type ?? failed.error}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="channel" label={t("channel")} error={errors.channel}>
          <Select key={form.answer} id="channel" name="channel" defaultValue={form.value("channel", initialChannel)} invalid={!!errors.channel} required>
            <option value="" disabled>
              {t("chooseChannel")}
            </option>
            {CHANNEL_ORDER.map((channel) => (
              <option key={channel} value={channel}>
                {channels(channel)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="subId" label={t("subId")} error={errors.subId} hint={t("subIdHint")}>
          <Input id="subId" name="subId" maxLength={50} defaultValue={form.value("subId")} invalid={!!errors.subId} autoComplete="off" />
        </Field>
      </div>
      <Button type="submit" disabled={pending} className="max-sm:w-full">
        {pending ? t("pending") : t("submit")}
      </Button>
    </form>
  );
}
