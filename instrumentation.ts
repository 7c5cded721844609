/** Runs once when a server process starts: a shifted demo clock carries over restarts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isClockShiftEnabled, setClockOffset } = await import("@/lib/clock");
  if (!isClockShiftEnabled()) return;
  const { getDb } = await import("@/db");
  const { readSetting, CLOCK_OFFSET_SETTING } = await import("@/db/queries/settings");
  const offset = await readSetting<number>(await getDb(), CLOCK_OFFSET_SETTING);
  if (typeof offset === "number") setClockOffset(offset);
}
