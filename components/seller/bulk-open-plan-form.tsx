"use client";

import { useRef, useState, type ReactNode } from "react";
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
  const form = useFormAction(bulkOpenPlanAction);
  const { state, pending, failed } = form;
  const [selected, setSelected] = useState(0);
  const formElement = useRef<HTMLFormElement>(null);
  const recount = () => setSelected(formElement.current?.querySelectorAll('input[name="productIds[]"]:checked').length ?? 0);
  return (
    <form ref={formElement} action={form.action} onChange={recount} className="space-y-3">
      <div className="flex flex-col gap-3 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 sm:flex-row sm:items-end">
        <p className="text-sm text-slate-600 sm:mr-auto sm:self-center">{selected ? `${selected} selected` : "Select products to change their open plan"}</p>
        <label className="text-sm">
          <span className="mb-1 block text-xs text-slate-500">Rate (%)</span>
          <Input name="rate" inputMode="decimal" placeholder="e.g. 10" className="sm:w-24" aria-label="New rate (%)" />
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-xs text-slate-500">Flat fee ({currency})</span>
          <Input name="flatFee" inputMode="decimal" placeholder="unchanged" className="sm:w-28" aria-label="New flat fee" />
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-xs text-slate-500">Open to creators</span>
          <Select name="open" defaultValue="" aria-label="Open to creators">
            <option value="">unchanged</option>
            <option value="open">open</option>
            <option value="closed">closed</option>
          </Select>
        </label>
        <Button type="submit" disabled={pending || selected === 0}>
          {pending ? "Applying…" : "Apply to selected"}
        </Button>
      </div>
      {failed ? <Alert tone="error">{Object.values(failed.fieldErrors)[0] ?? failed.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">{state.data.changed === 1 ? "1 product updated." : `${state.data.changed} products updated.`}</Alert> : null}
      {children}
    </form>
  );
}
