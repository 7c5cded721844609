import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { ChevronRight } from "lucide-react";
import { PreferencesForm } from "@/components/account/preferences-form";
import { CreatorAvatar } from "@/components/creators/creator-avatar";
import { ProfileForm } from "@/components/creators/profile-form";
import { Card, PageHeader } from "@/components/ui/card";
import { currentPreferences } from "@/server/session";
import { creatorSettings } from "@/lib/creators/profile";
import { affiliateThreshold, creatorTier } from "@/lib/creators/tier";
import { isTimeZone, TIME_ZONE_COOKIE } from "@/lib/i18n/locales";
import { timeZoneOptions } from "@/lib/i18n/time-zones";
import { mediaUrl } from "@/lib/media/url";
import { BIO_MAX, MAX_CATEGORIES } from "@/lib/validation/creator-profile";
import { platformTimeZone } from "@/lib/wallet/settings";
import { pageActor } from "@/server/context";
import { clientMessages, getReaderFormat } from "@/server/i18n";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("creator.settings"))("title") };
}

/** The creator's profile (what buyers and sellers see), their language and time zone, and the way to their password and notices. */
export default async function CreatorSettingsPage() {
  const { db, user, at } = await pageActor("creator");
  const [{ profile, categories }, saved, t, tp, locale, zone, format, cookieStore] = await Promise.all([
    creatorSettings(db, user.id),
    currentPreferences(),
    getTranslations("creator.settings"),
    getTranslations("account.preferences"),
    getLocale(),
    getTimeZone(),
    getReaderFormat(),
    cookies(),
  ]);
  const browserZone = cookieStore.get(TIME_ZONE_COOKIE)?.value;
  const browser = isTimeZone(browserZone) ? browserZone : null;
  const avatarUrl = mediaUrl(profile.avatarMediaId);
  const affiliate = creatorTier(profile.followerCount) === "affiliate";
  const showcasePath = `/s/${profile.handle}`;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="max-w-2xl space-y-6">
        <Card className="space-y-5">
          <div className="flex items-center gap-4">
            <CreatorAvatar name={profile.displayName} mediaId={profile.avatarMediaId} size="lg" />
            <div className="min-w-0">
              <h2 className="text-lg font-semibold break-words text-slate-900">{t("profile.heading")}</h2>
              <p className="text-sm break-all text-slate-600">@{profile.handle}</p>
              <p className="mt-1 text-sm text-slate-600">
                {affiliate ? (
                  <Link href={showcasePath} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline-offset-2 hover:underline sm:min-h-0">
                    {t("profile.viewShowcase", { path: showcasePath })}
                  </Link>
                ) : (
                  t("profile.showcaseLocked", { threshold: format.number(affiliateThreshold()) })
                )}
              </p>
            </div>
          </div>
          <ProfileForm
            initial={{ displayName: profile.displayName, handle: profile.handle, bio: profile.bio, categories: profile.categories, avatarUrl }}
            categories={categories}
            bioMax={BIO_MAX}
            maxCategories={MAX_CATEGORIES}
          />
        </Card>

        <Card className="space-y-4">
          <h2 className="text-lg font-semibold text-slate-900">{t("preferences.heading")}</h2>
          <NextIntlClientProvider messages={await clientMessages(["common", "account"])}>
            <PreferencesForm
              locale={saved?.locale ?? null}
              timeZone={saved?.timeZone ?? null}
              browserZone={browser}
              zones={timeZoneOptions(locale, at, [saved?.timeZone, browser])}
            />
          </NextIntlClientProvider>
          <p className="text-sm text-slate-600">
            {tp("now", { time: format.moment(at), zone })} {tp("timeZoneHint", { platform: platformTimeZone() })}
          </p>
        </Card>

        <Card className="space-y-2">
          <h2 className="text-lg font-semibold text-slate-900">{t("account.heading")}</h2>
          <ul className="divide-y divide-slate-100">
            {(
              [
                { href: "/account/password", label: t("account.password"), hint: t("account.passwordHint") },
                { href: "/account/notifications", label: t("account.notifications"), hint: t("account.notificationsHint") },
              ] as const
            ).map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="flex min-h-11 items-center gap-3 py-3 text-slate-900 hover:text-brand-700">
                  <span className="min-w-0 flex-1">
                    <span className="block font-medium">{item.label}</span>
                    <span className="block text-sm text-slate-600">{item.hint}</span>
                  </span>
                  <ChevronRight aria-hidden="true" className="size-5 shrink-0 text-slate-400" />
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
