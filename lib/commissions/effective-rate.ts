import "server-only";
import { commissionAmount } from "@/lib/commissions/amount";

/**
 * The rate a creator is entitled to on one product at the time of an order: the best of the open
 * plan, the targeted plans they accepted and the campaign their link points to. The result is what
 * gets frozen on the commission, so every input is dated and `at` is the order time, never "now".
 */

export type LinkType = "product" | "showcase" | "campaign";

/**
 * What a plan pays per converting order line: a percentage (basis points) plus a flat fee (bounty)
 * in the order's minor units. A rate of 0 with a fee is a bounty paid "instead of" a percentage.
 */
export type Reward = { rateBps: number; flatFeeMinor: number };

/** One change of a product's open plan, effective from `effectiveAt` until the next change. */
export type OpenPlanChange = Reward & { effectiveAt: Date; openToAffiliates: boolean };

export type TargetedPlanStatus = "draft" | "live" | "ended";

/** The dates and stored status of a targeted plan: all that decides whether it is in force. */
export type TargetedPlanSchedule = {
  status: TargetedPlanStatus;
  startsAt: Date;
  endsAt: Date;
  /** When the seller ended the plan early; null while it has not been ended. */
  endedAt: Date | null;
};

export type Invitation = { status: "pending" | "accepted" | "declined" | "withdrawn"; respondedAt: Date | null };

/** A targeted plan that includes the product, with this creator's invitation (null if not invited). */
export type CreatorTargetedPlan = TargetedPlanSchedule & { id: string; invitation: Invitation | null; reward: Reward };

/** A campaign that includes (or included) the product, with the product's campaign reward. */
export type ProductCampaign = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  productAddedAt: Date;
  productRemovedAt: Date | null;
  reward: Reward;
};

export type EffectiveRateInput = {
  /** The time of the order. */
  at: Date;
  linkType: LinkType;
  /** The campaign a campaign link points to; null for product and showcase links. */
  linkCampaignId: string | null;
  /** What the buyer paid for the line; when given, plans are compared on the commission they pay. */
  baseMinor?: number;
  product: { id: string; status: "active" | "archived" };
  openPlanHistory: OpenPlanChange[];
  targetedPlans: CreatorTargetedPlan[];
  campaigns: ProductCampaign[];
};

export type PlanKind = "open" | "targeted" | "campaign";

export type EffectiveRate =
  | { earns: true; planKind: PlanKind; planId: string | null; rateBps: number; flatFeeMinor: number }
  | { earns: false; reason: "product_archived" | "product_closed" | "no_plan" };

export type TargetedPlanState = "draft" | "live" | "ended" | "expired" | "scheduled";

/**
 * A targeted plan's state at `at`. Ending early is dated: a plan the seller ended after `at` was
 * still running at `at`, so orders placed before the end keep its rate. A plan stored as ended
 * without an end time is treated as ended, since we cannot tell which orders it covered.
 */
export function targetedPlanState(plan: TargetedPlanSchedule, at: Date): TargetedPlanState {
  if (plan.status === "draft") return "draft";
  const endedEarly = plan.endedAt === null ? plan.status === "ended" : plan.endedAt.getTime() <= at.getTime();
  if (endedEarly) return "ended";
  if (at.getTime() < plan.startsAt.getTime()) return "scheduled";
  if (at.getTime() >= plan.endsAt.getTime()) return "expired";
  return "live";
}

/** Whether a targeted plan pays anyone at `at` (invitations aside). */
export function isPlanInForce(plan: TargetedPlanSchedule, at: Date): boolean {
  return targetedPlanState(plan, at) === "live";
}

export function effectiveRate(input: EffectiveRateInput): EffectiveRate {
  const { at } = input;
  // Archived or closed products earn nothing, whatever targeted plans or campaigns include them.
  if (input.product.status === "archived") return { earns: false, reason: "product_archived" };
  const open = openPlanInForce(input.openPlanHistory, at);
  if (open === undefined || !open.openToAffiliates) return { earns: false, reason: "product_closed" };

  const offers: Offer[] = [
    offer("open", null, open),
    ...input.targetedPlans
      .filter((plan) => isPlanInForce(plan, at) && acceptedBy(plan.invitation, at))
      .map((plan) => offer("targeted", plan.id, plan.reward)),
    ...input.campaigns
      .filter((campaign) => campaignPaysThroughLink(campaign, input))
      .map((campaign) => offer("campaign", campaign.id, campaign.reward)),
  ].filter((candidate) => candidate.rateBps > 0 || candidate.flatFeeMinor > 0); // 0 bps and no fee pays nothing

  offers.forEach(assertAllowedReward);
  const [best] = offers.sort((a, b) => compareOffers(a, b, input.baseMinor));
  if (best === undefined) return { earns: false, reason: "no_plan" };
  return { earns: true, planKind: best.planKind, planId: best.planId, rateBps: best.rateBps, flatFeeMinor: best.flatFeeMinor };
}

