/**
 * Serves the production build in one server process (scripts/next-server.ts: Next's production
 * server, as `next start` runs it, plus the direct routes) or, on PostgreSQL, in several that share
 * the port (node:cluster hands each new connection to the next worker). One process uses at most
 * one core; the conversion API and the redirects are CPU-bound in Node, so a second process on a
 * two-core machine is most of the difference between the figures in the README.
 *   tsx scripts/serve.ts -p <port> -H <host>
 *   SERVE_PROFILE_DIR=<dir>: each server process writes a V8 CPU profile there when it stops.
 *
 * How many processes (WEB_CONCURRENCY, default: the number of cores), but always one when
 *   - DATABASE_URL is unset: a PGlite folder can be opened by one process only;
 *   - CLOCK_SHIFT=enabled: the demo clock's offset lives in each process's memory.
 * Only the first worker runs the minute jobs (settlement, automatic withdrawals); they are safe with
 * several processes, but one is enough. A worker that dies is replaced, at most once a second.
 */
import cluster, { type Worker } from "node:cluster";
import os from "node:os";
import path from "node:path";

const SERVER = path.resolve(import.meta.dirname, "next-server.ts");
// Outside Next's bundler, `import "server-only"` resolves to an empty module (scripts/server-only/).
const SERVER_ONLY = path.resolve(import.meta.dirname, "server-only/register.mjs");

export function serverProcesses(env: Record<string, string | undefined> = process.env): number {
  if (!env.DATABASE_URL || env.CLOCK_SHIFT === "enabled") return 1;
  const wanted = Number(env.WEB_CONCURRENCY || os.availableParallelism());
  return Number.isInteger(wanted) && wanted >= 1 ? Math.min(wanted, 32) : 1;
}

function serve(args: string[]): void {
  const count = serverProcesses();
  cluster.setupPrimary({ exec: SERVER, args, execArgv: ["--import", "tsx", "--import", SERVER_ONLY, ...(process.env.SERVE_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.SERVE_PROFILE_DIR}`] : [])] });
  let stopping = false;
  let lastRestart = 0;
  // The workers alive, by process: cluster.workers drops a worker only once both its exit and its
  // IPC disconnect have been seen, which come in either order.
  const alive = new Set<Worker>();
  const start = (slot: number) => {
    if (stopping) return;
    const worker = cluster.fork(slot > 1 ? { SETTLEMENT_INTERVAL_MS: "0" } : {});
    alive.add(worker);
    worker.on("exit", (code, signal) => {
      alive.delete(worker);
      if (stopping) {
        if (alive.size === 0) process.exit(0);
        return;
      }
      console.error(`[serve] worker ${slot} exited (${signal ?? code}); starting another`);
      const wait = Math.max(0, lastRestart + 1_000 - Date.now());
      lastRestart = Date.now() + wait;
      setTimeout(() => start(slot), wait);
    });
  };
  if (count > 1) console.log(`[serve] ${count} server processes`);
  for (let slot = 1; slot <= count; slot++) start(slot);

  // Each worker finishes the requests it has (scripts/next-server.ts) before it exits.
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (alive.size === 0) process.exit(0);
    for (const worker of alive) worker.process.kill(signal);
    setTimeout(() => process.exit(1), 15_000).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

if (cluster.isPrimary && process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) serve(process.argv.slice(2));
