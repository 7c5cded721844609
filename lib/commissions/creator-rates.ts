import "server-only";
import type { Database } from "@/db/client";
import { rateFactsForPairs } from "@/db/queries/rates";
import { effectiveRate, type Reward } from "./effective-rate";

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
    if (!facts) continue;
    const rate = effectiveRate({ at: params.at, linkType: "product", linkCampaignId: null, ...facts });
    if (!rate.earns || rate.planKind === "campaign") continue;
    const plan = rate.planKind === "targeted" ? facts.targetedPlans.find((p) => p.id === rate.planId) : undefined;
    rates.set(productId, { planKind: rate.planKind, planName: plan?.name ?? null, reward: { rateBps: rate.rateBps, flatFeeMinor: rate.flatFeeMinor } });
  }
  return rates;
}
