"use client";

import { saveShopAction } from "@/app/(seller)/seller/shop/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ImageInput } from "@/components/ui/image-input";
import { Field, Input, Select } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useFormAction } from "@/components/ui/use-form-action";

export type ShopFormValues = {
  name: string;
  currency: string;
  country: string;
  returnWindowDays: string;
  holdingDays: string;
  defaultOpenRate: string;
  domains: string;
  logoUrl: string | null;
};

/** `askDomains`: the first set-up also takes the shop's domains (added as pending); later they have their own section. */
export function ShopForm({
  initial,
  currencies,
  countries,
  currencyLocked,
  askDomains,
}: {
  initial: ShopFormValues;
  currencies: readonly string[];
  countries: readonly string[];
  currencyLocked: boolean;
  askDomains: boolean;
}) {
  const form = useFormAction(saveShopAction);
  const { state, pending, failed, errors } = form;
  const value = (key: Exclude<keyof ShopFormValues, "logoUrl">) => form.value(key, initial[key]);
  return (
    <form action={form.action} className="space-y-5" noValidate>
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">Shop saved.</Alert> : null}
      <Field id="name" label="Shop name" error={errors.name}>
        <Input id="name" name="name" defaultValue={value("name")} invalid={!!errors.name} />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="currency" label="Currency" error={errors.currency} hint={currencyLocked ? "Fixed: the shop has orders." : "Prices and commissions are in this currency."}>
          {currencyLocked ? (
            <Input id="currency" name="currency" readOnly value={initial.currency} className="bg-slate-50" />
          ) : (
            <Select key={form.answer} id="currency" name="currency" defaultValue={value("currency")} invalid={!!errors.currency}>
              {currencies.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="country" label="Country" error={errors.country}>
          <Select key={form.answer} id="country" name="country" defaultValue={value("country")} invalid={!!errors.country}>
            {countries.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </Select>
        </Field>
        <Field id="returnWindowDays" label="Return window (days)" error={errors.returnWindowDays} hint="Orders complete by themselves this long after delivery (1–90 days; usually 7).">
          <Input id="returnWindowDays" name="returnWindowDays" inputMode="numeric" defaultValue={value("returnWindowDays")} invalid={!!errors.returnWindowDays} />
        </Field>
        <Field id="holdingDays" label="Commission holding period (days)" error={errors.holdingDays} hint="After an order completes, commissions wait this long before creators can withdraw them (1–180 days; usually 15).">
          <Input id="holdingDays" name="holdingDays" inputMode="numeric" defaultValue={value("holdingDays")} invalid={!!errors.holdingDays} />
        </Field>
        <Field id="defaultOpenRate" label="Default open rate for new products (%)" error={errors.defaultOpenRate} hint="1% to 80%, up to two decimals.">
          <Input id="defaultOpenRate" name="defaultOpenRate" inputMode="decimal" defaultValue={value("defaultOpenRate")} invalid={!!errors.defaultOpenRate} />
        </Field>
      </div>
      {askDomains ? (
        <Field id="domains" label="Your shop's web domains" error={errors.domains} hint="One per line (optional). You verify each one next; products sold on your own site may link only to verified domains (https).">
          <Textarea id="domains" name="domains" rows={3} defaultValue={value("domains")} invalid={!!errors.domains} />
        </Field>
      ) : null}
      <Field id="logo" label="Logo" error={errors.logo}>
        <ImageInput key={form.answer} id="logo" name="logo" currentUrl={initial.logoUrl} invalid={!!errors.logo} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save shop"}
      </Button>
    </form>
  );
}
