"use client";

import { useTranslations } from "next-intl";
import { shiftClockAction } from "@/app/(admin)/admin/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

/** Demo and test control: moves the app clock that every time rule reads (holding periods, Wednesdays). */
export function ClockControl() {
  const t = useTranslations("admin.clock");
  const form = useFormAction(shiftClockAction);
  const { state, pending, failed } = form;
  return (
    <form action={form.action} className="space-y-3">
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("moved")}</Alert> : null}
      <Field id="days" label={t("days")} error={failed?.fieldErrors.days}>
        <Input id="days" name="days" type="number" step={1} defaultValue={form.value("days", "1")} invalid={!!failed?.fieldErrors.days} className="max-w-32" />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="mode" value="by" disabled={pending}>
          {t("move")}
        </Button>
        <Button type="submit" name="mode" value="reset" variant="secondary" disabled={pending}>
          {t("reset")}
        </Button>
      </div>
    </form>
  );
}