type Offer = Reward & { planKind: PlanKind; planId: string | null };

function offer(planKind: PlanKind, planId: string | null, reward: Reward): Offer {
  return { planKind, planId, rateBps: reward.rateBps, flatFeeMinor: reward.flatFeeMinor };
}

/**
 * The open plan in force is the latest change effective at or before the order: a change made
 * later never rewrites an earlier order. The history may come unsorted; of two changes at the same
 * instant, the later one in the list wins (it was recorded last).
 */
function openPlanInForce(history: OpenPlanChange[], at: Date): OpenPlanChange | undefined {
  let inForce: OpenPlanChange | undefined;
  for (const change of history) {
    if (change.effectiveAt.getTime() > at.getTime()) continue;
    if (inForce === undefined || change.effectiveAt.getTime() >= inForce.effectiveAt.getTime()) inForce = change;
  }
  return inForce;
}

/** A targeted plan only pays a creator who had accepted the invitation by the time of the order. */
function acceptedBy(invitation: Invitation | null, at: Date): boolean {
  return (
    invitation !== null &&
    invitation.status === "accepted" &&
    invitation.respondedAt !== null &&
    invitation.respondedAt.getTime() <= at.getTime()
  );
}

/**
 * Campaign rates are earned only through a link to that very campaign (a product or showcase link
 * earns the open or targeted rate), during the campaign, while the product was part of it.
 */
function campaignPaysThroughLink(campaign: ProductCampaign, input: EffectiveRateInput): boolean {
  const at = input.at.getTime();
  return (
    input.linkType === "campaign" &&
    input.linkCampaignId === campaign.id &&
    campaign.startsAt.getTime() <= at &&
    at < campaign.endsAt.getTime() &&
    campaign.productAddedAt.getTime() <= at &&
    (campaign.productRemovedAt === null || at < campaign.productRemovedAt.getTime())
  );
}

/**
 * On equal pay, a targeted plan is credited before a campaign, and a campaign before the open plan:
 * the creator gets the same money either way, and the sale then counts for the most specific
 * arrangement the seller made (the plan negotiated with this creator, then the campaign the link
 * promoted) in the seller's per-plan reports. The lower plan id breaks the rest, so reruns agree.
 */
const TIE_PREFERENCE: Record<PlanKind, number> = { targeted: 0, campaign: 1, open: 2 };

/** Negative when `a` is the better offer for the creator. */
function compareOffers(a: Offer, b: Offer, baseMinor: number | undefined): number {
  const byPay =
    baseMinor === undefined
      ? b.rateBps - a.rateBps || b.flatFeeMinor - a.flatFeeMinor
      : commissionAmount(baseMinor, b.rateBps, b.flatFeeMinor) - commissionAmount(baseMinor, a.rateBps, a.flatFeeMinor);
  if (byPay !== 0) return byPay;
  const byKind = TIE_PREFERENCE[a.planKind] - TIE_PREFERENCE[b.planKind];
  if (byKind !== 0) return byKind;
  const idA = a.planId ?? "";
  const idB = b.planId ?? "";
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/**
 * Sellers may set 1%–80% (100–8000 bps), or 0 for a flat-fee-only bounty; fees are never negative.
 * Anything else is a data bug, and freezing it onto a commission would pay the wrong amount.
 */
function assertAllowedReward(candidate: Offer): void {
  const { rateBps, flatFeeMinor } = candidate;
  const rateAllowed = Number.isInteger(rateBps) && (rateBps === 0 || (rateBps >= 100 && rateBps <= 8000));
  if (!rateAllowed || !Number.isSafeInteger(flatFeeMinor) || flatFeeMinor < 0) {
    throw new RangeError(
      `${candidate.planKind} plan ${candidate.planId ?? ""} has a reward outside the allowed range: ${rateBps} bps, fee ${flatFeeMinor}`,
    );
  }
}
