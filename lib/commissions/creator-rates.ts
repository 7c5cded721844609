import "server-only";
import type { Database } from "@/db/client";
import { rateFactsForPairs, type RateFacts } from "@/db/queries/rates";
import { effectiveRate, type PlanKind, type Reward } from "./effective-rate";

/** What a creator earns on a product through a product link today, and which plan pays it. */
export type CreatorRate = { planKind: "open" | "targeted"; planName: string | null; reward: Reward };

/**
 * The creator's own best rate on each product, by the one rate rule (effectiveRate) as a product
 * link would earn it at `at`: a live targeted plan they accepted beats the open rate when it pays
 * more. Campaign rates are left out: they are earned only through a campaign's own link. The facts
 * for every product come in one round of four statements, however many products a page lists.
 * Products the creator cannot earn on (archived, closed) are missing from the map.
 */
export async function bestProductRates(db: Database, params: { creatorId: string; productIds: string[]; at: Date }): Promise<Map<string, CreatorRate>> {
  const factsOf = await rateFactsForPairs(db, params.productIds.map((productId) => ({ productId, creatorId: params.creatorId })));
  const rates = new Map<string, CreatorRate>();
  for (const productId of params.productIds) {
    const facts = factsOf(productId, params.creatorId);
    const rate = facts && productLinkRate(facts, params.at);
    if (rate) rates.set(productId, rate);
  }
  return rates;
}

function productLinkRate(facts: RateFacts, at: Date): CreatorRate | undefined {
  const rate = effectiveRate({ at, linkType: "product", linkCampaignId: null, ...facts });
  if (!rate.earns || rate.planKind === "campaign") return undefined;
  const plan = rate.planKind === "targeted" ? facts.targetedPlans.find((p) => p.id === rate.planId) : undefined;
  return { planKind: rate.planKind, planName: plan?.name ?? null, reward: { rateBps: rate.rateBps, flatFeeMinor: rate.flatFeeMinor } };
}

/** The best a creator can earn on a product in the marketplace: the product link's rate, or a live campaign's through that campaign's link. */
export type MarketplaceRate = CreatorRate | { planKind: "campaign"; campaignId: string; reward: Reward; productLink: CreatorRate };

/**
 * Read-only, for the marketplace cards: bestProductRates, and for each live campaign the product is
 * in, the rate a link to that campaign would earn (effectiveRate with that link). A campaign shows
 * when its link pays more than the product link (on equal pay the product link's plan stays);
 * between campaigns the higher rate, then fee, then the lower id. This is the order of the
 * marketplace's "rate" sort (db/queries/open-catalogue.ts).
 */
export async function bestMarketplaceRates(db: Database, params: { creatorId: string; productIds: string[]; at: Date }): Promise<Map<string, MarketplaceRate>> {
  const factsOf = await rateFactsForPairs(db, params.productIds.map((productId) => ({ productId, creatorId: params.creatorId })));
  const rates = new Map<string, MarketplaceRate>();
  for (const productId of params.productIds) {
    const facts = factsOf(productId, params.creatorId);
    const productLink = facts && productLinkRate(facts, params.at);
    if (!facts || !productLink) continue;
    let best: MarketplaceRate = productLink;
    for (const campaign of [...facts.campaigns].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      const rate = effectiveRate({ at: params.at, linkType: "campaign", linkCampaignId: campaign.id, ...facts });
      if (!rate.earns || rate.planKind !== "campaign") continue;
      const pays = rate.rateBps - best.reward.rateBps || rate.flatFeeMinor - best.reward.flatFeeMinor;
      if (pays > 0 || (pays === 0 && best.planKind === "open")) {
        best = { planKind: "campaign", campaignId: campaign.id, reward: { rateBps: rate.rateBps, flatFeeMinor: rate.flatFeeMinor }, productLink };
      }
    }
    rates.set(productId, best);
  }
  return rates;
}

/**
 * What a link to a campaign earns the creator on each of its products, by the rate rule: the
 * campaign's rate, or their targeted plan's when that pays more. Each pair is judged at its own
 * time (the caller gives a campaign still to come its start). Missing for a product that earns nothing.
 */
export async function campaignLinkRates(
  db: Database,
  { creatorId, items }: { creatorId: string; items: { campaignId: string; productId: string; at: Date }[] },
): Promise<(campaignId: string, productId: string) => { planKind: PlanKind; reward: Reward } | undefined> {
  const factsOf = await rateFactsForPairs(db, items.map(({ productId }) => ({ productId, creatorId })));
  const rates = new Map<string, { planKind: PlanKind; reward: Reward }>();
  for (const { campaignId, productId, at } of items) {
    const facts = factsOf(productId, creatorId);
    const rate = facts && effectiveRate({ at, linkType: "campaign", linkCampaignId: campaignId, ...facts });
    if (rate?.earns) rates.set(`${campaignId} ${productId}`, { planKind: rate.planKind, reward: { rateBps: rate.rateBps, flatFeeMinor: rate.flatFeeMinor } });
  }
  return (campaignId, productId) => rates.get(`${campaignId} ${productId}`);
}
