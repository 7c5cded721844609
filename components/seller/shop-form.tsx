"use client";

import { useTranslations } from "next-intl";
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
  rateNoticeDays: string;
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
  const t = useTranslations("seller.shop.form");
  const form = useFormAction(saveShopAction);
  const { state, pending, failed, errors } = form;
  const value = (key: Exclude<keyof ShopFormValues, "logoUrl">) => form.value(key, initial[key]);
  return (
    <form action={form.action} className="space-y-5" noValidate>
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
      <Field id="name" label={t("name")} error={errors.name}>
        <Input id="name" name="name" defaultValue={value("name")} invalid={!!errors.name} />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="currency" label={t("currency")} error={errors.currency} hint={currencyLocked ? t("currencyLocked") : t("currencyHint")}>
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
        <Field id="country" label={t("country")} error={errors.country}>
          <Select key={form.answer} id="country" name="country" defaultValue={value("country")} invalid={!!errors.country}>
            {countries.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </Select>
        </Field>
        <Field id="returnWindowDays" label={t("returnWindow")} error={errors.returnWindowDays} hint={t("returnWindowHint")}>
          <Input id="returnWindowDays" name="returnWindowDays" inputMode="numeric" defaultValue={value("returnWindowDays")} invalid={!!errors.returnWindowDays} />
        </Field>
        <Field id="holdingDays" label={t("holding")} error={errors.holdingDays} hint={t("holdingHint")}>
          <Input id="holdingDays" name="holdingDays" inputMode="numeric" defaultValue={value("holdingDays")} invalid={!!errors.holdingDays} />
        </Field>
        <Field id="rateNoticeDays" label={t("rateNotice")} error={errors.rateNoticeDays} hint={t("rateNoticeHint")}>
          <Input id="rateNoticeDays" name="rateNoticeDays" inputMode="numeric" defaultValue={value("rateNoticeDays")} invalid={!!errors.rateNoticeDays} />
        </Field>
        <Field id="defaultOpenRate" label={t("defaultRate")} error={errors.defaultOpenRate} hint={t("defaultRateHint")}>
          <Input id="defaultOpenRate" name="defaultOpenRate" inputMode="decimal" defaultValue={value("defaultOpenRate")} invalid={!!errors.defaultOpenRate} />
        </Field>
      </div>
      {askDomains ? (
        <Field id="domains" label={t("domains")} error={errors.domains} hint={t("domainsHint")}>
          <Textarea id="domains" name="domains" rows={3} defaultValue={value("domains")} invalid={!!errors.domains} />
        </Field>
      ) : null}
      <Field id="logo" label={t("logo")} error={errors.logo}>
        <ImageInput key={form.answer} id="logo" name="logo" currentUrl={initial.logoUrl} invalid={!!errors.logo} />
      </Field>
      <Button type="submit" disabled={pending} className="max-sm:min-h-11 max-sm:w-full">
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
