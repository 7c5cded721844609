import { describe, expect, it } from "vitest";
import { campaignSlugFrom, slugError } from "@/lib/plans/campaign-slug";
import { campaignState } from "@/lib/plans/campaign-state";
import { datesError, formatUtcDateTime, keepUnlessEdited, parseUtcDateTimeInput, utcDateTimeInput } from "@/lib/plans/dates";
import { aboveOpenPlanError, formatReward, paysMoreThan } from "@/lib/plans/rewards";

const product = { priceMinor: 4000, currency: "USD" as const, openRateBps: 1000, openFlatFeeMinor: 0 };

describe("a targeted reward must pay more than the open plan", () => {
  it("a higher rate passes; the same or a lower rate is refused with the open rate in the message", () => {
    expect(aboveOpenPlanError({ rateBps: 1001, flatFeeMinor: 0 }, product)).toBeNull();
    expect(aboveOpenPlanError({ rateBps: 1000, flatFeeMinor: 0 }, product)).toBe("Set a rate above the open rate of 10%");
    expect(aboveOpenPlanError({ rateBps: 500, flatFeeMinor: 0 }, product)).toBe("Set a rate above the open rate of 10%");
  });

  it("a flat fee instead of the rate passes only when it pays more per sale at today's price", () => {
    // 10% of $40.00 is $4.00.
    expect(aboveOpenPlanError({ rateBps: 0, flatFeeMinor: 401 }, product)).toBeNull();
    expect(aboveOpenPlanError({ rateBps: 0, flatFeeMinor: 400 }, product)).toBe("Must pay more per sale than the open plan (10%, $4.00 at today's price)");
  });

  it("the open rate with a fee on top passes", () => {
    expect(aboveOpenPlanError({ rateBps: 1000, flatFeeMinor: 1 }, product)).toBeNull();
  });

  it("is compared exactly, without rounding to the minor unit", () => {
    // On a $1.00 item 10% and 10.01% both round to 10 cents, yet 10.01% pays more.
    expect(paysMoreThan({ rateBps: 1001, flatFeeMinor: 0 }, { rateBps: 1000, flatFeeMinor: 0 }, 100)).toBe(true);
    expect(paysMoreThan({ rateBps: 1000, flatFeeMinor: 0 }, { rateBps: 1000, flatFeeMinor: 0 }, 100)).toBe(false);
  });

  it("reads as people write it", () => {
    expect(formatReward({ rateBps: 1250, flatFeeMinor: 0 }, "USD")).toBe("12.5%");
    expect(formatReward({ rateBps: 800, flatFeeMinor: 150 }, "USD")).toBe("8% + $1.50");
    expect(formatReward({ rateBps: 0, flatFeeMinor: 500 }, "USD")).toBe("$5.00");
  });
});

describe("plan dates are entered and shown in UTC", () => {
  it("reads datetime-local and date values as UTC, and refuses days that do not exist", () => {
    expect(parseUtcDateTimeInput("2026-11-22T10:30")).toEqual(new Date("2026-11-22T10:30:00Z"));
    expect(parseUtcDateTimeInput("2026-11-22")).toEqual(new Date("2026-11-22T00:00:00Z"));
    expect(parseUtcDateTimeInput("2026-02-30T10:00")).toBeNull();
    expect(parseUtcDateTimeInput("2026-11-22T24:00")).toBeNull();
    expect(parseUtcDateTimeInput("next tuesday")).toBeNull();
  });

  it("shows a stored instant back the way it was typed", () => {
    const at = new Date("2026-11-22T10:30:45Z");
    expect(utcDateTimeInput(at)).toBe("2026-11-22T10:30");
    expect(formatUtcDateTime(at)).toBe("22 Nov 2026, 10:30 UTC");
    expect(keepUnlessEdited(at, parseUtcDateTimeInput(utcDateTimeInput(at))!)).toBe(at);
    expect(keepUnlessEdited(at, new Date("2026-11-22T10:31:00Z"))).toEqual(new Date("2026-11-22T10:31:00Z"));
  });

  it("an end before or at the start is an error", () => {
    const start = new Date("2026-11-22T10:00:00Z");
    expect(datesError(start, new Date("2026-11-22T10:01:00Z"))).toBeNull();
    expect(datesError(start, start)).toBe("The end must be after the start");
  });
});

describe("campaigns", () => {
  it("make their address from the name, without accents, and check typed ones", () => {
    expect(campaignSlugFrom("  Tết Gift Week!! ")).toBe("tet-gift-week");
    expect(campaignSlugFrom("Đà Lạt — Coffee & Co")).toBe("da-lat-coffee-co");
    expect(slugError("tet-gift-week")).toBeNull();
    expect(slugError("ab")).toMatch(/at least 3/);
    expect(slugError("Tet--gift")).toMatch(/lower-case letters/);
  });

  it("are live from their start (included) to their end (excluded)", () => {
    const campaign = { startsAt: new Date("2026-12-01T00:00:00Z"), endsAt: new Date("2026-12-08T00:00:00Z") };
    expect(campaignState(campaign, new Date("2026-11-30T23:59:59Z"))).toBe("scheduled");
    expect(campaignState(campaign, campaign.startsAt)).toBe("live");
    expect(campaignState(campaign, campaign.endsAt)).toBe("ended");
  });
});
