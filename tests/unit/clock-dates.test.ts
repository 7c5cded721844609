import { describe, expect, it } from "vitest";
import { WEEKDAYS, addDays, addHours, daysBetween, nextWeekday } from "@/lib/clock";

const at = (iso: string) => new Date(iso);

describe("addDays / addHours / daysBetween", () => {
  it("addDays adds whole 24-hour periods, forwards and backwards", () => {
    expect(addDays(at("2024-02-28T10:00:00Z"), 2).toISOString()).toBe("2024-03-01T10:00:00.000Z");
    expect(addDays(at("2024-01-01T00:00:00Z"), -1).toISOString()).toBe("2023-12-31T00:00:00.000Z");
    expect(addDays(at("2024-01-01T00:00:00Z"), 30).toISOString()).toBe("2024-01-31T00:00:00.000Z");
  });

  it("addDays does not mutate its input", () => {
    const date = at("2024-01-01T00:00:00Z");
    addDays(date, 5);
    expect(date.toISOString()).toBe("2024-01-01T00:00:00.000Z");
  });

  it("addHours adds hours", () => {
    expect(addHours(at("2024-01-01T22:00:00Z"), 3).toISOString()).toBe("2024-01-02T01:00:00.000Z");
  });

  it("non-finite amounts are refused", () => {
    expect(() => addDays(at("2024-01-01T00:00:00Z"), Number.NaN)).toThrow(RangeError);
    expect(() => addHours(at("2024-01-01T00:00:00Z"), Infinity)).toThrow(RangeError);
  });

  it("daysBetween counts whole days, flooring partial ones", () => {
    expect(daysBetween(at("2024-01-01T00:00:00Z"), at("2024-01-31T00:00:00Z"))).toBe(30);
    expect(daysBetween(at("2024-01-01T00:00:00Z"), at("2024-01-02T23:59:59Z"))).toBe(1);
    expect(daysBetween(at("2024-01-01T12:00:00Z"), at("2024-01-01T00:00:00Z"))).toBe(-1);
  });
});

describe("nextWeekday", () => {
  it("next Wednesday in Ho Chi Minh City starts at 00:00 local (17:00 UTC the day before)", () => {
    // Monday 2024-05-13 10:00 local.
    const next = nextWeekday(at("2024-05-13T03:00:00Z"), WEEKDAYS.wednesday, "Asia/Ho_Chi_Minh");
    expect(next.toISOString()).toBe("2024-05-14T17:00:00.000Z");
  });

  it("on a Wednesday it returns the following week's Wednesday", () => {
    // Wednesday 2024-05-15 17:00 local.
    const next = nextWeekday(at("2024-05-15T10:00:00Z"), WEEKDAYS.wednesday, "Asia/Ho_Chi_Minh");
    expect(next.toISOString()).toBe("2024-05-21T17:00:00.000Z");
  });

  it("just after local midnight on a Wednesday still counts as Wednesday", () => {
    // 2024-05-14T17:00:01Z is Wednesday 00:00:01 in Ho Chi Minh City.
    const next = nextWeekday(at("2024-05-14T17:00:01Z"), WEEKDAYS.wednesday, "Asia/Ho_Chi_Minh");
    expect(next.toISOString()).toBe("2024-05-21T17:00:00.000Z");
  });

  it("the same instant can be a different local day in different zones", () => {
    // Tuesday 20:00 UTC = Tuesday 16:00 in New York but Wednesday 03:00 in Ho Chi Minh City.
    const instant = at("2024-05-14T20:00:00Z");
    expect(nextWeekday(instant, WEEKDAYS.wednesday, "America/New_York").toISOString()).toBe(
      "2024-05-15T04:00:00.000Z",
    );
    expect(nextWeekday(instant, WEEKDAYS.wednesday, "Asia/Ho_Chi_Minh").toISOString()).toBe(
      "2024-05-21T17:00:00.000Z",
    );
    expect(nextWeekday(instant, WEEKDAYS.wednesday, "UTC").toISOString()).toBe("2024-05-15T00:00:00.000Z");
  });

  it("uses the local offset of the target day across a DST change", () => {
    // New York switches to EDT on Sunday 2024-03-10 at 02:00.
    const from = at("2024-03-08T15:00:00Z"); // Friday, EST
    expect(nextWeekday(from, WEEKDAYS.sunday, "America/New_York").toISOString()).toBe("2024-03-10T05:00:00.000Z");
    expect(nextWeekday(from, WEEKDAYS.monday, "America/New_York").toISOString()).toBe("2024-03-11T04:00:00.000Z");
  });

  it("where DST skips midnight, the day starts when the gap ends", () => {
    // Santiago jumps from Saturday 24:00 to Sunday 01:00 on 2024-09-08.
    const next = nextWeekday(at("2024-09-05T15:00:00Z"), WEEKDAYS.sunday, "America/Santiago");
    expect(next.toISOString()).toBe("2024-09-08T04:00:00.000Z");
  });

  it("works across month and year ends", () => {
    // Tuesday 2024-12-31 in Jakarta (UTC+7) → Wednesday 2025-01-01 00:00 local.
    const next = nextWeekday(at("2024-12-31T05:00:00Z"), WEEKDAYS.wednesday, "Asia/Jakarta");
    expect(next.toISOString()).toBe("2024-12-31T17:00:00.000Z");
  });

  it("refuses an invalid weekday or time zone", () => {
    expect(() => nextWeekday(at("2024-05-15T00:00:00Z"), 7 as never, "UTC")).toThrow(RangeError);
    expect(() => nextWeekday(at("2024-05-15T00:00:00Z"), WEEKDAYS.monday, "Mars/Olympus")).toThrow(RangeError);
  });
});
