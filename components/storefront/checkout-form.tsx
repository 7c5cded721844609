"use client";

import type { ComponentProps } from "react";
import { useTranslations } from "next-intl";
import { checkoutAction } from "@/app/checkout/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

type TextField = "name" | "email" | "line1" | "line2" | "city" | "postalCode" | "expiry" | "cvc" | "cardNumber";

/**
 * The buyer's details and the test payment. On any error every typed value stays but the card's
 * (number, expiry, CVC: never echoed back); `quote` carries the lines and prices the buyer was shown.
 */
export function CheckoutForm({ quote, countries, testCards, payLabel }: { quote: string; countries: { code: string; name: string }[]; testCards: { succeeds: string; declined: string }; payLabel: string }) {
  const t = useTranslations("buyer.checkout");
  const form = useFormAction(checkoutAction);
  const { failed, errors, pending } = form;
  const text = (key: TextField, label: string, props: ComponentProps<typeof Input> = {}, hint?: string) => (
    <Field id={key} label={label} error={errors[key]} hint={hint}>
      <Input id={key} name={key} defaultValue={form.value(key)} invalid={!!errors[key]} {...props} />
    </Field>
  );
  return (
    <form action={form.action} className="space-y-8" noValidate>
      <input type="hidden" name="quote" value={quote} />
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      <section className="space-y-4" aria-labelledby="details-heading">
        <h2 id="details-heading" className="text-lg font-semibold">
          {t("details")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("name", t("fullName"), { autoComplete: "name" })}
          {text("email", t("email"), { type: "email", autoComplete: "email" }, t("emailHint"))}
        </div>
        {text("line1", t("address"), { autoComplete: "address-line1" })}
        {text("line2", t("line2"), { autoComplete: "address-line2" })}
        <div className="grid gap-4 sm:grid-cols-3">
          {text("city", t("city"), { autoComplete: "address-level2" })}
          {text("postalCode", t("postalCode"), { autoComplete: "postal-code" })}
          <Field id="country" label={t("country")} error={errors.country}>
            <Select
              id="country"
              name="country"
              key={form.answer}
              defaultValue={form.value("country")}
              invalid={!!errors.country}
              autoComplete="country"
            >
              <option value="" disabled>
                {t("choose")}
              </option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </section>
      <section className="space-y-4" aria-labelledby="payment-heading">
        <h2 id="payment-heading" className="text-lg font-semibold">
          {t("payment")}
        </h2>
        <Alert tone="info">
          {t("testCardsBefore")} <strong className="tabular-nums whitespace-nowrap">{testCards.succeeds}</strong> {t("testCardsMiddle")}{" "}
          <strong className="tabular-nums whitespace-nowrap">{testCards.declined}</strong> {t("testCardsAfter")}
        </Alert>
        {text("cardNumber", t("cardNumber"), { inputMode: "numeric", autoComplete: "off", placeholder: testCards.succeeds })}
        <div className="grid max-w-sm gap-4 sm:grid-cols-2">
          {text("expiry", t("expiry"), { inputMode: "numeric", autoComplete: "off", placeholder: "12/30" })}
          {text("cvc", t("cvc"), { inputMode: "numeric", autoComplete: "off", placeholder: "123" })}
        </div>
      </section>
      <Button type="submit" size="lg" className="max-sm:w-full" disabled={pending}>
        {pending ? t("paying") : payLabel}
      </Button>
    </form>
  );
}
