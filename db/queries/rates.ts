import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { anyOf } from "../bulk";
import { together, type Database } from "../client";
import { campaignProducts, campaigns, productRateChanges, products, targetedPlanCreators, targetedPlanProducts, targetedPlans } from "../schema";

/** The rate facts as rows (lib/commissions/effective-rate.ts reads them as its OpenPlanChange, CreatorTargetedPlan and ProductCampaign). */
type RewardRow = { rateBps: number; flatFeeMinor: number };
type OpenPlanChange = RewardRow & { effectiveAt: Date; openToAffiliates: boolean };
type CreatorTargetedPlan = Pick<typeof targetedPlans.$inferSelect, "id" | "status" | "startsAt" | "endsAt" | "endedAt"> & {
  invitation: Pick<typeof targetedPlanCreators.$inferSelect, "status" | "respondedAt"> | null;
  reward: RewardRow;
};
type ProductCampaign = { id: string; startsAt: Date; endsAt: Date; productAddedAt: Date; productRemovedAt: Date | null; reward: RewardRow };

export type RateFacts = {
  product: Pick<typeof products.$inferSelect, "id" | "status">;
  openPlanHistory: OpenPlanChange[];
  /** With each plan's name, for pages that tell a creator which plan pays them. */
  targetedPlans: (CreatorTargetedPlan & { name: string })[];
  campaigns: ProductCampaign[];
};

/** The facts for a (product, creator) pair, or undefined when the product does not exist. */
export type RateFactsLookup = (productId: string, creatorId: string) => RateFacts | undefined;

/**
 * Everything effectiveRate needs to know about products for creators: each product's open plan
 * history, the targeted plans that include it with each creator's invitation, and the campaigns it
 * has been in. Four statements whatever the number of pairs, so a batch of orders pays them once.
 */
export async function rateFactsForPairs(db: Database, pairs: { productId: string; creatorId: string }[]): Promise<RateFactsLookup> {
  const productIds = [...new Set(pairs.map((p) => p.productId))];
  const creatorIds = [...new Set(pairs.map((p) => p.creatorId))];
  if (productIds.length === 0) return () => undefined;
  const [found, history, plans, campaignRows] = await together([
    db.select({ id: products.id, status: products.status }).from(products).where(anyOf(products.id, productIds)),
    db
      .select({ productId: productRateChanges.productId, effectiveAt: productRateChanges.effectiveAt, openToAffiliates: productRateChanges.openToAffiliates, rateBps: productRateChanges.rateBps, flatFeeMinor: productRateChanges.flatFeeMinor })
      .from(productRateChanges)
      // A cut replaced before it took effect never applied.
      .where(and(anyOf(productRateChanges.productId, productIds), isNull(productRateChanges.cancelledAt))),
    db
      .select({ plan: targetedPlans, reward: targetedPlanProducts, invitation: targetedPlanCreators })
      .from(targetedPlanProducts)
      .innerJoin(targetedPlans, eq(targetedPlans.id, targetedPlanProducts.planId))
      .leftJoin(targetedPlanCreators, and(eq(targetedPlanCreators.planId, targetedPlans.id), anyOf(targetedPlanCreators.creatorId, creatorIds)))
      .where(anyOf(targetedPlanProducts.productId, productIds)),
    db
      .select({ campaign: campaigns, item: campaignProducts })
      .from(campaignProducts)
      .innerJoin(campaigns, eq(campaigns.id, campaignProducts.campaignId))
      .where(anyOf(campaignProducts.productId, productIds)),
  ]);
  return (productId, creatorId) => {
    const product = found.find((p) => p.id === productId);
    if (!product) return undefined;
    const openPlanHistory: OpenPlanChange[] = history
      .filter((h) => h.productId === productId)
      .map(({ effectiveAt, openToAffiliates, rateBps, flatFeeMinor }) => ({ effectiveAt, openToAffiliates, rateBps, flatFeeMinor }));
    // One row per (plan, invited creator of the batch), or one with no invitation: one entry per plan.
    const byPlan = new Map<string, CreatorTargetedPlan & { name: string }>();
    for (const { plan, reward, invitation } of plans) {
      if (reward.productId !== productId) continue;
      const mine = invitation?.creatorId === creatorId ? { status: invitation.status, respondedAt: invitation.respondedAt } : null;
      const known = byPlan.get(plan.id);
      if (known) {
        known.invitation ??= mine;
        continue;
      }
      byPlan.set(plan.id, {
        id: plan.id,
        name: plan.name,
        status: plan.status,
        startsAt: plan.startsAt,
        endsAt: plan.endsAt,
        endedAt: plan.endedAt,
        invitation: mine,
        reward: { rateBps: reward.rateBps, flatFeeMinor: reward.flatFeeMinor },
      });
    }
    const campaignsOut: ProductCampaign[] = campaignRows
      .filter(({ item }) => item.productId === productId)
      .map(({ campaign, item }) => ({
        id: campaign.id,
        startsAt: campaign.startsAt,
        endsAt: campaign.endsAt,
        productAddedAt: item.addedAt,
        productRemovedAt: item.removedAt,
        reward: { rateBps: item.rateBps, flatFeeMinor: item.flatFeeMinor },
      }));
    return { product, openPlanHistory, targetedPlans: [...byPlan.values()], campaigns: campaignsOut };
  };
}
