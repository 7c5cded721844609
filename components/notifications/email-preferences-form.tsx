"use client";

import { useTranslations } from "next-intl";
import { saveEmailPreferencesAction } from "@/app/(account)/account/notifications/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

/** E-mail on or off for each kind of notification (in the app they always show). */
export function EmailPreferencesForm({ kinds, emailOn }: { kinds: readonly string[]; emailOn: Record<string, boolean> }) {
  const t = useTranslations("account.notifications");
  const form = useFormAction(saveEmailPreferencesAction);
  return (
    <form action={form.action} className="space-y-4">
      {form.failed ? <Alert tone="error">{form.failed.error}</Alert> : null}
      {form.state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
      <fieldset className="space-y-2">
        <legend className="sr-only">{t("preferencesTitle")}</legend>
        {kinds.map((kind) => (
          <label key={`${kind}-${form.answer}`} className="flex min-h-11 items-center gap-3 text-sm text-slate-800">
            <input type="checkbox" name="emailKinds[]" value={kind} defaultChecked={emailOn[kind] ?? true} className="size-5 rounded border-slate-300" />
            {t(`kinds.${kind}` as never)}
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={form.pending}>
        {t("savePreferences")}
      </Button>
    </form>
  );
}
