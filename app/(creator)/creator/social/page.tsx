import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FollowerClaimForm } from "@/components/social/follower-claim-form";
import { Alert, Badge } from "@/components/ui/alert";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { StateBadge } from "@/components/ui/state-badge";
import { creatorFollowerCount } from "@/db/queries/links";
import { creatorClaims } from "@/db/queries/social";
import type { FollowerClaim } from "@/db/schema";
import { currentAffiliateThreshold } from "@/lib/creators/threshold";
import { creatorTier } from "@/lib/creators/tier";
import { mediaUrl } from "@/lib/media/url";
import { SOCIAL_PLATFORMS } from "@/lib/validation/social";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("creator.social"))("title") };
}

/** The creator's social accounts: add one with a proof, and follow each claim to its decision. */
export default async function SocialAccountsPage() {
  const { db, user } = await pageActor("creator");
  const [claims, followers, threshold, t, tp, format] = await Promise.all([
    creatorClaims(db, user.id),
    creatorFollowerCount(db, user.id),
    currentAffiliateThreshold(db),
    getTranslations("creator.social"),
    getTranslations("common.socialPlatforms"),
    getReaderFormat(),
  ]);
  const verified = followers ?? 0;
  const affiliate = creatorTier(verified, threshold) === "affiliate";
  // Claims come newest first; grouped by platform in the order of the platform list.
  const byPlatform = SOCIAL_PLATFORMS.map((platform) => ({ platform, claims: claims.filter((c) => c.platform === platform) })).filter((g) => g.claims.length > 0);
  const date = (at: Date) => format.day(at);
  const line = (c: FollowerClaim) =>
    c.state === "approved"
      ? t("approvedAs", { count: c.decidedCount ?? 0, date: date(c.decidedAt!) })
      : c.state === "rejected"
        ? t("rejectedBecause", { date: date(c.decidedAt!), reason: c.reason ?? "" })
        : t("waiting");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<Badge tone={affiliate ? "green" : "blue"}>{t("verifiedTotal", { followers: verified })}</Badge>} />
      <div className="mb-6">
        <Alert tone={affiliate ? "success" : "info"}>{affiliate ? t("affiliate") : t("toGo", { toGo: Math.max(threshold - verified, 0), threshold })}</Alert>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-4 text-lg font-semibold">{t("addTitle")}</h2>
          <FollowerClaimForm platforms={SOCIAL_PLATFORMS} />
        </Card>
        <section aria-labelledby="accounts-title">
          <h2 id="accounts-title" className="mb-3 text-lg font-semibold">
            {t("accountsTitle")}
          </h2>
          {byPlatform.length === 0 ? (
            <EmptyState title={t("empty")}>{t("emptyText")}</EmptyState>
          ) : (
            <ul className="space-y-3">
              {byPlatform.map(({ platform, claims: history }) => {
                const latest = history[0]!;
                const approved = history.find((c) => c.state === "approved");
                return (
                  <li key={platform}>
                    <Card>
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <div className="min-w-0">
                          <p className="font-medium text-slate-900">{tp(platform)}</p>
                          <p className="break-all text-sm text-slate-600">{latest.profileUrl}</p>
                        </div>
                        <StateBadge state={latest.state} />
                      </div>
                      <p className="mt-2 text-sm text-slate-700">{approved ? t("verifiedCount", { count: approved.decidedCount ?? 0 }) : t("notVerified")}</p>
                      {latest.state === "rejected" ? <p className="mt-1 text-sm text-slate-600">{t("resubmit")}</p> : null}
                      <h3 className="mt-3 text-sm font-medium text-slate-800">{t("history")}</h3>
                      <ol className="mt-1 space-y-1 text-sm text-slate-600">
                        {history.map((c) => (
                          <li key={c.id} className="break-words">
                            {t("claimed", { count: c.claimedCount, date: date(c.createdAt) })} · {line(c)} ·{" "}
                            <a href={mediaUrl(c.proofMediaId)!} className="text-brand-700 underline" target="_blank" rel="noreferrer">
                              {t("proofLink")}
                            </a>
                          </li>
                        ))}
                      </ol>
                    </Card>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
