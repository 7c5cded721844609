"use client";

import { useState } from "react";
import { addPayoutMethodAction } from "@/app/(creator)/creator/wallet/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import { BANK_COUNTRIES, EWALLET_PROVIDERS } from "@/lib/validation/payout-method";

/** Adds a bank account or an e-wallet. The account number is never echoed back: after saving, only its last four show. */
export function PayoutMethodForm({ first }: { first: boolean }) {
  const form = useFormAction(addPayoutMethodAction);
  const { state, pending, failed, value } = form;
  // Which fields show; the radios keep it across the form's reset through their defaultChecked.
  const [kind, setKind] = useState<"bank" | "ewallet">((failed?.values.kind as "bank" | "ewallet") ?? "bank");
  const error = (field: string) => failed?.fieldErrors[field];
  return (
    <form action={form.action} className="space-y-4" noValidate>
      {state?.ok ? <Alert tone="success">{state.data.label} saved.</Alert> : null}
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.error}</Alert> : null}
      <fieldset className="flex gap-4 text-sm">
        <legend className="sr-only">Kind of payout method</legend>
        {(["bank", "ewallet"] as const).map((k) => (
          <label key={k} className="flex items-center gap-2">
            <input type="radio" name="kind" value={k} defaultChecked={kind === k} onChange={() => setKind(k)} />
            {k === "bank" ? "Bank account" : "E-wallet"}
          </label>
        ))}
      </fieldset>
      {kind === "bank" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="pm-country" label="Bank's country" error={error("country")}>
            <Select key={form.answer} id="pm-country" name="country" defaultValue={value("country")} invalid={!!error("country")}>
              <option value="">Choose…</option>
              {BANK_COUNTRIES.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="pm-bank" label="Bank name" error={error("bankName")}>
            <Input id="pm-bank" name="bankName" maxLength={80} defaultValue={value("bankName")} invalid={!!error("bankName")} />
          </Field>
          <Field id="pm-holder" label="Account holder" error={error("accountHolder")} hint="As the bank has it.">
            <Input id="pm-holder" name="accountHolder" maxLength={80} autoComplete="name" defaultValue={value("accountHolder")} invalid={!!error("accountHolder")} />
          </Field>
          <Field id="pm-number" label="Account number or IBAN" error={error("accountNumber")} hint="IBAN countries need the IBAN; we check its digits.">
            <Input id="pm-number" name="accountNumber" maxLength={42} autoComplete="off" invalid={!!error("accountNumber")} />
          </Field>
        </div>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="pm-provider" label="Provider" error={error("provider")}>
            <Select key={form.answer} id="pm-provider" name="provider" defaultValue={value("provider")} invalid={!!error("provider")}>
              <option value="">Choose…</option>
              {EWALLET_PROVIDERS.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="pm-account" label="Account e-mail or phone" error={error("accountId")}>
            <Input id="pm-account" name="accountId" maxLength={254} autoComplete="off" defaultValue={value("accountId")} invalid={!!error("accountId")} />
          </Field>
        </div>
      )}
      {first ? (
        <p className="text-xs text-slate-500">Your first payout method becomes your default.</p>
      ) : (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="makeDefault" defaultChecked={form.checked("makeDefault", false)} /> Make it my default
        </label>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : kind === "bank" ? "Save bank account" : "Save e-wallet"}
      </Button>
    </form>
  );
}
