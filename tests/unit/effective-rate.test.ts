import { describe, expect, it } from "vitest";
import {
  effectiveRate,
  isPlanInForce,
  targetedPlanState,
  type CreatorTargetedPlan,
  type EffectiveRateInput,
  type OpenPlanChange,
  type ProductCampaign,
  type TargetedPlanSchedule,
} from "@/lib/commissions/effective-rate";

const day = (n: number) => new Date(Date.UTC(2025, 4, n, 12));
const ORDER_AT = day(15);

const openChange = (over: Partial<OpenPlanChange> = {}): OpenPlanChange => ({
  effectiveAt: day(1),
  openToAffiliates: true,
  rateBps: 1000,
  flatFeeMinor: 0,
  ...over,
});

const targetedPlan = (over: Partial<CreatorTargetedPlan> = {}): CreatorTargetedPlan => ({
  id: "tp_1",
  status: "live",
  startsAt: day(10),
  endsAt: day(20),
  endedAt: null,
  invitation: { status: "accepted", respondedAt: day(11) },
  reward: { rateBps: 2000, flatFeeMinor: 0 },
  ...over,
});

const campaign = (over: Partial<ProductCampaign> = {}): ProductCampaign => ({
  id: "cmp_1",
  startsAt: day(10),
  endsAt: day(20),
  productAddedAt: day(10),
  productRemovedAt: null,
  reward: { rateBps: 1500, flatFeeMinor: 0 },
  ...over,
});

const situation = (over: Partial<EffectiveRateInput> = {}): EffectiveRateInput => ({
  at: ORDER_AT,
  linkType: "product",
  linkCampaignId: null,
  product: { id: "prd_1", status: "active" },
  openPlanHistory: [openChange()],
  targetedPlans: [],
  campaigns: [],
  ...over,
});

const viaCampaignLink = { linkType: "campaign", linkCampaignId: "cmp_1" } as const;
const openRate = { earns: true, planKind: "open", planId: null, rateBps: 1000, flatFeeMinor: 0 };

