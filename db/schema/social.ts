import { check, index, integer, pgEnum, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { tstz } from "./columns";
import { media, users } from "./users";

export const socialPlatformEnum = pgEnum("social_platform", ["tiktok", "instagram", "youtube", "facebook", "threads", "x", "blog"]);
export const followerClaimStateEnum = pgEnum("follower_claim_state", ["pending", "approved", "rejected"]);

/**
 * A creator's claim of followers on one social account (DOMAIN: Joining), with its proof and, once
 * an admin decides it, the decision. A claim is decided once (pending → approved or rejected, never
 * back) and never edited after: a new count or a re-submission after a rejection is a new row, so
 * the rows are the account's history. The account's verified count is its latest approved claim's
 * decided count; the creator's verified total (creator_profiles.follower_count) is their sum.
 */
export const followerClaims = pgTable(
  "follower_claims",
  {
    id: text("id").primaryKey(),
    creatorId: text("creator_id").notNull().references(() => users.id),
    platform: socialPlatformEnum("platform").notNull(),
    profileUrl: text("profile_url").notNull(),
    claimedCount: integer("claimed_count").notNull(),
    proofMediaId: text("proof_media_id").notNull().references(() => media.id),
    state: followerClaimStateEnum("state").notNull().default("pending"),
    /** What the admin counted: the claimed count, or a corrected one. */
    decidedCount: integer("decided_count"),
    /** Why a claim was rejected (the creator reads it). */
    reason: text("reason"),
    decidedBy: text("decided_by").references(() => users.id),
    decidedAt: tstz("decided_at"),
    createdAt: tstz("created_at").notNull(),
  },
  (t) => [
    index("follower_claims_creator_idx").on(t.creatorId, t.platform, t.createdAt),
    index("follower_claims_pending_idx").on(t.createdAt).where(sql`${t.state} = 'pending'`),
    // One claim waiting for a decision per creator and platform: a second one would race the first.
    uniqueIndex("follower_claims_one_pending_key").on(t.creatorId, t.platform).where(sql`${t.state} = 'pending'`),
    check("follower_claims_counts_chk", sql`${t.claimedCount} >= 0 and (${t.decidedCount} is null or ${t.decidedCount} >= 0)`),
    check("follower_claims_url_chk", sql`${t.profileUrl} like 'https://%' and char_length(${t.profileUrl}) <= 500`),
    check(
      "follower_claims_decision_chk",
      sql`(${t.state} = 'pending' and ${t.decidedAt} is null and ${t.decidedBy} is null and ${t.decidedCount} is null and ${t.reason} is null)
       or (${t.state} = 'approved' and ${t.decidedAt} is not null and ${t.decidedBy} is not null and ${t.decidedCount} is not null and ${t.reason} is null)
       or (${t.state} = 'rejected' and ${t.decidedAt} is not null and ${t.decidedBy} is not null and ${t.decidedCount} is null and char_length(${t.reason}) between 3 and 500)`,
    ),
  ],
);

export type FollowerClaim = typeof followerClaims.$inferSelect;
export type NewFollowerClaim = typeof followerClaims.$inferInsert;
export type SocialPlatform = (typeof socialPlatformEnum.enumValues)[number];
export type FollowerClaimState = (typeof followerClaimStateEnum.enumValues)[number];
