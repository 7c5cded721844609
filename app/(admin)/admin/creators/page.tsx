import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClaimReview } from "@/components/admin/creators/claim-review";
import { ThresholdForm } from "@/components/admin/creators/threshold-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { DateTime } from "@/components/ui/formatted";
import { recentAudit } from "@/db/queries/audit";
import { pendingClaimsForAdmin } from "@/db/queries/social";
import { AFFILIATE_THRESHOLD_SETTING, currentAffiliateThreshold } from "@/lib/creators/threshold";
import { mediaUrl } from "@/lib/media/url";
import { pageActor } from "@/server/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.creators"))("title") };
}

/** The follower claims queue (oldest first) with each proof, the affiliate threshold, and the recent decisions. */
export default async function AdminCreatorsPage() {
  const { db } = await pageActor("admin");
  const [claims, threshold, decisions, thresholdChanges, t, tp] = await Promise.all([
    pendingClaimsForAdmin(db),
    currentAffiliateThreshold(db),
    recentAudit(db, "creator:claim-", 20),
    recentAudit(db, `setting:${AFFILIATE_THRESHOLD_SETTING}`, 5),
    getTranslations("admin.creators"),
    getTranslations("common.socialPlatforms"),
  ]);
  const audit = [...decisions, ...thresholdChanges].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).slice(0, 20);
  const auditLabel = (action: string) => (action === "creator:claim-approve" ? t("auditApproved") : action === "creator:claim-reject" ? t("auditRejected") : t("auditThreshold"));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="mb-8 max-w-xl">
        <h2 className="text-lg font-semibold">{t("thresholdTitle")}</h2>
        <p className="mb-3 mt-1 text-sm text-slate-600">{t("thresholdText")}</p>
        <ThresholdForm threshold={threshold} />
      </Card>
      <section aria-labelledby="queue-title">
        <h2 id="queue-title" className="mb-3 text-lg font-semibold">
          {t("queueTitle")}
        </h2>
        {claims.length === 0 ? (
          <EmptyState title={t("empty")}>{t("emptyText")}</EmptyState>
        ) : (
          <ul className="space-y-3" aria-labelledby="queue-title">
            {claims.map((c) => (
              <li key={c.id}>
                <Card>
                  <div className="flex flex-col gap-4 sm:flex-row">
                    <a href={mediaUrl(c.proofMediaId)!} target="_blank" rel="noreferrer" className="block shrink-0">
                      {/* eslint-disable-next-line @next/next/no-img-element -- app-served media, any size */}
                      <img src={mediaUrl(c.proofMediaId)!} alt={t("proofAlt", { platform: tp(c.platform), name: c.creatorName })} className="max-h-64 w-full rounded-md object-contain ring-1 ring-slate-200 sm:w-48" />
                    </a>
                    <div className="min-w-0 flex-1 space-y-1 text-sm text-slate-700">
                      <p className="break-words text-base font-medium text-slate-900">
                        {tp(c.platform)} · {t("creator", { name: c.creatorName, handle: c.handle })}
                      </p>
                      <p className="break-all">
                        <a href={c.profileUrl} target="_blank" rel="noreferrer noopener" className="text-brand-700 underline">
                          {t("openProfile")}: {c.profileUrl}
                        </a>
                      </p>
                      <p className="font-medium">{t("claimed", { count: c.claimedCount })}</p>
                      <p>{t("verifiedNow", { followers: c.verifiedFollowers })}</p>
                      <p>
                        {t("submittedAt")} <DateTime at={c.createdAt} exact />
                        {c.earlierClaims > 0 ? ` · ${t("earlier", { count: c.earlierClaims })}` : null}
                      </p>
                    </div>
                  </div>
                  <div className="mt-4">
                    <ClaimReview claimId={c.id} claimedCount={c.claimedCount} />
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="decisions-title" className="mt-10">
        <h2 id="decisions-title" className="mb-3 text-lg font-semibold">
          {t("recentTitle")}
        </h2>
        {audit.length === 0 ? (
          <p className="text-sm text-slate-600">{t("recentEmpty")}</p>
        ) : (
          <ul className="space-y-1 text-sm text-slate-700">
            {audit.map((a) => (
              <li key={a.id} className="break-words">
                <DateTime at={a.createdAt} exact /> · {auditLabel(a.action)} {a.detail}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
