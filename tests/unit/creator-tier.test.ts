import { afterEach, describe, expect, it } from "vitest";
import { affiliateThreshold, creatorTier } from "@/lib/creators/tier";

afterEach(() => {
  delete process.env.AFFILIATE_FOLLOWER_THRESHOLD;
});

describe("creator tiers", () => {
  it("makes anyone under 600 verified followers a link-share creator", () => {
    expect(creatorTier(0)).toBe("link_share");
    expect(creatorTier(599)).toBe("link_share");
  });

  it("makes a creator at the threshold an affiliate creator", () => {
    expect(creatorTier(600)).toBe("affiliate");
  });

  it("reads another threshold from AFFILIATE_FOLLOWER_THRESHOLD and ignores nonsense", () => {
    process.env.AFFILIATE_FOLLOWER_THRESHOLD = "1000";
    expect(affiliateThreshold()).toBe(1000);
    expect(creatorTier(600)).toBe("link_share");
    process.env.AFFILIATE_FOLLOWER_THRESHOLD = "-5";
    expect(affiliateThreshold()).toBe(600);
  });
});
