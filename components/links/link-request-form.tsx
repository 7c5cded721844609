"use client";

import { getLinkAction } from "@/app/(creator)/creator/links/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { Channel } from "@/lib/validation/links";
import { CHANNEL_LABELS } from "@/lib/sharing/channels";

export type LinkFormTarget = { type: "product"; productId: string } | { type: "campaign"; campaignId: string } | { type: "showcase" };

/** Channel and optional sub-id for a link; the action opens the link's page (new, or the one already made). */
export function LinkRequestForm({ target, initialChannel }: { target: LinkFormTarget; initialChannel?: Channel }) {
  const form = useFormAction(getLinkAction);
  const { pending, failed, errors } = form;
  return (
    <form action={form.action} className="space-y-4" noValidate>
      <input type="hidden" name="type" value={target.type} />
      {target.type === "product" ? <input type="hidden" name="productId" value={target.productId} /> : null}
      {target.type === "campaign" ? <input type="hidden" name="campaignId" value={target.campaignId} /> : null}
      {failed ? <Alert tone="error">{errors.productId ?? errors.campaignId ?? errors.type ?? failed.error}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="channel" label="Where will you share it?" error={errors.channel}>
          <Select key={form.answer} id="channel" name="channel" defaultValue={form.value("channel", initialChannel)} invalid={!!errors.channel} required>
            <option value="" disabled>
              Choose a channel
            </option>
            {(Object.keys(CHANNEL_LABELS) as Channel[]).map((channel) => (
              <option key={channel} value={channel}>
                {CHANNEL_LABELS[channel]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="subId" label="Sub-id (optional)" error={errors.subId} hint="Your own tag to tell posts apart, like bio or story-12. Letters, digits and . _ - only.">
          <Input id="subId" name="subId" maxLength={50} defaultValue={form.value("subId")} invalid={!!errors.subId} autoComplete="off" />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Getting your link…" : "Get link"}
      </Button>
    </form>
  );
}
