import type { DemoCatalogue, DemoProduct } from "./demo-catalogue";
import type { Entitlement, OrderContext } from "./demo-activity";

export type CatalogueView = Pick<DemoCatalogue, "products" | "shops" | "campaign" | "targeted" | "showcase">;

/**
 * What an order in the generated data may earn: the products a link covers and the best rate its
 * creator is entitled to at that time (open, an accepted live targeted plan, or the campaign
 * through a campaign link). A stand-in for lib/commissions until the catalogue issue lands.
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
      const options: Entitlement[] = [{ planKind: "open", planId: null, rateBps: product.openRateBps, flatFeeMinor: 0 }];
      const inCampaign = campaign.products.find((p) => p.productId === product.id);
      if (link.type === "campaign" && inCampaign && at >= campaign.campaign.startsAt && at < campaign.campaign.endsAt) {
        options.push({ planKind: "campaign", planId: campaign.campaign.id, rateBps: inCampaign.rateBps, flatFeeMinor: inCampaign.flatFeeMinor ?? 0 });
      }
      const inPlan = targeted.products.find((p) => p.productId === product.id);
      const accepted = targeted.creators.find((c) => c.creatorId === link.creatorId && c.status === "accepted" && c.respondedAt! <= at);
      if (inPlan && accepted && at >= targeted.plan.startsAt! && at < targeted.plan.endsAt!) {
        options.push({ planKind: "targeted", planId: targeted.plan.id, rateBps: inPlan.rateBps, flatFeeMinor: inPlan.flatFeeMinor ?? 0 });
      }
      return options.reduce((best, o) => (o.rateBps > best.rateBps ? o : best));
    },
  };
}
