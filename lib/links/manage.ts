import "server-only";
import type { Database } from "@/db/client";
import { findCreatorLink, findRenewal, markLinkDisabled } from "@/db/queries/creator-links";
import { lockCreatorLinks, type LinkKey } from "@/db/queries/links";
import type { Link } from "@/db/schema";
import { isUniqueViolation } from "@/db/sql-helpers";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { refuseUnless } from "@/lib/verdict";
import { insertNewLink, refuseUnlinkableTarget, type LinkRequest } from "./generate";
import { canRenewLink } from "./rules";

/**
 * Switches a creator's link off: from `at` its short link answers 410 (lib/links/follow.ts), on
 * every process within the link cache's trust (lib/links/link-cache.ts). Disabling twice keeps the
 * first time.
 */
export async function disableLink(db: Database, params: { creatorId: string; linkId: string; at: Date }): Promise<{ id: string; disabledAt: Date }> {
  const row = await markLinkDisabled(db, params);
  if (!row?.disabledAt) throw new NotFoundError("The link");
  return { id: row.id, disabledAt: row.disabledAt };
}

/**
 * A new link for an expired one: the same target, channel and sub-id, earning for 100 days from
 * `at`. A link is renewed once (links.renews_link_id is unique): a second request, a double click
 * included, gets the same new link back with `created: false`.
 */
export async function renewLink(db: Database, { creatorId, linkId, at }: { creatorId: string; linkId: string; at: Date }): Promise<{ link: Link; created: boolean }> {
  const old = await findCreatorLink(db, { creatorId, linkId });
  if (!old) throw new NotFoundError("The link");
  const earlier = await findRenewal(db, { creatorId, linkId });
  if (earlier) return { link: earlier, created: false };
  refuseUnless(canRenewLink(old, { at }));
  const target: LinkRequest["target"] =
    old.type === "product" ? { type: "product", productId: old.productId! } : old.type === "campaign" ? { type: "campaign", campaignId: old.campaignId! } : { type: "showcase" };
  await refuseUnlinkableTarget(db, { creatorId, target, at });
  const key: LinkKey = { creatorId, type: old.type, productId: old.productId, campaignId: old.campaignId, channel: old.channel, subId: old.subId };
  return db.transaction(async (tx) => {
    // The same lock as "Get link": two renewals of one link run one after the other, and the second finds the first's.
    await lockCreatorLinks(tx, creatorId);
    const renewed = await findRenewal(tx, { creatorId, linkId });
    if (renewed) return { link: renewed, created: false };
    try {
      return { link: await insertNewLink(tx, key, at, { renewsLinkId: linkId }), created: true };
    } catch (error) {
      if (isUniqueViolation(error, "links_renews_key")) throw new UserFacingError("This link was already renewed.");
      throw error;
    }
  });
}
