import "server-only";
import type { Product } from "@/db/schema";
import { creatorTier } from "@/lib/creators/tier";
import { ALLOWED, refused, type Verdict } from "@/lib/verdict";

/**
 * What a creator can link (DOMAIN: Links): a product that is active and open to creators, a campaign
 * that has not ended, their showcase once they are an affiliate creator; never a product or campaign
 * of a shop that blocked them.
 */

// A blocked creator's clicks never earn, so a new link would only mislead them.
const BLOCKED = "This shop no longer works with you, so its products cannot be linked.";

export type CanLinkProduct = Verdict<"not_open" | "blocked">;

/** `creatorBlocked`: the product's shop blocked the creator (a page that does not know leaves it out). */
export function canLinkProduct(product: { title: string; status: Product["status"]; openToAffiliates: boolean }, facts: { creatorBlocked?: boolean } = {}): CanLinkProduct {
  if (product.status !== "active" || !product.openToAffiliates) return refused("not_open", `${product.title} is not open to creators right now.`);
  if (facts.creatorBlocked) return refused("blocked", BLOCKED);
  return ALLOWED;
}

export type CanLinkCampaign = Verdict<"ended" | "blocked">;

/** `creatorBlocked`: the campaign's shop (a shop's campaign) blocked the creator. */
export function canLinkCampaign(campaign: { name: string; endsAt: Date }, facts: { at: Date; creatorBlocked?: boolean }): CanLinkCampaign {
  if (campaign.endsAt <= facts.at) return refused("ended", `${campaign.name} has ended.`);
  if (facts.creatorBlocked) return refused("blocked", BLOCKED);
  return ALLOWED;
}

export type CanLinkShowcase = Verdict<"not_affiliate">;

/**
 * Only affiliate creators (at the verified follower threshold, an admin setting read with
 * currentAffiliateThreshold) have a showcase, to link or to edit; the refusal says how many are missing.
 */
export function canLinkShowcase(followers: number, threshold: number): CanLinkShowcase {
  if (creatorTier(followers, threshold) === "affiliate") return ALLOWED;
  return refused(
    "not_affiliate",
    `Showcases are for affiliate creators: ${(threshold - followers).toLocaleString("en")} more verified followers unlock yours (you have ${followers.toLocaleString("en")} of ${threshold.toLocaleString("en")}).`,
  );
}

export type CanRenewLink = Verdict<"still_earning">;

/**
 * A link is renewed once its 100 days are over (DOMAIN: Links): the new one has the same target,
 * channel and sub-id and earns for another 100 days. What it points at is checked as for a new link.
 */
export function canRenewLink(link: { earnsUntil: Date }, facts: { at: Date }): CanRenewLink {
  if (link.earnsUntil > facts.at) return refused("still_earning", "This link still earns: renew it once its 100 days are over.");
  return ALLOWED;
}
