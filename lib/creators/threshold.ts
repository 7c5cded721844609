import "server-only";
import type { Database } from "@/db/client";
import { readSetting, writeSetting } from "@/db/queries/settings";
import { creatorsWithFollowersBetween } from "@/db/queries/social";
import { invalidFields } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { affiliateThreshold } from "./tier";

/** The admin's setting (app_settings); without one, the deployment's default (AFFILIATE_FOLLOWER_THRESHOLD, else 600). */
export const AFFILIATE_THRESHOLD_SETTING = "affiliate_follower_threshold";
export const MAX_AFFILIATE_THRESHOLD = 100_000_000;

export async function currentAffiliateThreshold(db: Database): Promise<number> {
  const stored = await readSetting<number>(db, AFFILIATE_THRESHOLD_SETTING);
  return Number.isInteger(stored) && stored! > 0 ? stored! : affiliateThreshold();
}

/**
 * An admin sets the threshold. The tier is the verified total against the threshold, so creators at
 * or above a lowered threshold are affiliate creators from the next request on; they are told, in the
 * same transaction as the setting and its audit entry.
 */
export async function setAffiliateThreshold(db: Database, params: { threshold: number; adminUserId: string; at: Date }) {
  if (!Number.isInteger(params.threshold) || params.threshold < 1 || params.threshold > MAX_AFFILIATE_THRESHOLD) throw invalidFields({ threshold: "Enter a whole number of at least 1" });
  await db.transaction(async (tx) => {
    const before = await currentAffiliateThreshold(tx);
    await writeSetting(tx, { key: AFFILIATE_THRESHOLD_SETTING, value: params.threshold, actorUserId: params.adminUserId, at: params.at, detail: `${before} → ${params.threshold}` });
    if (params.threshold >= before) return;
    for (const c of await creatorsWithFollowersBetween(tx, { from: params.threshold, to: before })) {
      await notify(tx, { recipientId: c.creatorId, kind: "tier_reached", params: { threshold: params.threshold, followers: c.followers }, at: params.at });
    }
  });
}
