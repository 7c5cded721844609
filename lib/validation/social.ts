import "server-only";
import { z } from "zod";
import { followerClaimStateEnum, socialPlatformEnum } from "@/db/schema";
import { MAX_AFFILIATE_THRESHOLD } from "@/lib/creators/threshold";

/** The follower verification forms: the creator's claim, the admin's decision and the threshold. */

export const SOCIAL_PLATFORMS = socialPlatformEnum.enumValues;
export const CLAIM_STATES = followerClaimStateEnum.enumValues;
export const MAX_FOLLOWERS = 100_000_000;

const followerCount = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, { error: message })
    .transform(Number)
    .refine((n) => n <= MAX_FOLLOWERS, { error: "Enter at most 100,000,000 followers" });

export const followerClaimSchema = z.object({
  platform: z.enum(SOCIAL_PLATFORMS, { error: "Choose a platform" }),
  // The address's rules (https, the platform's site) are checked in lib/creators/profile-url.ts, which the command shares.
  profileUrl: z.string().trim().max(500, { error: "Use at most 500 characters" }),
  claimedCount: followerCount("Enter the number of followers as a whole number, like 700"),
});

export const claimIdSchema = z.object({ claimId: z.string().min(1).max(64) });

export const approveClaimSchema = claimIdSchema.extend({ count: followerCount("Enter a whole number of 0 or more") });

export const rejectClaimSchema = claimIdSchema.extend({
  reason: z.string().trim().min(3, { error: "Give a reason (the creator sees it)" }).max(500, { error: "Use at most 500 characters" }),
});

export const thresholdSchema = z.object({
  threshold: z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, { error: "Enter a whole number of at least 1" })
    .transform(Number)
    .refine((n) => n >= 1 && n <= MAX_AFFILIATE_THRESHOLD, { error: "Enter a whole number of at least 1" }),
});
