import "server-only";

/**
 * Anyone can join as a link-share creator; at the verified follower threshold (default 600,
 * AFFILIATE_FOLLOWER_THRESHOLD to change it) a creator becomes an affiliate creator, the only
 * kind that can build and share a showcase.
 */
export type CreatorTier = "link_share" | "affiliate";

export function affiliateThreshold(): number {
  const configured = Number(process.env.AFFILIATE_FOLLOWER_THRESHOLD);
  return Number.isInteger(configured) && configured > 0 ? configured : 600;
}

export function creatorTier(followerCount: number, threshold = affiliateThreshold()): CreatorTier {
  return followerCount >= threshold ? "affiliate" : "link_share";
}