describe("effectiveRate", () => {
  it("an archived product earns nothing, even with a targeted plan and campaign that would apply", () => {
    const input = situation({ ...viaCampaignLink, product: { id: "prd_1", status: "archived" }, targetedPlans: [targetedPlan()], campaigns: [campaign()] });
    expect(effectiveRate(input)).toEqual({ earns: false, reason: "product_archived" });
  });

  it("a product closed to affiliates at the order time earns nothing, not through targeted plans or campaigns either", () => {
    const history = [openChange(), openChange({ effectiveAt: day(12), openToAffiliates: false })];
    const input = situation({ ...viaCampaignLink, openPlanHistory: history, targetedPlans: [targetedPlan()], campaigns: [campaign()] });
    expect(effectiveRate(input)).toEqual({ earns: false, reason: "product_closed" });
  });

  it("a product with no open plan in force yet is closed", () => {
    expect(effectiveRate(situation({ openPlanHistory: [openChange({ effectiveAt: day(16) })] }))).toEqual({ earns: false, reason: "product_closed" });
    expect(effectiveRate(situation({ openPlanHistory: [], targetedPlans: [targetedPlan()] }))).toEqual({ earns: false, reason: "product_closed" });
  });

  it("a product reopened before the order earns again", () => {
    const history = [openChange({ effectiveAt: day(12), openToAffiliates: true }), openChange({ effectiveAt: day(5), openToAffiliates: false })];
    expect(effectiveRate(situation({ openPlanHistory: history }))).toEqual(openRate);
  });

  it("with no other plan, the open plan in force pays, with no plan id", () => {
    expect(effectiveRate(situation({ openPlanHistory: [openChange({ rateBps: 1200, flatFeeMinor: 50 })] }))).toEqual({ ...openRate, rateBps: 1200, flatFeeMinor: 50 });
  });

  it("the open rate in force is the latest change at or before the order; later changes never apply to it", () => {
    const history = [
      openChange({ effectiveAt: day(20), rateBps: 3000 }),
      openChange({ effectiveAt: day(1), rateBps: 500 }),
      openChange({ effectiveAt: day(8), rateBps: 800 }),
    ];
    expect(effectiveRate(situation({ openPlanHistory: history }))).toMatchObject({ planKind: "open", rateBps: 800 });
    expect(effectiveRate(situation({ openPlanHistory: history, at: day(8) }))).toMatchObject({ rateBps: 800 });
    expect(effectiveRate(situation({ openPlanHistory: history, at: day(21) }))).toMatchObject({ rateBps: 3000 });
  });

  it("an accepted targeted plan in force beats the open rate, with its plan id", () => {
    expect(effectiveRate(situation({ targetedPlans: [targetedPlan()] }))).toEqual({ earns: true, planKind: "targeted", planId: "tp_1", rateBps: 2000, flatFeeMinor: 0 });
  });

  it.each<[string, Partial<CreatorTargetedPlan>]>([
    ["the invitation is pending", { invitation: { status: "pending", respondedAt: null } }],
    ["the invitation was declined", { invitation: { status: "declined", respondedAt: day(11) } }],
    ["the creator was not invited", { invitation: null }],
    ["the creator accepted only after the order", { invitation: { status: "accepted", respondedAt: day(16) } }],
    ["the acceptance has no time", { invitation: { status: "accepted", respondedAt: null } }],
    ["the plan is a draft", { status: "draft" }],
    ["the plan was ended before the order", { status: "ended", endedAt: day(14) }],
    ["the plan was ended at the order time", { status: "ended", endedAt: ORDER_AT }],
    ["the plan expired (the order is at its end)", { endsAt: ORDER_AT }],
    ["the plan has not started", { startsAt: day(16), endsAt: day(25) }],
  ])("a targeted plan does not apply when %s", (_, over) => {
    expect(effectiveRate(situation({ targetedPlans: [targetedPlan(over)] }))).toEqual(openRate);
  });

  it("a targeted plan ended after the order time still counted at the order time", () => {
    expect(effectiveRate(situation({ targetedPlans: [targetedPlan({ status: "ended", endedAt: day(16) })] }))).toMatchObject({ planKind: "targeted" });
  });

  it("a targeted plan applies from its first instant and from the instant of acceptance", () => {
    const plan = targetedPlan({ startsAt: ORDER_AT, invitation: { status: "accepted", respondedAt: ORDER_AT } });
    expect(effectiveRate(situation({ targetedPlans: [plan] }))).toMatchObject({ planKind: "targeted" });
  });

  it.each(["product", "showcase", "campaign"] as const)("a targeted plan applies through a %s link", (linkType) => {
    const input = situation({ linkType, linkCampaignId: linkType === "campaign" ? "cmp_other" : null, targetedPlans: [targetedPlan()] });
    expect(effectiveRate(input)).toMatchObject({ planKind: "targeted", planId: "tp_1" });
  });

  it("a campaign link to a running campaign that includes the product earns the campaign rate", () => {
    expect(effectiveRate(situation({ ...viaCampaignLink, campaigns: [campaign()] }))).toEqual({ earns: true, planKind: "campaign", planId: "cmp_1", rateBps: 1500, flatFeeMinor: 0 });
  });

  it.each<[string, Partial<EffectiveRateInput>, Partial<ProductCampaign>]>([
    // The link type decides, even if a product or showcase link's data names the campaign.
    ["a product link", { linkType: "product", linkCampaignId: "cmp_1" }, {}],
    ["a showcase link", { linkType: "showcase", linkCampaignId: "cmp_1" }, {}],
    ["a link to another campaign", { linkType: "campaign", linkCampaignId: "cmp_2" }, {}],
    ["an order before the campaign starts", viaCampaignLink, { startsAt: day(16), productAddedAt: day(1) }],
    ["an order at the campaign's end", viaCampaignLink, { endsAt: ORDER_AT }],
    ["a product added to the campaign after the order", viaCampaignLink, { productAddedAt: day(16) }],
    ["a product removed from the campaign at the order time", viaCampaignLink, { productRemovedAt: ORDER_AT }],
  ])("the campaign rate is not earned through %s", (_, link, over) => {
    expect(effectiveRate(situation({ ...link, campaigns: [campaign(over)] }))).toEqual(openRate);
  });

  it("the campaign rate applies from the campaign's start and product addition, until the product's removal", () => {
    const at = day(10);
    const running = campaign({ startsAt: at, productAddedAt: at, productRemovedAt: day(11) });
    expect(effectiveRate(situation({ ...viaCampaignLink, at, campaigns: [running] }))).toMatchObject({ planKind: "campaign" });
  });

  it("the best rate wins among open, every applicable targeted plan and the campaign", () => {
    const plans = [targetedPlan({ id: "tp_a", reward: { rateBps: 1800, flatFeeMinor: 0 } }), targetedPlan({ id: "tp_b", reward: { rateBps: 2500, flatFeeMinor: 0 } })];
    expect(effectiveRate(situation({ ...viaCampaignLink, targetedPlans: plans, campaigns: [campaign()] }))).toMatchObject({ planId: "tp_b", rateBps: 2500 });
    const richCampaign = campaign({ reward: { rateBps: 3000, flatFeeMinor: 0 } });
    expect(effectiveRate(situation({ ...viaCampaignLink, targetedPlans: plans, campaigns: [richCampaign] }))).toMatchObject({ planKind: "campaign", rateBps: 3000 });
  });

  it("without a base, equal rates are decided by the larger flat fee", () => {
    const plan = targetedPlan({ reward: { rateBps: 1000, flatFeeMinor: 0 } });
    const input = situation({ openPlanHistory: [openChange({ flatFeeMinor: 25 })], targetedPlans: [plan] });
    expect(effectiveRate(input)).toMatchObject({ planKind: "open", flatFeeMinor: 25 });
  });

  it("with a base, the plan paying the larger commission wins, flat fee included", () => {
    const plan = targetedPlan({ reward: { rateBps: 1000, flatFeeMinor: 0 } });
    const feeCampaign = campaign({ reward: { rateBps: 800, flatFeeMinor: 500 } });
    const input = situation({ ...viaCampaignLink, targetedPlans: [plan], campaigns: [feeCampaign] });
    expect(effectiveRate({ ...input, baseMinor: 10_000 })).toMatchObject({ planKind: "campaign" }); // 1 300 beats 1 000
    expect(effectiveRate(input)).toMatchObject({ planKind: "targeted" }); // without a base, 10% beats 8%
  });

  it("on equal pay a targeted plan is preferred to a campaign, and a campaign to the open plan", () => {
    const same = { rateBps: 1000, flatFeeMinor: 0 };
    const input = situation({ ...viaCampaignLink, campaigns: [campaign({ reward: same })] });
    expect(effectiveRate({ ...input, targetedPlans: [targetedPlan({ reward: same })] })).toMatchObject({ planKind: "targeted" });
    expect(effectiveRate(input)).toMatchObject({ planKind: "campaign" });
  });

  it("with a base, different rewards paying the same amount are also decided by plan kind", () => {
    const plan = targetedPlan({ reward: { rateBps: 500, flatFeeMinor: 500 } });
    expect(effectiveRate(situation({ baseMinor: 10_000, targetedPlans: [plan] }))).toMatchObject({ planKind: "targeted" });
  });

  it("between equally paying targeted plans the lower plan id wins, whatever the order given", () => {
    const plans = [targetedPlan({ id: "tp_b" }), targetedPlan({ id: "tp_a" })];
    expect(effectiveRate(situation({ targetedPlans: plans }))).toMatchObject({ planId: "tp_a" });
    expect(effectiveRate(situation({ targetedPlans: [...plans].reverse() }))).toMatchObject({ planId: "tp_a" });
  });

  it("a plan's flat fee comes along with its rate", () => {
    const plan = targetedPlan({ reward: { rateBps: 1500, flatFeeMinor: 200 } });
    expect(effectiveRate(situation({ targetedPlans: [plan] }))).toMatchObject({ planKind: "targeted", rateBps: 1500, flatFeeMinor: 200 });
  });

  it("a flat-fee-only reward (0 bps) is a valid plan", () => {
    expect(effectiveRate(situation({ openPlanHistory: [openChange({ rateBps: 0, flatFeeMinor: 4000 })] }))).toEqual({ ...openRate, rateBps: 0, flatFeeMinor: 4000 });
  });

  it("with a base, a flat-fee-only plan beats a percentage only when its fee is larger than the percentage amount", () => {
    const bounty = (fee: number) => [targetedPlan({ reward: { rateBps: 0, flatFeeMinor: fee } })];
    expect(effectiveRate(situation({ baseMinor: 10_000, targetedPlans: bounty(1001) }))).toMatchObject({ planKind: "targeted", flatFeeMinor: 1001 });
    expect(effectiveRate(situation({ baseMinor: 10_000, targetedPlans: bounty(999) }))).toMatchObject({ planKind: "open" });
  });

  it("a reward of 0 bps and no fee is no reward: no_plan when nothing else applies", () => {
    const nothing = { rateBps: 0, flatFeeMinor: 0 };
    const input = situation({ openPlanHistory: [openChange(nothing)], targetedPlans: [targetedPlan({ reward: nothing })] });
    expect(effectiveRate(input)).toEqual({ earns: false, reason: "no_plan" });
    expect(effectiveRate({ ...input, targetedPlans: [targetedPlan()] })).toMatchObject({ planKind: "targeted" });
  });

  it.each([50, 8001, 1000.5])("refuses to freeze a rate of %s bps, outside 1%%–80%%", (rateBps) => {
    expect(() => effectiveRate(situation({ openPlanHistory: [openChange({ rateBps })] }))).toThrow(RangeError);
  });

  it("refuses to freeze a negative flat fee", () => {
    expect(() => effectiveRate(situation({ targetedPlans: [targetedPlan({ reward: { rateBps: 2000, flatFeeMinor: -1 } })] }))).toThrow(RangeError);
  });
});

