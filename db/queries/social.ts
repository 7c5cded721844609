import "server-only";
import { and, asc, desc, eq, gte, lt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { creatorProfiles, followerClaims, media, users, type NewFollowerClaim, type SocialPlatform } from "../schema";

export async function insertFollowerClaim(db: Database, claim: NewFollowerClaim) {
  const [row] = await db.insert(followerClaims).values(claim).returning();
  return row!;
}

export async function insertProofMedia(db: Database, params: { id: string; ownerUserId: string; contentType: string; bytes: Buffer; at: Date }) {
  await db.insert(media).values({ id: params.id, ownerUserId: params.ownerUserId, contentType: params.contentType, byteSize: params.bytes.byteLength, bytes: params.bytes, createdAt: params.at });
}

export async function findFollowerClaim(db: Database, claimId: string) {
  const [row] = await db.select().from(followerClaims).where(eq(followerClaims.id, claimId)).limit(1);
  return row;
}

/** The creator's profile row, locked: decisions on one creator's claims take turns, so each total is summed over settled rows. */
export async function lockCreatorProfile(db: Database, creatorId: string) {
  const [row] = await db.select().from(creatorProfiles).where(eq(creatorProfiles.userId, creatorId)).for("update").limit(1);
  return row;
}

type Decision = { state: "approved"; decidedCount: number } | { state: "rejected"; reason: string };

/** Decides a claim that is still pending; undefined when it is not (another admin was first). */
export async function decidePendingClaim(db: Database, params: { claimId: string; decision: Decision; adminUserId: string; at: Date }) {
  const d = params.decision;
  const [row] = await db
    .update(followerClaims)
    .set({
      state: d.state,
      decidedCount: d.state === "approved" ? d.decidedCount : null,
      reason: d.state === "rejected" ? d.reason : null,
      decidedBy: params.adminUserId,
      decidedAt: params.at,
    })
    .where(and(eq(followerClaims.id, params.claimId), eq(followerClaims.state, "pending")))
    .returning();
  return row;
}

/** Each platform's latest approved claim: what counts for the creator now. */
export async function verifiedAccounts(db: Database, creatorId: string) {
  return db
    .selectDistinctOn([followerClaims.platform], { platform: followerClaims.platform, profileUrl: followerClaims.profileUrl, count: followerClaims.decidedCount, decidedAt: followerClaims.decidedAt })
    .from(followerClaims)
    .where(and(eq(followerClaims.creatorId, creatorId), eq(followerClaims.state, "approved")))
    .orderBy(followerClaims.platform, desc(followerClaims.decidedAt), desc(followerClaims.id));
}

export async function setVerifiedFollowers(db: Database, params: { creatorId: string; followers: number; at: Date }) {
  await db.update(creatorProfiles).set({ followerCount: params.followers, followersVerifiedAt: params.at }).where(eq(creatorProfiles.userId, params.creatorId));
}

/** Every claim of the creator, newest first: the history of each account. */
export async function creatorClaims(db: Database, creatorId: string) {
  return db.select().from(followerClaims).where(eq(followerClaims.creatorId, creatorId)).orderBy(desc(followerClaims.createdAt), desc(followerClaims.id));
}

/** The admin's queue: pending claims oldest first, with who claims and what they have verified already. */
export async function pendingClaimsForAdmin(db: Database, limit = 100) {
  return db
    .select({
      id: followerClaims.id,
      creatorId: followerClaims.creatorId,
      platform: followerClaims.platform,
      profileUrl: followerClaims.profileUrl,
      claimedCount: followerClaims.claimedCount,
      proofMediaId: followerClaims.proofMediaId,
      createdAt: followerClaims.createdAt,
      creatorName: users.name,
      creatorEmail: users.email,
      handle: creatorProfiles.handle,
      verifiedFollowers: creatorProfiles.followerCount,
      earlierClaims: sql<number>`(select count(*)::int from ${followerClaims} f2 where f2.creator_id = ${followerClaims.creatorId} and f2.platform = ${followerClaims.platform} and f2.id <> ${followerClaims.id})`,
    })
    .from(followerClaims)
    .innerJoin(users, eq(users.id, followerClaims.creatorId))
    .innerJoin(creatorProfiles, eq(creatorProfiles.userId, followerClaims.creatorId))
    .where(eq(followerClaims.state, "pending"))
    .orderBy(asc(followerClaims.createdAt), asc(followerClaims.id))
    .limit(limit);
}

export async function pendingClaimFor(db: Database, params: { creatorId: string; platform: SocialPlatform }) {
  const [row] = await db
    .select({ id: followerClaims.id })
    .from(followerClaims)
    .where(and(eq(followerClaims.creatorId, params.creatorId), eq(followerClaims.platform, params.platform), eq(followerClaims.state, "pending")))
    .limit(1);
  return row;
}

/** Creators whose verified total is at least `from` and below `to`: those a threshold lowered from `to` to `from` makes affiliate creators. */
export async function creatorsWithFollowersBetween(db: Database, params: { from: number; to: number }) {
  return db
    .select({ creatorId: creatorProfiles.userId, followers: creatorProfiles.followerCount })
    .from(creatorProfiles)
    .where(and(gte(creatorProfiles.followerCount, params.from), lt(creatorProfiles.followerCount, params.to)));
}
