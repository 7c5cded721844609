"use client";

import { useEffect, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { inviteToPlanAction } from "@/app/(seller)/seller/plans/actions";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

export type InvitablePlan = { id: string; name: string; draft: boolean };

/** At most this many creators at once (lib/plans/manage-invitations.ts MAX_INVITED_AT_ONCE). */
const MAX_AT_ONCE = 100;

/**
 * "Invite to a plan": one of the shop's plans that can still take invitations, for the creators
 * ticked in the list (checkboxes named creatorIds[] that belong to this form through their `form`
 * attribute, so the list itself stays a server table), or for one creator (`creatorId`).
 */
export function InviteToPlan({ formId, plans, creatorId }: { formId: string; plans: InvitablePlan[]; creatorId?: string }) {
  const t = useTranslations("seller.creators.invite");
  const form = useFormAction(inviteToPlanAction);
  const { state, action, pending } = form;
  const [selected, setSelected] = useState(0);

  useEffect(() => {
    if (creatorId) return;
    const count = () => setSelected(document.querySelectorAll(`input[type=checkbox][form="${formId}"]:checked`).length);
    // The form's reset after an answer clears the boxes without a change event.
    const afterReset = () => setTimeout(count);
    const element = document.getElementById(formId);
    count();
    document.addEventListener("change", count);
    element?.addEventListener("reset", afterReset);
    return () => {
      document.removeEventListener("change", count);
      element?.removeEventListener("reset", afterReset);
    };
  }, [creatorId, formId]);

  if (plans.length === 0) {
    return (
      <div className="mb-4 flex flex-col gap-2 rounded-lg bg-slate-50 p-3 text-sm text-slate-600 ring-1 ring-slate-200 sm:flex-row sm:items-center sm:justify-between">
        <span>{t("noPlans")}</span>
        <ButtonLink href="/seller/plans/new" variant="secondary" size="sm">
          {t("newPlan")}
        </ButtonLink>
      </div>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const data = new FormData(event.currentTarget);
    const plan = plans.find((p) => p.id === data.get("planId"));
    const count = creatorId ? 1 : data.getAll("creatorIds[]").length;
    if (!plan || count === 0) return; // the server answers with the message
    if (!window.confirm(creatorId ? t("confirmOne", { plan: plan.name }) : t("confirm", { count, plan: plan.name }))) event.preventDefault();
  };

  return (
    <form id={formId} action={action} onSubmit={onSubmit} className="mb-4 space-y-2 rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200" aria-label={t("heading")}>
      {state && !state.ok ? <Alert tone="error">{state.fieldErrors.creatorIds ?? state.fieldErrors.planId ?? state.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("done", { added: state.data.added, skipped: state.data.skipped })}</Alert> : null}
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-end">
        <p className="text-sm font-semibold text-slate-800 sm:mr-auto sm:self-center">
          {t("heading")}
          {creatorId ? null : (
            <span className="block text-xs font-normal text-slate-600" aria-live="polite">
              {selected === 0 ? t("noneSelected") : t("selected", { count: selected })} · {t("max", { max: MAX_AT_ONCE })}
            </span>
          )}
        </p>
        {creatorId ? <input type="hidden" name="creatorIds[]" value={creatorId} /> : null}
        <label className="flex flex-col text-xs font-medium text-slate-600">
          {t("plan")}
          <Select name="planId" defaultValue="" key={form.answer} className="mt-1 sm:w-64" required>
            <option value="" disabled>
              {t("choosePlan")}
            </option>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.draft ? t("draft", { name: p.name }) : p.name}
              </option>
            ))}
          </Select>
        </label>
        <Button type="submit" disabled={pending || (!creatorId && selected > MAX_AT_ONCE)}>
          {pending ? t("sending") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
