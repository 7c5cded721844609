import { describe, expect, it } from "vitest";
import { historyFilters } from "@/lib/wallet/history-filters";
import { orderListFilters } from "@/lib/validation/orders";
import { dayRange, oneOf, pageNumber, queryDay, queryList, readSearchParams } from "@/lib/validation/search-params";

const KEYS = ["q", "page", "sort"] as const;

describe("reading a query string", () => {
  it("takes the first value of a repeated parameter (?q=a&q=b), from Next's searchParams or a URL", () => {
    expect(readSearchParams({ q: ["a", "b"], page: ["2", "3"] }, KEYS)).toEqual({ q: "a", page: "2" });
    expect(readSearchParams(new URLSearchParams("q=a&q=b&page=2&page=3"), KEYS)).toEqual({ q: "a", page: "2" });
  });

  it("treats text PostgreSQL cannot store as absent, whichever value of a repeat carries it", () => {
    expect(readSearchParams({ q: "a\u0000b", sort: "title" }, KEYS)).toEqual({ sort: "title" });
    expect(readSearchParams({ q: ["\u0000", "b"] }, KEYS)).toEqual({});
    expect(readSearchParams(new URLSearchParams("q=%00&sort=%F0%9F%8E%81"), KEYS)).toEqual({ sort: "🎁" });
    expect(readSearchParams({ q: "x\ud800" }, KEYS)).toEqual({});
  });

  it("keeps bytes that are not UTF-8 as the replacement character URLSearchParams makes of them", () => {
    expect(readSearchParams(new URLSearchParams("q=%FF"), KEYS)).toEqual({ q: "\ufffd" });
  });

  it("drops keys it was not asked for, and empty arrays", () => {
    expect(readSearchParams({ other: "x", q: [], page: undefined }, KEYS)).toEqual({});
  });

  it("leaves narrowing to oneOf and pageNumber, which fall back", () => {
    const query = readSearchParams({ sort: ["title", "x"], page: ["a", "2"] }, KEYS);
    expect(oneOf(query.sort, ["title", "newest"] as const)).toBe("title");
    expect(pageNumber(query.page)).toBe(1);
  });
});

describe("the list filters built on it", () => {
  it("the seller's order list takes ?creator=a&creator=b and a NUL without crashing", () => {
    const query = readSearchParams({ creator: ["@a", "b"], product: "\u0000", state: ["paid", "shipped"] }, ["creator", "product", "state"]);
    expect(orderListFilters(query, "UTC")).toMatchObject({ creator: "a", product: undefined, state: "paid" });
  });

  it("the wallet history ignores a NUL and takes the first of a repeated currency", () => {
    const { applied } = historyFilters(readSearchParams(new URLSearchParams("currency=USD&currency=VND&kind=%00&from=2026-01-01"), ["currency", "kind", "from", "to"]), "UTC");
    expect(applied).toEqual({ currency: "USD", kind: undefined, from: "2026-01-01", to: undefined });
  });
});

describe("the shared parsers of dates and lists", () => {
  it("takes a day only when it exists, and a from/to pair as [from's start, the start of the day after to)", () => {
    expect(queryDay("2026-01-31")).toBe("2026-01-31");
    expect([queryDay("2026-02-30"), queryDay("2026-1-1"), queryDay("yesterday"), queryDay(undefined)]).toEqual([undefined, undefined, undefined, undefined]);
    expect(dayRange({ from: "2026-01-01", to: "2026-01-31" }, "UTC")).toEqual({ from: new Date("2026-01-01T00:00:00Z"), before: new Date("2026-02-01T00:00:00Z") });
    expect(dayRange({ from: "x", to: "2026-02-30" }, "UTC")).toEqual({ from: undefined, before: undefined });
  });

  it("reads the days in the reader's time zone, through summer time", () => {
    // Ho Chi Minh City is 7 hours ahead: its 1 January starts at 17:00 UTC the day before.
    expect(dayRange({ from: "2026-01-01", to: "2026-01-01" }, "Asia/Ho_Chi_Minh")).toEqual({ from: new Date("2025-12-31T17:00:00Z"), before: new Date("2026-01-01T17:00:00Z") });
    // Berlin's 29 March 2026 lasts 23 hours (the clocks go forward at 02:00).
    expect(dayRange({ from: "2026-03-29", to: "2026-03-29" }, "Europe/Berlin")).toEqual({ from: new Date("2026-03-28T23:00:00Z"), before: new Date("2026-03-29T22:00:00Z") });
  });

  it("the wallet history and the order list read dates the same way", () => {
    expect(historyFilters({ from: "2026-02-30", to: "2026-03-01" }, "UTC").filters).toMatchObject({ from: undefined, to: new Date("2026-03-02T00:00:00Z") });
    expect(orderListFilters({ from: "2026-02-30", to: "2026-03-01" }, "UTC")).toMatchObject({ placedFrom: undefined, placedBefore: new Date("2026-03-02T00:00:00Z") });
  });

  it("reads a comma-separated list without repeats, keeping only accepted values, up to a maximum", () => {
    expect(queryList("a,b,a,,c!,d", (v) => /^[a-z]$/.test(v), 2)).toEqual(["a", "b"]);
    expect(queryList(undefined, () => true, 5)).toEqual([]);
  });
});
