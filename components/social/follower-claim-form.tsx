"use client";

import { useTranslations } from "next-intl";
import { submitFollowerClaimAction } from "@/app/(creator)/creator/social/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ImageInput } from "@/components/ui/image-input";
import { Field, Input, Select } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

/** A creator claims followers on one social account, with a screenshot as proof. */
export function FollowerClaimForm({ platforms }: { platforms: readonly string[] }) {
  const t = useTranslations("creator.social");
  const tp = useTranslations("common.socialPlatforms");
  const form = useFormAction(submitFollowerClaimAction);
  const { state, pending, failed, errors } = form;
  return (
    <form action={form.action} className="space-y-5" noValidate>
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("submitted", { platform: tp(state.data.platform as never) })}</Alert> : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="platform" label={t("platform")} error={errors.platform}>
          <Select key={form.answer} id="platform" name="platform" defaultValue={form.value("platform", "")} invalid={!!errors.platform}>
            <option value="">{t("choose")}</option>
            {platforms.map((p) => (
              <option key={p} value={p}>
                {tp(p as never)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="claimedCount" label={t("claimedCount")} error={errors.claimedCount}>
          <Input id="claimedCount" name="claimedCount" inputMode="numeric" defaultValue={form.value("claimedCount", "")} invalid={!!errors.claimedCount} />
        </Field>
      </div>
      <Field id="profileUrl" label={t("profileUrl")} error={errors.profileUrl} hint={t("profileUrlHint")}>
        <Input id="profileUrl" name="profileUrl" type="url" inputMode="url" defaultValue={form.value("profileUrl", "")} invalid={!!errors.profileUrl} />
      </Field>
      <Field id="proof" label={t("proof")} error={errors.proof} hint={t("proofHint")}>
        <ImageInput key={form.answer} id="proof" name="proof" invalid={!!errors.proof} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
