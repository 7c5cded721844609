"use client";

import { useTranslations } from "next-intl";
import { createPlanAction, updatePlanAction } from "@/app/(seller)/seller/plans/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useFormAction } from "@/components/ui/use-form-action";
import { CreatorPicker, type InvitedCreator, type PickerCreator } from "./creator-picker";
import { RewardPicker, type PickerProduct, type PickerRow } from "./reward-picker";

export type PlanFormValues = { name: string; message: string; startsAt: string; endsAt: string };

/**
 * Create or edit a targeted plan: details, products with their targeted rewards, invited creators.
 * A published plan keeps its dates, products and invitations (they are shown fixed); everything
 * the seller typed is kept when the save is refused.
 */
export function PlanForm({
  planId,
  published = false,
  initial,
  currency,
  products,
  rows,
  lockedProducts,
  directory,
}: {
  planId?: string;
  published?: boolean;
  initial: PlanFormValues;
  currency: string;
  products: PickerProduct[];
  rows: Record<string, PickerRow>;
  lockedProducts?: string[];
  directory: { initialResults: PickerCreator[]; categories: string[]; invited: InvitedCreator[]; locked?: string[] };
}) {
  const t = useTranslations("seller.plans.form");
  const form = useFormAction(planId ? updatePlanAction : createPlanAction);
  const { pending, failed, errors } = form;
  const value = (key: keyof PlanFormValues) => form.value(key, initial[key]);
  return (
    <form action={form.action} className="space-y-8" noValidate>
      {planId ? <input type="hidden" name="planId" value={planId} /> : null}
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      <section className="space-y-4">
        <Field id="name" label={t("name")} error={errors.name}>
          <Input id="name" name="name" defaultValue={value("name")} invalid={!!errors.name} />
        </Field>
        <Field id="message" label={t("message")} error={errors.message} hint={t("messageHint")}>
          <Textarea id="message" name="message" rows={3} defaultValue={value("message")} invalid={!!errors.message} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="startsAt" label={t("starts")} error={errors.startsAt} hint={published ? t("fixed") : t("utc")}>
            <Input id="startsAt" name="startsAt" type="datetime-local" defaultValue={value("startsAt")} readOnly={published} invalid={!!errors.startsAt} className={published ? "bg-slate-50 max-sm:min-h-11" : "max-sm:min-h-11"} />
          </Field>
          <Field id="endsAt" label={t("ends")} error={errors.endsAt} hint={published ? t("endsFixed") : t("endsHint")}>
            <Input id="endsAt" name="endsAt" type="datetime-local" defaultValue={value("endsAt")} readOnly={published} invalid={!!errors.endsAt} className={published ? "bg-slate-50 max-sm:min-h-11" : "max-sm:min-h-11"} />
          </Field>
        </div>
      </section>

      <section className="space-y-3">
        <div>
          <h2 className="font-semibold">{t("productsHeading")}</h2>
          <p className="text-sm text-slate-600">
            {t("productsText")}
            {published ? ` ${t("productsPublished")}` : ""}
          </p>
        </div>
        <RewardPicker products={products} initial={rows} values={failed?.values ?? null} errors={errors} currency={currency} rateLabel={t("rate")} locked={lockedProducts} />
      </section>

      <section className="space-y-3">
        <div>
          <h2 className="font-semibold">{t("creatorsHeading")}</h2>
          <p className="text-sm text-slate-600">{t("creatorsText")}</p>
        </div>
        <CreatorPicker initialResults={directory.initialResults} categories={directory.categories} initialInvited={directory.invited} locked={directory.locked} error={errors.creators} />
      </section>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} className="max-sm:min-h-11 max-sm:w-full">
          {pending ? t("saving") : planId ? t("save") : t("saveDraft")}
        </Button>
        {planId ? null : <p className="text-sm text-slate-500">{t("publishLater")}</p>}
      </div>
    </form>
  );
}
