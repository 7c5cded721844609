import "server-only";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { decidePendingClaim, findFollowerClaim, insertFollowerClaim, insertProofMedia, lockCreatorProfile, setVerifiedFollowers, verifiedAccounts } from "@/db/queries/social";
import type { FollowerClaim, SocialPlatform } from "@/db/schema";
import { isUniqueViolation } from "@/db/sql-helpers";
import { invalidFields, NotFoundError, UserFacingError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import type { ImageCheck } from "@/lib/media/image-upload";
import { notify } from "@/lib/notifications/notify";
import { checkProfileUrl } from "./profile-url";
import { currentAffiliateThreshold } from "./threshold";
import { creatorTier } from "./tier";

/**
 * Follower verification (DOMAIN: Joining). A creator claims followers on a social account with a
 * screenshot as proof; an admin approves it (with the claimed or a corrected count) or rejects it
 * with a reason. The verified total is the sum of each platform's latest approved count, written to
 * the creator's profile in the same transaction as the decision, with the audit entry and the
 * creator's notifications; reaching the threshold makes them an affiliate creator at once.
 */

export const ALREADY_PENDING = "You already have a claim for this account waiting for a decision.";
export const ALREADY_DECIDED = "This claim has already been decided.";

export async function submitFollowerClaim(
  db: Database,
  params: { creatorId: string; platform: SocialPlatform; profileUrl: string; claimedCount: number; proof: ImageCheck | null; at: Date },
): Promise<FollowerClaim> {
  const url = checkProfileUrl(params.platform, params.profileUrl);
  if (!url.ok) throw invalidFields({ profileUrl: url.error });
  if (!params.proof) throw invalidFields({ proof: "Add a screenshot of the profile showing its followers" });
  if (!params.proof.ok) throw invalidFields({ proof: params.proof.error });
  const proof = params.proof;
  try {
    return await db.transaction(async (tx) => {
      const proofMediaId = newId("med");
      await insertProofMedia(tx, { id: proofMediaId, ownerUserId: params.creatorId, contentType: proof.contentType, bytes: proof.bytes, at: params.at });
      return insertFollowerClaim(tx, {
        id: newId("fcl"),
        creatorId: params.creatorId,
        platform: params.platform,
        profileUrl: url.url,
        claimedCount: params.claimedCount,
        proofMediaId,
        createdAt: params.at,
      });
    });
  } catch (error) {
    // The partial unique index keeps one pending claim per creator and platform, even for two tabs at once.
    if (isUniqueViolation(error, "follower_claims_one_pending_key")) throw new UserFacingError(ALREADY_PENDING);
    throw error;
  }
}

export type ClaimDecision = { approve: true; correctedCount?: number } | { approve: false; reason: string };

export type DecisionResult = { claim: FollowerClaim; followers: number; threshold: number; becameAffiliate: boolean };

export async function decideFollowerClaim(db: Database, params: { claimId: string; decision: ClaimDecision; adminUserId: string; at: Date }): Promise<DecisionResult> {
  const d = params.decision;
  if (!d.approve && d.reason.trim().length < 3) throw invalidFields({ reason: "Give a reason (the creator sees it)" });
  if (d.approve && d.correctedCount !== undefined && (!Number.isInteger(d.correctedCount) || d.correctedCount < 0)) throw invalidFields({ count: "Enter a whole number of 0 or more" });
  const found = await findFollowerClaim(db, params.claimId);
  if (!found) throw new NotFoundError("The claim");
  return db.transaction(async (tx) => {
    // The profile's lock orders decisions on one creator's claims, so each sums what the others settled.
    const profile = await lockCreatorProfile(tx, found.creatorId);
    if (!profile) throw new NotFoundError("The creator");
    const claim = await decidePendingClaim(tx, {
      claimId: found.id,
      decision: d.approve ? { state: "approved", decidedCount: d.correctedCount ?? found.claimedCount } : { state: "rejected", reason: d.reason.trim().slice(0, 500) },
      adminUserId: params.adminUserId,
      at: params.at,
    });
    // Another admin decided it first (the UPDATE waited for their row and found it no longer pending).
    if (!claim) throw new UserFacingError(ALREADY_DECIDED);

    const accounts = await verifiedAccounts(tx, claim.creatorId);
    const followers = accounts.reduce((sum, a) => sum + (a.count ?? 0), 0);
    await setVerifiedFollowers(tx, { creatorId: claim.creatorId, followers, at: params.at });
    const threshold = await currentAffiliateThreshold(tx);
    const becameAffiliate = creatorTier(profile.followerCount, threshold) === "link_share" && creatorTier(followers, threshold) === "affiliate";

    if (claim.state === "approved") {
      await notify(tx, { recipientId: claim.creatorId, kind: "claim_approved", params: { platform: claim.platform, count: claim.decidedCount!, followers }, at: params.at });
    } else {
      await notify(tx, { recipientId: claim.creatorId, kind: "claim_rejected", params: { platform: claim.platform, reason: claim.reason! }, at: params.at });
    }
    if (becameAffiliate) await notify(tx, { recipientId: claim.creatorId, kind: "tier_reached", params: { threshold, followers }, at: params.at });

    const counted = claim.state === "approved" ? `approved ${claim.decidedCount} (claimed ${claim.claimedCount})` : `rejected: ${claim.reason}`;
    await recordAudit(tx, {
      actorUserId: params.adminUserId,
      action: claim.state === "approved" ? "creator:claim-approve" : "creator:claim-reject",
      subjectId: claim.id,
      detail: `@${profile.handle} ${claim.platform} ${counted}; verified ${profile.followerCount} → ${followers}`,
      at: params.at,
    });
    return { claim, followers, threshold, becameAffiliate };
  });
}
