import { parseClockOffset } from "./offset";

export class ClockShiftDisabledError extends Error {
  constructor(action: string) {
    super(
      `Cannot ${action}: clock shifting is disabled. ` +
        `Set CLOCK_SHIFT=enabled in the environment (never in production) to allow it.`,
    );
    this.name = "ClockShiftDisabledError";
  }
}

export type ClockStatus = {
  shiftEnabled: boolean;
  offsetMs: number;
  now: Date;
  /** CLOCK_OFFSET as found in the environment, and whether it took effect. */
  envOffset: { value: string; status: "applied" | "ignored" } | null;
};

let offsetMs = 0;
let envChecked = false;
let appliedEnvOffset: string | null = null;

/** Read at call time so a process can't be left shiftable by a value cached at import. */
export function isClockShiftEnabled(): boolean {
  return process.env.CLOCK_SHIFT === "enabled";
}

/**
 * CLOCK_OFFSET is consumed once, on first use of the clock, and only when
 * shifting is enabled; an explicit shift made later replaces it.
 */
function applyEnvOffsetOnce(): void {
  if (envChecked) return;
  envChecked = true;
  const raw = process.env.CLOCK_OFFSET;
  if (!raw || !isClockShiftEnabled()) return;
  offsetMs = parseClockOffset(raw, Date.now());
  appliedEnvOffset = raw;
}

function assertShiftAllowed(action: string): void {
  if (!isClockShiftEnabled()) throw new ClockShiftDisabledError(action);
  // An explicit shift wins over the env offset, so the env must not apply after it.
  applyEnvOffsetOnce();
}

/**
 * Offset currently in effect. Reading is always allowed; if shifting has been
 * switched off since an offset was set, the offset no longer applies.
 */
export function clockOffsetMs(): number {
  applyEnvOffsetOnce();
  return isClockShiftEnabled() ? offsetMs : 0;
}

/** The current time as every time-dependent rule must see it. */
export function now(): Date {
  return new Date(Date.now() + clockOffsetMs());
}

export function setClockOffset(ms: number): void {
  assertShiftAllowed("set the clock offset");
  if (!Number.isSafeInteger(ms)) throw new RangeError(`Clock offset must be an integer of ms, got ${ms}`);
  offsetMs = ms;
}

/** Makes now() read `date` at this instant; the clock keeps ticking from there. */
export function travelTo(date: Date | string | number): void {
  assertShiftAllowed("travel in time");
  const target = new Date(date).getTime();
  if (Number.isNaN(target)) throw new RangeError(`Cannot travel to an invalid date: ${String(date)}`);
  offsetMs = target - Date.now();
}

export function resetClock(): void {
  assertShiftAllowed("reset the clock");
  offsetMs = 0;
}

export function clockStatus(): ClockStatus {
  const offset = clockOffsetMs();
  const raw = process.env.CLOCK_OFFSET;
  const applied = raw !== undefined && raw !== "" && isClockShiftEnabled() && appliedEnvOffset === raw;
  return {
    shiftEnabled: isClockShiftEnabled(),
    offsetMs: offset,
    now: new Date(Date.now() + offset),
    envOffset: raw ? { value: raw, status: applied ? "applied" : "ignored" } : null,
  };
}
