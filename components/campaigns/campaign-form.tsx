"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { createCampaignAction, updateCampaignAction } from "@/app/(seller)/seller/campaigns/actions";
import { RewardPicker, type PickerProduct, type PickerRow } from "@/components/plans/reward-picker";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ImageInput } from "@/components/ui/image-input";
import { Field, Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useFormAction } from "@/components/ui/use-form-action";
import { campaignSlugFrom } from "@/lib/plans/campaign-slug";

export type CampaignFormValues = { name: string; slug: string; description: string; startsAt: string; endsAt: string; bannerUrl: string | null };

/**
 * Create or edit a campaign. The address follows the name until the seller edits it; everything
 * typed is kept when the save is refused.
 */
export function CampaignForm({
  campaignId,
  initial,
  currency,
  products,
  rows,
}: {
  campaignId?: string;
  initial: CampaignFormValues;
  currency: string;
  products: PickerProduct[];
  rows: Record<string, PickerRow>;
}) {
  const t = useTranslations("seller.campaigns.form");
  const form = useFormAction(campaignId ? updateCampaignAction : createCampaignAction);
  const { pending, failed, errors } = form;
  const value = (key: Exclude<keyof CampaignFormValues, "bannerUrl" | "slug">) => form.value(key, initial[key]);
  const [slug, setSlug] = useState(initial.slug);
  // A new campaign's address follows its name until the seller types one of their own.
  const [slugEdited, setSlugEdited] = useState(!!campaignId);
  return (
    <form action={form.action} className="space-y-8" noValidate>
      {campaignId ? <input type="hidden" name="campaignId" value={campaignId} /> : null}
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      <section className="space-y-4">
        <Field id="name" label={t("name")} error={errors.name}>
          <Input
            id="name"
            name="name"
            defaultValue={value("name")}
            invalid={!!errors.name}
            onChange={(event) => {
              if (!slugEdited) setSlug(campaignSlugFrom(event.target.value));
            }}
          />
        </Field>
        <Field
          id="slug"
          label={t("slug")}
          error={errors.slug}
          hint={<span className="break-all">{`${t("slugHint", { slug: slug || "…" })} ${campaignId ? t("slugChange") : t("slugFromName")}`}</span>}
        >
          <Input
            id="slug"
            name="slug"
            value={slug}
            onChange={(event) => {
              setSlugEdited(true);
              setSlug(event.target.value);
            }}
            invalid={!!errors.slug}
            autoCapitalize="none"
            spellCheck={false}
          />
        </Field>
        <Field id="description" label={t("description")} error={errors.description} hint={t("descriptionHint")}>
          <Textarea id="description" name="description" rows={3} defaultValue={value("description")} invalid={!!errors.description} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="startsAt" label={t("starts")} error={errors.startsAt} hint={t("utc")}>
            <Input id="startsAt" name="startsAt" type="datetime-local" defaultValue={value("startsAt")} invalid={!!errors.startsAt} />
          </Field>
          <Field id="endsAt" label={t("ends")} error={errors.endsAt} hint={t("endsHint")}>
            <Input id="endsAt" name="endsAt" type="datetime-local" defaultValue={value("endsAt")} invalid={!!errors.endsAt} />
          </Field>
        </div>
        <Field id="banner" label={t("banner")} error={errors.banner}>
          <ImageInput key={form.answer} id="banner" name="banner" currentUrl={initial.bannerUrl} invalid={!!errors.banner} />
        </Field>
      </section>

      <section className="space-y-3">
        <div>
          <h2 className="font-semibold">{t("productsHeading")}</h2>
          <p className="text-sm text-slate-600">{t("productsText")}</p>
        </div>
        <RewardPicker products={products} initial={rows} values={failed?.values ?? null} errors={errors} currency={currency} rateLabel={t("rate")} />
      </section>

      <Button type="submit" disabled={pending} className="max-sm:min-h-11 max-sm:w-full">
        {pending ? t("saving") : campaignId ? t("save") : t("create")}
      </Button>
    </form>
  );
}
