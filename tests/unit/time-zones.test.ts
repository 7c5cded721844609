import { describe, expect, it } from "vitest";
import { canonicalTimeZone, offsetMinutes, timeZoneOptions } from "@/lib/i18n/time-zones";

const WINTER = new Date("2026-12-03T12:00:00Z");
const SUMMER = new Date("2026-07-03T12:00:00Z");

describe("time zone options", () => {
  it("lists the zones west to east with their offset now, by their current names, in the reader's language", () => {
    const options = timeZoneOptions("vi", WINTER);
    const offsets = options.map((o) => o.offsetMinutes);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(options.find((o) => o.value === "Asia/Ho_Chi_Minh")?.label).toBe("(GMT+07:00) Ho Chi Minh · Giờ Đông Dương");
    expect(options.find((o) => o.value === "Asia/Kolkata")?.offsetMinutes).toBe(330);
    expect(options.some((o) => o.value === "Asia/Saigon")).toBe(false);
    expect(options.find((o) => o.value === "UTC")?.label).toBe("(GMT+00:00) UTC");
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
    expect(timeZoneOptions("id", WINTER).find((o) => o.value === "Asia/Jakarta")?.label).toBe("(GMT+07:00) Jakarta · Waktu Indonesia Barat");
  });

  it("follows summer time and adds a zone the browser or profile names when the list lacks it", () => {
    expect(offsetMinutes("Europe/Berlin", WINTER)).toBe(60);
    expect(offsetMinutes("Europe/Berlin", SUMMER)).toBe(120);
    expect(offsetMinutes("America/St_Johns", WINTER)).toBe(-210);
    expect(timeZoneOptions("en", SUMMER).find((o) => o.value === "Europe/Berlin")?.offsetMinutes).toBe(120);
    const withOld = timeZoneOptions("en", WINTER, ["Asia/Saigon", "Not/AZone", null]);
    expect(withOld.filter((o) => o.value === "Asia/Saigon")).toHaveLength(1);
    expect(withOld.some((o) => o.value === "Not/AZone")).toBe(false);
  });

  it("stores a zone by the name the list uses, whatever its spelling", () => {
    expect(["asia/ho_chi_minh", "Asia/Saigon", "Asia/Ho_Chi_Minh"].map(canonicalTimeZone)).toEqual(["Asia/Ho_Chi_Minh", "Asia/Ho_Chi_Minh", "Asia/Ho_Chi_Minh"]);
    expect(canonicalTimeZone("utc")).toBe("UTC");
    expect(canonicalTimeZone("asia/jakarta")).toBe("Asia/Jakarta");
  });
});
