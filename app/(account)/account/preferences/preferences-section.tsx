import "server-only";
import { cookies } from "next/headers";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { PreferencesForm } from "@/components/account/preferences-form";
import { isTimeZone, TIME_ZONE_COOKIE } from "@/lib/i18n/locales";
import { timeZoneOptions } from "@/lib/i18n/time-zones";
import { platformTimeZone } from "@/lib/wallet/settings";
import { getReaderFormat } from "@/server/i18n";
import { currentPreferences } from "@/server/session";

/**
 * The profile's language and time zone form with the clock of the zone in use, fed from the session's
 * preferences and the browser's zone: /account/preferences and /creator/settings both show it. The
 * form's texts (account area) must be in the browser's messages above it.
 */
export async function PreferencesSection({ at }: { at: Date }) {
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
      <PreferencesForm
        locale={saved?.locale ?? null}
        timeZone={saved?.timeZone ?? null}
        browserZone={browser}
        zones={timeZoneOptions(locale, at, [saved?.timeZone, browser])}
      />
      <p className="text-sm text-slate-600">
        {t("now", { time: format.moment(at), zone })} {t("timeZoneHint", { platform: platformTimeZone() })}
      </p>
    </>
  );
}