describe("targetedPlanState", () => {
  const schedule = (over: Partial<TargetedPlanSchedule> = {}): TargetedPlanSchedule => ({ status: "live", startsAt: day(10), endsAt: day(20), endedAt: null, ...over });

  it("a draft is a draft, whatever its dates", () => {
    expect(targetedPlanState(schedule({ status: "draft" }), ORDER_AT)).toBe("draft");
  });

  it("a live plan is scheduled before its start, live from its start, expired from its end", () => {
    expect(targetedPlanState(schedule(), day(9))).toBe("scheduled");
    expect(targetedPlanState(schedule(), day(10))).toBe("live");
    expect(targetedPlanState(schedule(), day(20))).toBe("expired");
  });

  it("a plan is ended from the moment the seller ended it, and was running before that", () => {
    const ended = schedule({ status: "ended", endedAt: day(15) });
    expect(targetedPlanState(ended, day(15))).toBe("ended");
    expect(targetedPlanState(ended, day(14))).toBe("live");
  });

  it("a plan stored as ended without an end time is ended", () => {
    expect(targetedPlanState(schedule({ status: "ended" }), ORDER_AT)).toBe("ended");
  });
});

describe("isPlanInForce", () => {
  it("is in force only while live", () => {
    const plan = targetedPlan({ status: "ended", endedAt: day(18) });
    expect(isPlanInForce(plan, day(9))).toBe(false);
    expect(isPlanInForce(plan, day(10))).toBe(true);
    expect(isPlanInForce(plan, day(18))).toBe(false);
    expect(isPlanInForce(targetedPlan({ status: "draft" }), ORDER_AT)).toBe(false);
    expect(isPlanInForce(targetedPlan(), day(20))).toBe(false);
  });
});
