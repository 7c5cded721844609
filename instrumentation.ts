/**
 * Runs once when a server process starts: opens the database so the first visitor does not wait
 * for it (PGlite takes a few seconds to load), and carries a shifted demo clock over restarts.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDb } = await import("@/db");
  const db = await getDb();
  const { isClockShiftEnabled, setClockOffset } = await import("@/lib/clock");
  if (!isClockShiftEnabled()) return;
  const { readSetting, CLOCK_OFFSET_SETTING } = await import("@/db/queries/settings");
  const offset = await readSetting<number>(db, CLOCK_OFFSET_SETTING);
  if (typeof offset === "number") setClockOffset(offset);
}
