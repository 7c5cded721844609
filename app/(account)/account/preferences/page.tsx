import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { PreferencesForm } from "@/components/account/preferences-form";
import { Card, PageHeader } from "@/components/ui/card";
import { isTimeZone, TIME_ZONE_COOKIE } from "@/lib/i18n/locales";
import { timeZoneOptions } from "@/lib/i18n/time-zones";
import { platformTimeZone } from "@/lib/wallet/settings";
import { getReaderFormat } from "@/server/i18n";
import { requestActor } from "@/server/context";
import { currentPreferences } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.preferences"))("title") };
}

export default async function PreferencesPage() {
  const { user, at } = await requestActor();
  if (!user) redirect("/sign-in?next=%2Faccount%2Fpreferences");
  const [saved, t, locale, zone, format, cookieStore] = await Promise.all([
    currentPreferences(),
    getTranslations("account.preferences"),
    getLocale(),
    getTimeZone(),
    getReaderFormat(),
    cookies(),
  ]);
  const browserZone = cookieStore.get(TIME_ZONE_COOKIE)?.value;
  const browser = isTimeZone(browserZone) ? browserZone : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="max-w-lg space-y-4">
        <PreferencesForm
          locale={saved?.locale ?? null}
          timeZone={saved?.timeZone ?? null}
          browserZone={browser}
          zones={timeZoneOptions(locale, at, [saved?.timeZone, browser])}
        />
        <p className="text-sm text-slate-600">
          {t("now", { time: format.moment(at), zone })} {t("timeZoneHint", { platform: platformTimeZone() })}
        </p>
      </Card>
    </>
  );
}
