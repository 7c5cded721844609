import "server-only";
import { getTranslations } from "next-intl/server";
import type { Database } from "@/db/client";
import { productStats, type OpenProductRow } from "@/db/queries/open-catalogue";
import type { ProductCardView } from "@/components/marketplace/product-card";
import { commissionAmount } from "@/lib/commissions/amount";
import { bestMarketplaceRates, type CreatorRate } from "@/lib/commissions/creator-rates";
import type { ReaderFormat } from "@/lib/i18n/format";
import { mediaUrl } from "@/lib/media/url";
import { newLinkHref } from "@/components/links/link-target";
import { creatorRateLabeller, rewardText } from "../reward-text";

/**
 * The cards of a page of the marketplace (the products page and a shop's page): the creator's own
 * best rate by the rate rule (lib/commissions/creator-rates.ts) with the plan it comes from, what a
 * sale earns at it, the last 30 days' figures, and the links to get.
 */
export async function productCards(
  db: Database,
  { creatorId, rows, at, campaignNames, format }: { creatorId: string; rows: OpenProductRow[]; at: Date; campaignNames: Map<string, string>; format: ReaderFormat },
): Promise<ProductCardView[]> {
  const productIds = rows.map((r) => r.id);
  const [rates, stats, t, rateLabel] = await Promise.all([
    bestMarketplaceRates(db, { creatorId, productIds, at }),
    productStats(db, { productIds, at }),
    getTranslations("creator.products"),
    creatorRateLabeller(format),
  ]);
  return rows.map((p) => {
    const open: CreatorRate = { planKind: "open", planName: null, reward: { rateBps: p.openRateBps, flatFeeMinor: p.openFlatFeeMinor } };
    const rate = rates.get(p.id) ?? open;
    const figures = stats.get(p.id);
    const campaignName = rate.planKind === "campaign" ? (campaignNames.get(rate.campaignId) ?? "") : "";
    return {
      id: p.id,
      title: p.title,
      shopId: p.shopId,
      shopName: p.shopName,
      category: p.category,
      imageUrl: mediaUrl(p.imageMediaId),
      price: format.money(p.priceMinor, p.currency),
      rate: rate.planKind === "campaign" ? t("rateCampaign", { reward: rewardText(rate.reward, p.currency, format), campaign: campaignName }) : rateLabel(rate, p.currency),
      rateNote: rate.planKind === "campaign" ? t("campaignLinkNote", { rate: rateLabel(rate.productLink, p.currency) }) : null,
      earn: t("earnPerSale", { amount: format.money(commissionAmount(p.priceMinor, rate.reward.rateBps, rate.reward.flatFeeMinor), p.currency) }),
      stats: [
        ...(figures && figures.sold > 0 ? [t("sold30", { count: figures.sold })] : []),
        ...(figures && figures.clicks > 0 ? [t("epc", { amount: format.money(Math.round(figures.earnedMinor / figures.clicks), p.currency) })] : []),
      ],
      outOfStock: p.stock === 0 ? t("outOfStock") : null,
      saved: p.saved,
      productLink: { href: newLinkHref({ type: "product", productId: p.id, campaignId: null }), label: t("getLinkFor", { name: p.title }), text: t("getLink") },
      campaignLink:
        rate.planKind === "campaign"
          ? { href: newLinkHref({ type: "campaign", productId: null, campaignId: rate.campaignId }), label: t("getCampaignLinkFor", { name: `${p.title} (${campaignName})` }), text: t("getCampaignLink") }
          : null,
      preview: t("preview"),
      shopPageLabel: t("shopPage", { shop: p.shopName }),
    };
  });
}
