"use client";

import { useTranslations } from "next-intl";
import { saveThresholdAction } from "@/app/(admin)/admin/creators/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

/** The verified follower count at which a creator becomes an affiliate creator. */
export function ThresholdForm({ threshold }: { threshold: number }) {
  const t = useTranslations("admin.creators");
  const form = useFormAction(saveThresholdAction);
  return (
    <form action={form.action} className="flex flex-col gap-2 sm:flex-row sm:items-end" noValidate>
      <div className="min-w-0 flex-1 space-y-2">
        {form.failed && !form.errors.threshold ? <Alert tone="error">{form.failed.error}</Alert> : null}
        {form.state?.ok ? <Alert tone="success">{t("thresholdSaved", { threshold: form.state.data.threshold })}</Alert> : null}
        <Field id="threshold" label={t("threshold")} error={form.errors.threshold}>
          <Input id="threshold" name="threshold" inputMode="numeric" defaultValue={form.value("threshold", String(threshold))} invalid={!!form.errors.threshold} />
        </Field>
      </div>
      <Button type="submit" disabled={form.pending} className={form.errors.threshold ? "sm:mb-6" : ""}>
        {form.pending ? t("saving") : t("saveThreshold")}
      </Button>
    </form>
  );
}
