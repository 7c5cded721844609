import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PreferencesSection } from "@/app/(account)/account/preferences/preferences-section";
import { ChevronRight } from "lucide-react";
import { CreatorAvatar } from "@/components/creators/creator-avatar";
import { ProfileForm } from "@/components/creators/profile-form";
import { Card, PageHeader } from "@/components/ui/card";
import { creatorSettings } from "@/lib/creators/profile";
import { currentAffiliateThreshold } from "@/lib/creators/threshold";
import { creatorTier } from "@/lib/creators/tier";
import { mediaUrl } from "@/lib/media/url";
import { BIO_MAX, MAX_CATEGORIES } from "@/lib/validation/creator-profile";
import { pageActor } from "@/server/context";
import { clientMessages, getReaderFormat } from "@/server/i18n";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("creator.settings"))("title") };
}

/** The creator's profile (what buyers and sellers see), their language and time zone, and the way to their password and notices. */
export default async function CreatorSettingsPage() {
  const { db, user, at } = await pageActor("creator");
  const [{ profile, categories }, t, format, threshold] = await Promise.all([
    creatorSettings(db, user.id),
    getTranslations("creator.settings"),
    getReaderFormat(),
    currentAffiliateThreshold(db),
  ]);
  const avatarUrl = mediaUrl(profile.avatarMediaId);
  const affiliate = creatorTier(profile.followerCount, threshold) === "affiliate";
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
                  t("profile.showcaseLocked", { threshold: format.number(threshold) })
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
            <PreferencesSection at={at} />
          </NextIntlClientProvider>
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
