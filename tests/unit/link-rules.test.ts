import { afterEach, describe, expect, it } from "vitest";
import { canLinkCampaign, canLinkProduct, canLinkShowcase } from "@/lib/links/rules";

afterEach(() => {
  delete process.env.AFFILIATE_FOLLOWER_THRESHOLD;
});

const BLOCKED = { ok: false, reason: "blocked", message: "This shop no longer works with you, so its products cannot be linked." };

describe("which product a creator can link", () => {
  const product = { title: "Silk Scarf", status: "active" as const, openToAffiliates: true };

  it("an active product open to creators, unless its shop blocked the creator", () => {
    expect(canLinkProduct(product)).toEqual({ ok: true });
    expect(canLinkProduct(product, { creatorBlocked: false })).toEqual({ ok: true });
    expect(canLinkProduct(product, { creatorBlocked: true })).toEqual(BLOCKED);
  });

  it("not a product closed to creators or archived, and that reason comes first", () => {
    const notOpen = { ok: false, reason: "not_open", message: "Silk Scarf is not open to creators right now." };
    expect(canLinkProduct({ ...product, openToAffiliates: false })).toEqual(notOpen);
    expect(canLinkProduct({ ...product, status: "archived" })).toEqual(notOpen);
    expect(canLinkProduct({ ...product, status: "archived" }, { creatorBlocked: true })).toEqual(notOpen);
  });
});

describe("which campaign a creator can link", () => {
  const at = new Date("2026-11-22T12:00:00Z");
  const campaign = { name: "Tết Gift Week", endsAt: new Date("2026-11-22T12:00:01Z") };

  it("a campaign until its end, unless its shop blocked the creator", () => {
    expect(canLinkCampaign(campaign, { at })).toEqual({ ok: true });
    expect(canLinkCampaign(campaign, { at, creatorBlocked: true })).toEqual(BLOCKED);
  });

  it("not once it has ended (at its end time exactly too)", () => {
    const ended = { ok: false, reason: "ended", message: "Tết Gift Week has ended." };
    expect(canLinkCampaign({ ...campaign, endsAt: at }, { at })).toEqual(ended);
    expect(canLinkCampaign(campaign, { at: new Date("2026-11-23T00:00:00Z"), creatorBlocked: true })).toEqual(ended);
  });
});

describe("who can link (and edit) a showcase", () => {
  it("an affiliate creator, at the threshold or above", () => {
    expect(canLinkShowcase(600, 600)).toEqual({ ok: true });
    expect(canLinkShowcase(12_000, 600)).toEqual({ ok: true });
    expect(canLinkShowcase(100, 100)).toEqual({ ok: true });
  });

  it("not a link-share creator, who is told how many verified followers are missing", () => {
    expect(canLinkShowcase(350, 600)).toEqual({
      ok: false,
      reason: "not_affiliate",
      message: "Showcases are for affiliate creators: 250 more verified followers unlock yours (you have 350 of 600).",
    });
    expect(canLinkShowcase(1200, 1500)).toMatchObject({ ok: false, message: "Showcases are for affiliate creators: 300 more verified followers unlock yours (you have 1,200 of 1,500)." });
  });
});
