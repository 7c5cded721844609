/**
 * Runs once when a server process starts: opens the database so the first visitor does not wait
 * for it (PGlite takes a few seconds to load), carries a shifted demo clock over restarts, and
 * hands the server process the routes it answers itself (lib/api/node.ts), once the clock is right.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDb } = await import("@/db");
  const db = await getDb();
  startSettlementTimer();
  const { isClockShiftEnabled, setClockOffset } = await import("@/lib/clock");
  if (isClockShiftEnabled()) {
    const { readSetting, CLOCK_OFFSET_SETTING } = await import("@/db/queries/settings");
    const offset = await readSetting<number>(db, CLOCK_OFFSET_SETTING);
    if (typeof offset === "number") setClockOffset(offset);
  }
  // DIRECT_ROUTES=off sends every request through Next's router (bench:orders measures both).
  if (process.env.DIRECT_ROUTES === "off") return;
  const { registerDirectRoutes } = await import("@/lib/api/node");
  registerDirectRoutes();
}

/**
 * The settlement job every minute (SETTLEMENT_INTERVAL_MS to change, 0 to switch off), then the
 * automatic withdrawals (which do something only on Wednesdays). Safe with several processes:
 * neither settles nor withdraws anything twice.
 */
function startSettlementTimer() {
  const interval = Number(process.env.SETTLEMENT_INTERVAL_MS ?? 60_000);
  if (!(interval > 0)) return;
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const [{ getDb }, { runMinuteJobs }, { now }] = await Promise.all([import("@/db"), import("@/lib/minute-jobs"), import("@/lib/clock")]);
      const { settlement, payouts, emails } = await runMinuteJobs(await getDb(), now());
      if (settlement.ordersCompleted || settlement.commissionsReleased) console.log(`[settle] ${JSON.stringify(settlement)}`);
      if (payouts.withdrawals) console.log(`[auto-withdraw] ${JSON.stringify(payouts)}`);
      if (emails.sent || emails.retrying || emails.failed) console.log(`[notify-email] ${JSON.stringify(emails)}`);
    } catch (error) {
      console.error("[settle] failed", error);
    } finally {
      running = false;
    }
  }, interval);
  timer.unref();
}
