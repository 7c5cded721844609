import { and, eq } from "drizzle-orm";
import type { CreatorTargetedPlan, OpenPlanChange, ProductCampaign } from "@/lib/commissions/effective-rate";
import type { Database } from "../client";
import { campaignProducts, campaigns, productRateChanges, products, targetedPlanCreators, targetedPlanProducts, targetedPlans } from "../schema";

/**
 * Everything effectiveRate needs to know about one product for one creator: the product's open
 * plan history, the targeted plans that include it with this creator's invitation, and the
 * campaigns it has been in.
 */
export async function rateFactsFor(db: Database, params: { productId: string; creatorId: string }) {
  const [product] = await db.select({ id: products.id, status: products.status }).from(products).where(eq(products.id, params.productId)).limit(1);
  if (!product) return undefined;
  const [history, plans, campaignRows] = await Promise.all([
    db
      .select({ effectiveAt: productRateChanges.effectiveAt, openToAffiliates: productRateChanges.openToAffiliates, rateBps: productRateChanges.rateBps, flatFeeMinor: productRateChanges.flatFeeMinor })
      .from(productRateChanges)
      .where(eq(productRateChanges.productId, params.productId)),
    db
      .select({ plan: targetedPlans, reward: targetedPlanProducts, invitation: targetedPlanCreators })
      .from(targetedPlanProducts)
      .innerJoin(targetedPlans, eq(targetedPlans.id, targetedPlanProducts.planId))
      .leftJoin(targetedPlanCreators, and(eq(targetedPlanCreators.planId, targetedPlans.id), eq(targetedPlanCreators.creatorId, params.creatorId)))
      .where(eq(targetedPlanProducts.productId, params.productId)),
    db
      .select({ campaign: campaigns, item: campaignProducts })
      .from(campaignProducts)
      .innerJoin(campaigns, eq(campaigns.id, campaignProducts.campaignId))
      .where(eq(campaignProducts.productId, params.productId)),
  ]);
  const openPlanHistory: OpenPlanChange[] = history;
  const targetedPlansOut: CreatorTargetedPlan[] = plans.map(({ plan, reward, invitation }) => ({
    id: plan.id,
    status: plan.status,
    startsAt: plan.startsAt,
    endsAt: plan.endsAt,
    endedAt: plan.endedAt,
    invitation: invitation ? { status: invitation.status, respondedAt: invitation.respondedAt } : null,
    reward: { rateBps: reward.rateBps, flatFeeMinor: reward.flatFeeMinor },
  }));
  const campaignsOut: ProductCampaign[] = campaignRows.map(({ campaign, item }) => ({
    id: campaign.id,
    startsAt: campaign.startsAt,
    endsAt: campaign.endsAt,
    productAddedAt: item.addedAt,
    productRemovedAt: item.removedAt,
    reward: { rateBps: item.rateBps, flatFeeMinor: item.flatFeeMinor },
  }));
  return { product, openPlanHistory, targetedPlans: targetedPlansOut, campaigns: campaignsOut };
}
