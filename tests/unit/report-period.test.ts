import { describe, expect, it } from "vitest";
import { changeFrom, foldSeries, readReportPeriod, seriesBuckets } from "@/lib/reports/period";

const at = new Date("2026-12-04T01:30:00Z"); // 08:30 on 4 December in Ho Chi Minh City, still 3 December in Los Angeles

describe("a report's period", () => {
  it("counts the last N days up to today in the reader's zone, with the same span before it", () => {
    const p = readReportPeriod({ period: "7" }, at, "Asia/Ho_Chi_Minh");
    expect([p.firstDay, p.lastDay, p.days, p.grain]).toEqual(["2026-11-28", "2026-12-04", 7, "day"]);
    expect(p.from.toISOString()).toBe("2026-11-27T17:00:00.000Z");
    expect(p.before.toISOString()).toBe("2026-12-04T17:00:00.000Z");
    expect([p.previous.firstDay, p.previous.lastDay]).toEqual(["2026-11-21", "2026-11-27"]);
    expect(p.previous.before).toEqual(p.from);
    expect(readReportPeriod({ period: "7" }, at, "America/Los_Angeles").lastDay).toBe("2026-12-03");
  });

  it("falls back to 30 days on anything unreadable, and orders, caps and clamps a custom range", () => {
    for (const query of [{}, { period: "8" }, { period: "custom" }, { period: "custom", from: "2026-13-01" }]) expect(readReportPeriod(query, at, "UTC").key).toBe("30");
    const swapped = readReportPeriod({ period: "custom", from: "2026-12-01", to: "2026-11-01" }, at, "UTC");
    expect([swapped.firstDay, swapped.lastDay, swapped.days]).toEqual(["2026-11-01", "2026-12-01", 31]);
    const future = readReportPeriod({ period: "custom", from: "2026-12-01", to: "2027-02-01" }, at, "UTC");
    expect(future.lastDay).toBe("2026-12-04");
    const long = readReportPeriod({ period: "custom", from: "2020-01-01", to: "2026-12-04" }, at, "UTC");
    expect(long.days).toBe(366);
    expect(long.grain).toBe("week");
    expect(readReportPeriod({ period: "90" }, at, "UTC").grain).toBe("day");
  });

  it("folds daily rows into weekly buckets that sum to the period's total", () => {
    const p = readReportPeriod({ period: "custom", from: "2026-09-01", to: "2026-12-04" }, at, "UTC");
    expect(p.grain).toBe("week");
    const buckets = seriesBuckets(p);
    expect(buckets[0]).toEqual({ day: "2026-09-01", lastDay: "2026-09-07" });
    expect(buckets.at(-1)!.lastDay).toBe("2026-12-04");
    const rows = [
      { day: "2026-09-01", clicks: 2 },
      { day: "2026-09-07", clicks: 3 },
      { day: "2026-09-08", clicks: 5 },
      { day: "2026-12-04", clicks: 7 },
      { day: "2026-08-31", clicks: 100 },
    ];
    const folded = foldSeries(p, rows, ["clicks"]);
    expect(folded[0]!.clicks).toBe(5);
    expect(folded[1]!.clicks).toBe(5);
    expect(folded.at(-1)!.clicks).toBe(7);
    expect(folded.reduce((s, b) => s + b.clicks, 0)).toBe(17);
  });

  it("gives the change as a fraction, or none when the previous period had nothing", () => {
    expect(changeFrom(0, 5)).toBeNull();
    expect(changeFrom(4, 5)).toBe(0.25);
    expect(changeFrom(4, 0)).toBe(-1);
  });
});
