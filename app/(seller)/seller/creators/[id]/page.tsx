import { getTimeZone, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { findShopCreator, MAX_TAGS_PER_CREATOR } from "@/db/queries/shop-creators";
import { CreatorAvatar } from "@/components/creators/creator-avatar";
import { OpenThreadButton } from "@/components/messages/open-thread-button";
import { CreatorBlock, CreatorTags } from "@/components/seller/creator-relationship";
import { InviteToPlan } from "@/components/seller/invite-to-plan";
import { invitablePlans } from "@/db/queries/plans";
import { Badge } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { isId } from "@/lib/ids";
import { readReportPeriod } from "@/lib/reports/period";
import { sellerReport } from "@/lib/reports/seller-report";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.creators"))("title") };
}

/** A creator as the shop sees them: profile, results with the shop over 90 days, its tags, its plans, and block or unblock. */
export default async function SellerCreatorPage({ params }: { params: Promise<{ id: string }> }) {
  const { db, shop, at } = await pageActor("seller");
  const { id } = await params;
  const creator = isId(id, "usr") ? await findShopCreator(db, shop.id, id) : undefined;
  if (!creator) notFound();
  const [t, home, format, timeZone] = await Promise.all([getTranslations("seller.creators"), getTranslations("seller.home"), getReaderFormat(), getTimeZone()]);
  const period = readReportPeriod({ period: "90" }, at, timeZone);
  const [report, invitable] = await Promise.all([sellerReport(db, shop.id, period), invitablePlans(db, { shopId: shop.id, at })]);
  const plans = invitable.map((p) => ({ id: p.id, name: p.name, draft: p.status === "draft" }));
  const r = report.breakdowns.creator.find((row) => row.key === creator.userId);
  const money = (minor: number) => format.money(minor, shop.currency);
  return (
    <>
      <PageHeader
        title={creator.displayName}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            @{creator.handle} · {t("profile.followers", { count: format.number(creator.followerCount) })}
            {creator.blockedAt ? <Badge tone="red">{t("blockedBadge")}</Badge> : null}
          </span>
        }
        actions={
          <>
            <OpenThreadButton to={{ creatorId: creator.userId }} />
            <ButtonLink href="/seller/creators" variant="secondary">
              {t("profile.back")}
            </ButtonLink>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0 space-y-6">
          <Card className="flex gap-4">
            <CreatorAvatar name={creator.displayName} mediaId={creator.avatarMediaId} size="lg" />
            <div className="min-w-0 space-y-1 text-sm text-slate-700">
              <h2 className="font-semibold text-slate-900">{t("profile.bio")}</h2>
              <p className="break-words whitespace-pre-line">{creator.bio || "—"}</p>
              <p>
                {t("profile.categories")}: {creator.categories.join(", ") || "—"}
              </p>
            </div>
          </Card>
          <section aria-labelledby="results-heading">
            <h2 id="results-heading" className="mb-3 text-lg font-semibold">
              {t("profile.results", { from: format.day(period.from), to: format.day(new Date(period.before.getTime() - 1)) })}
            </h2>
            {creator.partner ? null : <p className="mb-3 text-sm text-slate-600">{t("profile.notPartner")}</p>}
            <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
              <Stat label={home("stats.clicks")} value={format.number(r?.clicks ?? 0)} />
              <Stat label={home("stats.orders")} value={format.number(r?.orders ?? 0)} />
              <Stat label={home("stats.items")} value={format.number(r?.items ?? 0)} />
              <Stat label={home("stats.sales")} value={money(r?.sales ?? 0)} />
              <Stat label={home("stats.commission")} value={money(r?.commission ?? 0)} />
              <Stat label={home("stats.conversion")} value={r?.conversion == null ? "—" : format.percent(Math.round(r.conversion * 10_000))} />
            </div>
          </section>
          <Card className="space-y-2">
            <h2 className="font-semibold text-slate-900">{t("profile.plans")}</h2>
            <p className="text-sm text-slate-700">{creator.plans.join(", ") || t("profile.noPlans")}</p>
            <p className="text-sm text-slate-600">{t("profile.inviteText")}</p>
            {creator.blockedAt || plans.length === 0 ? null : <InviteToPlan formId="invite-creator-to-plan" plans={plans} creatorId={creator.userId} />}
            <ButtonLink href="/seller/plans/new" variant="secondary">
              {plans.length === 0 ? t("profile.invite") : t("invite.newPlan")}
            </ButtonLink>
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card className="space-y-3">
            <h2 className="font-semibold text-slate-900">{t("tags.title")}</h2>
            <CreatorTags creatorId={creator.userId} tags={creator.tags} max={MAX_TAGS_PER_CREATOR} />
          </Card>
          <Card className="space-y-3">
            <h2 className="font-semibold text-slate-900">{t("block.title")}</h2>
            <CreatorBlock creatorId={creator.userId} name={creator.displayName} blocked={creator.blockedAt !== null} />
          </Card>
        </div>
      </div>
    </>
  );
}
