"use client";

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
  const form = useFormAction(planId ? updatePlanAction : createPlanAction);
  const { pending, failed, errors } = form;
  const value = (key: keyof PlanFormValues) => form.value(key, initial[key]);
  return (
    <form action={form.action} className="space-y-8" noValidate>
      {planId ? <input type="hidden" name="planId" value={planId} /> : null}
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      <section className="space-y-4">
        <Field id="name" label="Plan name" error={errors.name}>
          <Input id="name" name="name" defaultValue={value("name")} invalid={!!errors.name} />
        </Field>
        <Field id="message" label="Message to the creators" error={errors.message} hint="Shown with the invitation: why them, what you hope for.">
          <Textarea id="message" name="message" rows={3} defaultValue={value("message")} invalid={!!errors.message} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="startsAt" label="Starts (UTC)" error={errors.startsAt} hint={published ? "Fixed once the plan is published." : "Times are in UTC."}>
            <Input id="startsAt" name="startsAt" type="datetime-local" defaultValue={value("startsAt")} readOnly={published} invalid={!!errors.startsAt} className={published ? "bg-slate-50" : undefined} />
          </Field>
          <Field id="endsAt" label="Ends (UTC)" error={errors.endsAt} hint={published ? "Fixed once published: end the plan early from its page." : "The plan stops paying at this time."}>
            <Input id="endsAt" name="endsAt" type="datetime-local" defaultValue={value("endsAt")} readOnly={published} invalid={!!errors.endsAt} className={published ? "bg-slate-50" : undefined} />
          </Field>
        </div>
      </section>

      <section className="space-y-3">
        <div>
          <h2 className="font-semibold">Products and targeted rewards</h2>
          <p className="text-sm text-slate-600">
            Each must pay more than the product&apos;s open plan.{published ? " A published plan keeps its products; rewards can only go up." : ""}
          </p>
        </div>
        <RewardPicker products={products} initial={rows} values={failed?.values ?? null} errors={errors} currency={currency} rateLabel="Targeted rate (%)" locked={lockedProducts} />
      </section>

      <section className="space-y-3">
        <div>
          <h2 className="font-semibold">Creators</h2>
          <p className="text-sm text-slate-600">Invited creators see the plan once it is published, and accept or decline it.</p>
        </div>
        <CreatorPicker initialResults={directory.initialResults} categories={directory.categories} initialInvited={directory.invited} locked={directory.locked} error={errors.creators} />
      </section>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : planId ? "Save plan" : "Save draft"}
        </Button>
        {planId ? null : <p className="text-sm text-slate-500">You publish the plan from its page once it is ready.</p>}
      </div>
    </form>
  );
}
