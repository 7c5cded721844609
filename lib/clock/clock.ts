import "server-only";
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

// One clock per process, kept on globalThis as the database handle is (db/index.ts): the server
// process's direct routes (lib/api/node.ts) and Next's route handlers must read the same shift,
// whichever module instances the bundler gives them.
type ClockState = { offsetMs: number; envChecked: boolean; appliedEnvOffset: string | null };
const globalForClock = globalThis as unknown as { __portalClock?: ClockState };
const state: ClockState = (globalForClock.__portalClock ??= { offsetMs: 0, envChecked: false, appliedEnvOffset: null });

/** Read at call time so a process can't be left shiftable by a value cached at import. */
export function isClockShiftEnabled(): boolean {
  return process.env.CLOCK_SHIFT === "enabled";
}

/**
 * CLOCK_OFFSET is consumed once, on first use of the clock, and only when
 * shifting is enabled; an explicit shift made later replaces it.
 */
function applyEnvOffsetOnce(): void {
  if (state.envChecked) return;
  state.envChecked = true;
  const raw = process.env.CLOCK_OFFSET;
  if (!raw || !isClockShiftEnabled()) return;
  state.offsetMs = parseClockOffset(raw, Date.now());
  state.appliedEnvOffset = raw;
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
  return isClockShiftEnabled() ? state.offsetMs : 0;
}

/** The current time as every time-dependent rule must see it. */
export function now(): Date {
  return new Date(Date.now() + clockOffsetMs());
}

export function setClockOffset(ms: number): void {
  assertShiftAllowed("set the clock offset");
  if (!Number.isSafeInteger(ms)) throw new RangeError(`Clock offset must be an integer of ms, got ${ms}`);
  state.offsetMs = ms;
}

/** Makes now() read `date` at this instant; the clock keeps ticking from there. */
export function travelTo(date: Date | string | number): void {
  assertShiftAllowed("travel in time");
  const target = new Date(date).getTime();
  if (Number.isNaN(target)) throw new RangeError(`Cannot travel to an invalid date: ${String(date)}`);
  state.offsetMs = target - Date.now();
}

export function resetClock(): void {
  assertShiftAllowed("reset the clock");
  state.offsetMs = 0;
}

export function clockStatus(): ClockStatus {
  const offset = clockOffsetMs();
  const raw = process.env.CLOCK_OFFSET;
  const applied = raw !== undefined && raw !== "" && isClockShiftEnabled() && state.appliedEnvOffset === raw;
  return {
    shiftEnabled: isClockShiftEnabled(),
    offsetMs: offset,
    now: new Date(Date.now() + offset),
    envOffset: raw ? { value: raw, status: applied ? "applied" : "ignored" } : null,
  };
}
