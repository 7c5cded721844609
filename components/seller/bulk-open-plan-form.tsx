"use client";

import { useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { bulkOpenPlanAction } from "@/app/(seller)/seller/products/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

/**
 * Wraps the product table: rows carry checkboxes named productIds[]; the bar edits the open plan
 * of the selected products at once. Empty fields leave that part of the plan as it is.
 */
export function BulkOpenPlanForm({ currency, children }: { currency: string; children: ReactNode }) {
  const t = useTranslations("seller.products.bulk");
  const form = useFormAction(bulkOpenPlanAction);
  const { state, pending, failed } = form;
  const [selected, setSelected] = useState(0);
  const formElement = useRef<HTMLFormElement>(null);
  const recount = () => setSelected(formElement.current?.querySelectorAll('input[name="productIds[]"]:checked').length ?? 0);
  return (
    <form ref={formElement} action={form.action} onChange={recount} className="space-y-3">
      <div className="grid grid-cols-2 gap-3 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 sm:flex sm:flex-row sm:items-end">
        <p className="col-span-2 text-sm text-slate-600 sm:mr-auto sm:self-center">{selected ? t("selected", { count: selected }) : t("prompt")}</p>
        <label className="min-w-0 text-sm">
          <span className="mb-1 block text-xs text-slate-500">{t("rate")}</span>
          <Input name="rate" inputMode="decimal" placeholder={t("ratePlaceholder")} className="max-sm:min-h-11 sm:w-24" aria-label={t("rateAria")} />
        </label>
        <label className="min-w-0 text-sm">
          <span className="mb-1 block text-xs text-slate-500">{t("flatFee", { currency })}</span>
          <Input name="flatFee" inputMode="decimal" placeholder={t("unchanged")} className="max-sm:min-h-11 sm:w-28" aria-label={t("flatFeeAria")} />
        </label>
        <label className="col-span-2 min-w-0 text-sm">
          <span className="mb-1 block text-xs text-slate-500">{t("open")}</span>
          <Select name="open" defaultValue="" aria-label={t("open")}>
            <option value="">{t("unchanged")}</option>
            <option value="open">{t("openYes")}</option>
            <option value="closed">{t("openNo")}</option>
          </Select>
        </label>
        <Button type="submit" disabled={pending || selected === 0} className="col-span-2 max-sm:min-h-11">
          {pending ? t("applying") : t("apply")}
        </Button>
      </div>
      {failed ? <Alert tone="error">{Object.values(failed.fieldErrors)[0] ?? failed.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("updated", { count: state.data.changed })}</Alert> : null}
      {children}
    </form>
  );
}
