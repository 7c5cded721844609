import { effectiveRate } from "@/lib/commissions/effective-rate";
import type { OrderContext } from "./demo-activity";
import type { DemoCatalogue, DemoProduct } from "./demo-catalogue";

export type CatalogueView = Pick<DemoCatalogue, "products" | "shops" | "campaign" | "targeted" | "showcase">;

/**
 * What an order in the generated data may earn: the products a link covers and the best rate its
 * creator is entitled to at that time, decided by lib/commissions' effectiveRate like any real order.
 */
export function orderContext(catalogue: CatalogueView, now: Date): OrderContext {
  const productsById = new Map<string, DemoProduct>(catalogue.products.map((p) => [p.id, p]));
  const { campaign, targeted } = catalogue;
  return {
    now,
    productsById,
    shopsById: new Map(catalogue.shops.map((s) => [s.id, s])),
    earnableProducts(link) {
      if (link.type === "product") return [productsById.get(link.productId!)!];
      if (link.type === "campaign") return campaign.products.map((p) => productsById.get(p.productId)!);
      return catalogue.showcase.filter((s) => s.creatorId === link.creatorId).map((s) => productsById.get(s.productId)!);
    },
    entitlement(link, product, at) {
      const inPlan = targeted.products.find((p) => p.productId === product.id);
      const invitation = targeted.creators.find((c) => c.creatorId === link.creatorId);
      const inCampaign = campaign.products.find((p) => p.productId === product.id);
      const rate = effectiveRate({
        at,
        linkType: link.type,
        linkCampaignId: link.campaignId ?? null,
        product: { id: product.id, status: product.status ?? "active" },
        openPlanHistory: [
          { effectiveAt: product.createdAt!, openToAffiliates: product.openToAffiliates ?? true, rateBps: product.openRateBps, flatFeeMinor: product.openFlatFeeMinor ?? 0 },
        ],
        targetedPlans:
          inPlan && invitation
            ? [
                {
                  id: targeted.plan.id,
                  status: targeted.plan.status ?? "draft",
                  startsAt: targeted.plan.startsAt,
                  endsAt: targeted.plan.endsAt,
                  endedAt: targeted.plan.endedAt ?? null,
                  invitation: { status: invitation.status ?? "pending", respondedAt: invitation.respondedAt ?? null },
                  reward: { rateBps: inPlan.rateBps, flatFeeMinor: inPlan.flatFeeMinor ?? 0 },
                },
              ]
            : [],
        campaigns: inCampaign
          ? [
              {
                id: campaign.campaign.id,
                startsAt: campaign.campaign.startsAt,
                endsAt: campaign.campaign.endsAt,
                productAddedAt: inCampaign.addedAt,
                productRemovedAt: inCampaign.removedAt ?? null,
                reward: { rateBps: inCampaign.rateBps, flatFeeMinor: inCampaign.flatFeeMinor ?? 0 },
              },
            ]
          : [],
      });
      return rate.earns ? { planKind: rate.planKind, planId: rate.planId, rateBps: rate.rateBps, flatFeeMinor: rate.flatFeeMinor } : null;
    },
  };
}
