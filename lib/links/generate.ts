import "server-only";
import type { Database } from "@/db/client";
import { creatorFollowerCount, findCampaignForLink, findEarningLink, findLinkableProduct, insertLink, isCreatorBlocked, lockCreatorLinks, type LinkKey } from "@/db/queries/links";
import { isUniqueViolation } from "@/db/sql-helpers";
import type { Channel, Link } from "@/db/schema";
import { LINK_EARNING_DAYS } from "@/lib/attribution";
import { addDays } from "@/lib/clock";
import { NotFoundError } from "@/lib/errors";
import { newId, randomCode } from "@/lib/ids";
import { currentAffiliateThreshold } from "@/lib/creators/threshold";
import { refuseUnless } from "@/lib/verdict";
import { canLinkCampaign, canLinkProduct, canLinkShowcase } from "./rules";

export const LINK_CODE_LENGTH = 8;

export type LinkRequest = {
  creatorId: string;
  target: { type: "product"; productId: string } | { type: "showcase" } | { type: "campaign"; campaignId: string };
  channel: Channel;
  subId: string;
  at: Date;
};

/**
 * The creator's link for a product, their showcase or a campaign. The same target, channel and
 * sub-id give the same link back while it still earns; after its 100 days a new one is made.
 */
/**
 * Refuses a target the creator may not link now (DOMAIN: Links): a product not open to creators, a
 * campaign that has ended, a shop that blocked them, a showcase before they are an affiliate creator.
 */
export async function refuseUnlinkableTarget(db: Database, { creatorId, target, at }: Pick<LinkRequest, "creatorId" | "target" | "at">): Promise<void> {
  if (target.type === "product") {
    const product = await findLinkableProduct(db, target.productId);
    if (!product) throw new NotFoundError("The product");
    refuseUnless(canLinkProduct(product, { creatorBlocked: await isCreatorBlocked(db, { shopId: product.shopId, creatorId }) }));
  } else if (target.type === "campaign") {
    const campaign = await findCampaignForLink(db, target.campaignId);
    if (!campaign) throw new NotFoundError("The campaign");
    refuseUnless(canLinkCampaign(campaign, { at, creatorBlocked: !!campaign.shopId && (await isCreatorBlocked(db, { shopId: campaign.shopId, creatorId })) }));
  } else {
    refuseUnless(canLinkShowcase((await creatorFollowerCount(db, creatorId)) ?? 0, await currentAffiliateThreshold(db)));
  }
}

/** A new link for `key`, earning for 100 days from `at`, under a fresh random code. */
export async function insertNewLink(tx: Database, key: LinkKey, at: Date, extra: { renewsLinkId?: string } = {}): Promise<Link> {
  for (let attempt = 0; ; attempt++) {
    try {
      // A savepoint per try: a code collision (one in 55^8) must not abort the whole transaction.
      return await tx.transaction((sp) =>
        insertLink(sp, { id: newId("lnk"), code: randomCode(LINK_CODE_LENGTH), ...key, ...extra, createdAt: at, earnsUntil: addDays(at, LINK_EARNING_DAYS) }),
      );
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error, "links_code_key")) continue;
      throw error;
    }
  }
}

/**
 * The creator's link for a product, their showcase or a campaign. The same target, channel and
 * sub-id give the same link back while it still earns; after its 100 days a new one is made.
 */
export async function getOrCreateLink(db: Database, request: LinkRequest): Promise<{ link: Link; created: boolean }> {
  const { target, creatorId, at } = request;
  await refuseUnlinkableTarget(db, request);
  const key: LinkKey = {
    creatorId,
    type: target.type,
    productId: target.type === "product" ? target.productId : null,
    campaignId: target.type === "campaign" ? target.campaignId : null,
    channel: request.channel,
    subId: request.subId,
  };
  return db.transaction(async (tx) => {
    await lockCreatorLinks(tx, creatorId);
    const existing = await findEarningLink(tx, key, at);
    if (existing) return { link: existing, created: false };
    return { link: await insertNewLink(tx, key, at), created: true };
  });
}

/** A creator's link as their pages show it (the row db/queries reads). */
export type { CreatorLink } from "@/db/queries/creator-links";
