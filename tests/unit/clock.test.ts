import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

type ClockModule = typeof import("@/lib/clock");
let clock: ClockModule;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const savedEnv = { CLOCK_SHIFT: process.env.CLOCK_SHIFT, CLOCK_OFFSET: process.env.CLOCK_OFFSET };

function setEnv(name: keyof typeof savedEnv, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

beforeEach(async () => {
  setEnv("CLOCK_SHIFT", undefined);
  setEnv("CLOCK_OFFSET", undefined);
  // A fresh clock per test (its state lives on globalThis, one per process): the env offset is
  // consumed once per process, like in production.
  delete (globalThis as { __portalClock?: unknown }).__portalClock;
  vi.resetModules();
  clock = await import("@/lib/clock");
});

afterEach(() => {
  setEnv("CLOCK_SHIFT", savedEnv.CLOCK_SHIFT);
  setEnv("CLOCK_OFFSET", savedEnv.CLOCK_OFFSET);
  vi.restoreAllMocks();
});

describe("now", () => {
  it("is real time when nothing is shifted", () => {
    vi.spyOn(Date, "now").mockReturnValue(1_700_000_000_000);
    expect(clock.now().getTime()).toBe(1_700_000_000_000);
  });

  it("adds the clock offset to real time when shifting is enabled", () => {
    setEnv("CLOCK_SHIFT", "enabled");
    vi.spyOn(Date, "now").mockReturnValue(1_700_000_000_000);
    clock.setClockOffset(7 * DAY);
    expect(clock.now().getTime()).toBe(1_700_000_000_000 + 7 * DAY);
    expect(clock.clockOffsetMs()).toBe(7 * DAY);
  });

  it("travelTo makes now() read the target date, then keeps ticking from there", () => {
    setEnv("CLOCK_SHIFT", "enabled");
    const real = vi.spyOn(Date, "now").mockReturnValue(1_700_000_000_000);
    clock.travelTo(new Date("2030-01-01T00:00:00Z"));
    expect(clock.now().toISOString()).toBe("2030-01-01T00:00:00.000Z");
    real.mockReturnValue(1_700_000_000_000 + 5_000);
    expect(clock.now().toISOString()).toBe("2030-01-01T00:00:05.000Z");
  });

  it("resetClock returns to real time", () => {
    setEnv("CLOCK_SHIFT", "enabled");
    vi.spyOn(Date, "now").mockReturnValue(1_700_000_000_000);
    clock.setClockOffset(-HOUR);
    clock.resetClock();
    expect(clock.now().getTime()).toBe(1_700_000_000_000);
    expect(clock.clockOffsetMs()).toBe(0);
  });

  it("an offset stops applying if shifting is switched off afterwards", () => {
    setEnv("CLOCK_SHIFT", "enabled");
    vi.spyOn(Date, "now").mockReturnValue(1_700_000_000_000);
    clock.setClockOffset(DAY);
    setEnv("CLOCK_SHIFT", undefined);
    expect(clock.now().getTime()).toBe(1_700_000_000_000);
  });
});

describe("shifting is off unless CLOCK_SHIFT=enabled", () => {
  it.each([undefined, "", "true", "1", "ENABLED"])("CLOCK_SHIFT=%s refuses every shift", (value) => {
    setEnv("CLOCK_SHIFT", value);
    expect(clock.isClockShiftEnabled()).toBe(false);
    expect(() => clock.setClockOffset(DAY)).toThrow(clock.ClockShiftDisabledError);
    expect(() => clock.travelTo(new Date("2030-01-01"))).toThrow(clock.ClockShiftDisabledError);
    expect(() => clock.resetClock()).toThrow(clock.ClockShiftDisabledError);
    expect(clock.clockOffsetMs()).toBe(0);
  });

  it("the error tells the reader how to switch shifting on", () => {
    expect(() => clock.setClockOffset(DAY)).toThrow(/CLOCK_SHIFT=enabled/);
  });

  it("the flag is read at call time, not at import", () => {
    expect(clock.isClockShiftEnabled()).toBe(false);
    setEnv("CLOCK_SHIFT", "enabled");
    expect(clock.isClockShiftEnabled()).toBe(true);
    expect(() => clock.setClockOffset(DAY)).not.toThrow();
  });

  it("refuses non-integer offsets and invalid travel dates", () => {
    setEnv("CLOCK_SHIFT", "enabled");
    expect(() => clock.setClockOffset(1.5)).toThrow(RangeError);
    expect(() => clock.travelTo("not a date")).toThrow(RangeError);
  });
});

describe("CLOCK_OFFSET from the environment", () => {
  it("applies on first use when shifting is enabled", () => {
    setEnv("CLOCK_SHIFT", "enabled");
    setEnv("CLOCK_OFFSET", "+7d");
    vi.spyOn(Date, "now").mockReturnValue(1_700_000_000_000);
    expect(clock.now().getTime()).toBe(1_700_000_000_000 + 7 * DAY);
    expect(clock.clockStatus().envOffset).toEqual({ value: "+7d", status: "applied" });
  });

  it("an ISO date travels there", () => {
    setEnv("CLOCK_SHIFT", "enabled");
    setEnv("CLOCK_OFFSET", "2031-06-15T08:00:00Z");
    expect(Math.abs(clock.now().getTime() - Date.parse("2031-06-15T08:00:00Z"))).toBeLessThan(1000);
  });

  it("is ignored, and reported as ignored, without CLOCK_SHIFT=enabled", () => {
    setEnv("CLOCK_OFFSET", "+7d");
    vi.spyOn(Date, "now").mockReturnValue(1_700_000_000_000);
    expect(clock.now().getTime()).toBe(1_700_000_000_000);
    expect(clock.clockStatus()).toMatchObject({
      shiftEnabled: false,
      offsetMs: 0,
      envOffset: { value: "+7d", status: "ignored" },
    });
  });

  it("an explicit shift replaces the env offset", () => {
    setEnv("CLOCK_SHIFT", "enabled");
    setEnv("CLOCK_OFFSET", "+7d");
    clock.setClockOffset(HOUR);
    expect(clock.clockOffsetMs()).toBe(HOUR);
  });

  it("a malformed value fails loudly instead of running at the wrong time", () => {
    setEnv("CLOCK_SHIFT", "enabled");
    setEnv("CLOCK_OFFSET", "next week");
    expect(() => clock.now()).toThrow(/Invalid CLOCK_OFFSET/);
  });

  it("clockStatus reports no env offset when none is set", () => {
    expect(clock.clockStatus().envOffset).toBeNull();
  });
});

describe("parseClockOffset", () => {
  it.each([
    ["+7d", 7 * DAY],
    ["7d", 7 * DAY],
    ["-36h", -36 * HOUR],
    ["90m", 90 * 60_000],
    ["45s", 45_000],
    ["250ms", 250],
    ["2w", 14 * DAY],
    [" -1d ", -DAY],
  ] as const)("'%s' shifts by %i ms", (raw, ms) => {
    expect(clock.parseClockOffset(raw, 0)).toBe(ms);
  });

  it("an ISO date becomes the distance from real now to that date", () => {
    const realNow = Date.parse("2025-01-01T00:00:00Z");
    expect(clock.parseClockOffset("2025-01-08T00:00:00Z", realNow)).toBe(7 * DAY);
    expect(clock.parseClockOffset("2025-01-02", realNow)).toBe(DAY);
    expect(clock.parseClockOffset("2025-01-01T07:00:00+07:00", realNow)).toBe(0);
  });

  it.each(["", "7", "7 days", "+7y", "d7", "2025-13-45", "tomorrow"])("rejects '%s'", (raw) => {
    expect(() => clock.parseClockOffset(raw, 0)).toThrow(/Invalid CLOCK_OFFSET/);
  });
});
