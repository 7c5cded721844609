import "server-only";
import type { Database } from "@/db/client";
import { readSetting, writeSetting } from "@/db/queries/settings";
import { invalidFields } from "@/lib/errors";
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
 * or above a lowered threshold are affiliate creators from the next request on.
 */
export async function setAffiliateThreshold(db: Database, params: { threshold: number; adminUserId: string; at: Date }) {
  if (!Number.isInteger(params.threshold) || params.threshold < 1 || params.threshold > MAX_AFFILIATE_THRESHOLD) throw invalidFields({ threshold: "Enter a whole number of at least 1" });
  const before = await currentAffiliateThreshold(db);
  await writeSetting(db, { key: AFFILIATE_THRESHOLD_SETTING, value: params.threshold, actorUserId: params.adminUserId, at: params.at, detail: `${before} → ${params.threshold}` });
}
