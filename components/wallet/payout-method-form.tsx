"use client";

import { useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { addPayoutMethodAction } from "@/app/(creator)/creator/wallet/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import { BANK_COUNTRIES, EWALLET_PROVIDERS } from "@/lib/validation/payout-method";

/** Adds a bank account or an e-wallet. The account number is never echoed back: after saving, only its last four show. */
export function PayoutMethodForm({ first }: { first: boolean }) {
  const t = useTranslations("creator.methodForm");
  const locale = useLocale();
  // Countries named in the reader's language, in their alphabetical order.
  const countries = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: "region" });
    return BANK_COUNTRIES.map((c) => ({ code: c.code, name: names.of(c.code) ?? c.name })).sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [locale]);
  const form = useFormAction(addPayoutMethodAction);
  const { state, pending, failed, value } = form;
  // Which fields show; the radios keep it across the form's reset through their defaultChecked.
  const [kind, setKind] = useState<"bank" | "ewallet">((failed?.values.kind as "bank" | "ewallet") ?? "bank");
  const error = (field: string) => failed?.fieldErrors[field];
  return (
    <form action={form.action} className="space-y-4" noValidate>
      {state?.ok ? <Alert tone="success">{t("saved", { label: state.data.label })}</Alert> : null}
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.error}</Alert> : null}
      <fieldset className="flex flex-wrap gap-x-4 text-sm">
        <legend className="sr-only">{t("kind")}</legend>
        {(["bank", "ewallet"] as const).map((k) => (
          <label key={k} className="flex min-h-11 items-center gap-2 sm:min-h-0">
            <input type="radio" name="kind" value={k} defaultChecked={kind === k} onChange={() => setKind(k)} />
            {t(k)}
          </label>
        ))}
      </fieldset>
      {kind === "bank" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="pm-country" label={t("country")} error={error("country")}>
            <Select key={form.answer} id="pm-country" name="country" defaultValue={value("country")} invalid={!!error("country")}>
              <option value="">{t("choose")}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="pm-bank" label={t("bankName")} error={error("bankName")}>
            <Input id="pm-bank" name="bankName" maxLength={80} defaultValue={value("bankName")} invalid={!!error("bankName")} />
          </Field>
          <Field id="pm-holder" label={t("holder")} error={error("accountHolder")} hint={t("holderHint")}>
            <Input id="pm-holder" name="accountHolder" maxLength={80} autoComplete="name" defaultValue={value("accountHolder")} invalid={!!error("accountHolder")} />
          </Field>
          <Field id="pm-number" label={t("number")} error={error("accountNumber")} hint={t("numberHint")}>
            <Input id="pm-number" name="accountNumber" maxLength={42} autoComplete="off" invalid={!!error("accountNumber")} />
          </Field>
        </div>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="pm-provider" label={t("provider")} error={error("provider")}>
            <Select key={form.answer} id="pm-provider" name="provider" defaultValue={value("provider")} invalid={!!error("provider")}>
              <option value="">{t("choose")}</option>
              {EWALLET_PROVIDERS.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="pm-account" label={t("account")} error={error("accountId")}>
            <Input id="pm-account" name="accountId" maxLength={254} autoComplete="off" defaultValue={value("accountId")} invalid={!!error("accountId")} />
          </Field>
        </div>
      )}
      {first ? (
        <p className="text-xs text-slate-500">{t("firstDefault")}</p>
      ) : (
        <label className="flex min-h-11 items-center gap-2 text-sm sm:min-h-0">
          <input type="checkbox" name="makeDefault" defaultChecked={form.checked("makeDefault", false)} /> {t("makeDefault")}
        </label>
      )}
      <Button type="submit" disabled={pending} className="max-sm:w-full">
        {pending ? t("saving") : kind === "bank" ? t("saveBank") : t("saveEwallet")}
      </Button>
    </form>
  );
}
