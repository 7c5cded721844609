import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { campaignPublicProducts, findCampaignBySlug } from "@/db/queries/campaigns";
import { mediaUrl } from "@/lib/media/url";
import { ProductGrid } from "@/components/storefront/product-grid";
import { StorefrontFrame } from "@/app/storefront-frame";
import { EmptyState } from "@/components/ui/card";
import { campaignState } from "@/lib/plans/campaign-state";
import { getReaderFormat } from "@/server/i18n";
import { publicActor } from "@/server/context";

/** A campaign's public page for buyers: no sign-in, live only between its dates. */

const findCampaign = cache(async (slug: string) => {
  // Slugs are lower-case letters, digits and hyphens: anything else cannot be one.
  if (!/^[a-z0-9-]{1,60}$/.test(slug)) return undefined;
  return findCampaignBySlug((await publicActor()).db, slug);
});

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  await connection();
  const found = await findCampaign((await params).slug);
  return { title: found ? found.campaign.name : (await getTranslations("buyer.campaign"))("notFoundTitle") };
}

export default async function CampaignPublicPage({ params }: { params: Promise<{ slug: string }> }) {
  // Read at request time: whether the campaign is on depends on the clock, not on the build.
  await connection();
  const found = await findCampaign((await params).slug);
  if (!found) notFound();
  const { campaign, shopName } = found;
  const [{ db, at }, t, format] = await Promise.all([publicActor(), getTranslations("buyer.campaign"), getReaderFormat()]);
  const state = campaignState(campaign, at);
  const banner = mediaUrl(campaign.bannerMediaId);

  if (state !== "live") {
    return (
      <StorefrontFrame wide shopId={campaign.shopId ?? undefined}>
        <div className="mx-auto max-w-lg py-16 text-center">
          <p className="text-sm font-semibold text-brand-700">{shopName ?? "Linkshare"}</p>
          <h1 className="mt-2 text-2xl font-semibold tracking-tight break-words">{campaign.name}</h1>
          <p className="mt-4 text-lg text-slate-800">{state === "scheduled" ? t("notStarted") : t("ended")}</p>
          <p className="mt-2 text-slate-600">
            {state === "scheduled" ? t("opensOn", { date: format.moment(campaign.startsAt) }) : t("ranUntil", { date: format.moment(campaign.endsAt) })}
          </p>
        </div>
      </StorefrontFrame>
    );
  }

  const products = await campaignPublicProducts(db, campaign.id, at);
  return (
    <StorefrontFrame wide shopId={campaign.shopId ?? undefined}>
      {banner ? (
        // eslint-disable-next-line @next/next/no-img-element -- app-served media of any size
        <img src={banner} alt="" className="mb-6 aspect-[3/1] w-full rounded-lg object-cover" />
      ) : null}
      <header className="mb-8">
        {shopName ? <p className="text-sm font-semibold text-brand-700">{shopName}</p> : null}
        <h1 className="mt-1 text-2xl font-semibold tracking-tight break-words sm:text-3xl">{campaign.name}</h1>
        {campaign.description ? <p className="mt-2 max-w-2xl whitespace-pre-line break-words text-slate-700">{campaign.description}</p> : null}
        <p className="mt-2 text-sm text-slate-500">{t("until", { date: format.moment(campaign.endsAt) })}</p>
      </header>
      {products.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyText")}</EmptyState>
      ) : (
        <ProductGrid products={products} label={t("products")} headingLevel={2} />
      )}
    </StorefrontFrame>
  );
}
