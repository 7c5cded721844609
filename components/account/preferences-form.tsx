"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { savePreferencesAction } from "@/app/(account)/account/preferences/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import type { TimeZoneOption } from "@/lib/i18n/time-zones";

/**
 * The profile's language and time zone, each with "follow my browser" first. After a save the page
 * is rendered again, so a new language shows at once.
 */
export function PreferencesForm({ locale, timeZone, browserZone, zones }: { locale: string | null; timeZone: string | null; browserZone: string | null; zones: TimeZoneOption[] }) {
  const t = useTranslations("account.preferences");
  const form = useFormAction(savePreferencesAction);
  const router = useRouter();
  const saved = form.state?.ok === true;
  useEffect(() => {
    if (saved) router.refresh();
  }, [saved, form.answer, router]);
  return (
    <form action={form.action} className="space-y-4" noValidate>
      {form.failed ? <Alert tone="error">{form.failed.error}</Alert> : saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <Field id="locale" label={t("language")} error={form.errors.locale}>
        <Select key={form.answer} id="locale" name="locale" defaultValue={form.value("locale", locale ?? "")} invalid={!!form.errors.locale}>
          <option value="">{t("languageBrowser")}</option>
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LOCALE_NAMES[code]}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="timeZone" label={t("timeZone")} error={form.errors.timeZone}>
        <Select key={form.answer} id="timeZone" name="timeZone" defaultValue={form.value("timeZone", timeZone ?? "")} invalid={!!form.errors.timeZone}>
          <option value="">{browserZone ? t("timeZoneBrowser", { zone: browserZone }) : t("timeZoneBrowserUnknown")}</option>
          {zones.map((zone) => (
            <option key={zone.value} value={zone.value}>
              {zone.label}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" className="w-full sm:w-auto" disabled={form.pending}>
        {form.pending ? t("pending") : t("submit")}
      </Button>
    </form>
  );
}
