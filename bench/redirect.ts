/**
 * `npm run bench:redirect`: the buyer's hot path under load. Starts the production server
 * (one process of scripts/serve.ts, as `npm start` runs it) on a throwaway PostgreSQL database next to DATABASE_URL's (or on the local
 * server), creates 1,000 links and drives /l/<code> over loopback with autocannon at 64 connections
 * for 20 s across random codes; in the same run it drives a bare node:http server answering a fixed
 * 302 with a cookie, the ceiling for this machine. Prints both throughputs, the ratio, p50/p99
 * latency, the server's peak RSS and the clicks stored against the 302s served; exits non-zero when
 * they differ. Everything it starts is stopped and the database dropped at the end.
 *   BENCH_SECONDS (20), BENCH_CONNECTIONS (64), BENCH_LINKS (1000)
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import { count, eq } from "drizzle-orm";
import { clicks, creatorProfiles, products, type Channel } from "@/db/schema";
import { getOrCreateLink } from "@/lib/links/generate";
import { startAppServer, type AppServer } from "@/tests/system/support/app-server";
import { nextServerPids } from "@/tests/system/support/processes";
import { ensureProductionBuild } from "@/tests/system/support/build";
import { BROWSER_UA, readMetrics, sleep } from "@/tests/system/support/http";
import { createDemoDatabase, dropAbandonedDatabases, type DemoDatabase } from "@/tests/system/support/postgres";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const LINKS = Number(process.env.BENCH_LINKS ?? 1_000);
const WARMUP_SECONDS = 3;
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const CHANNELS: Channel[] = ["instagram", "youtube", "facebook", "threads", "tiktok", "blog", "email", "other"];

// autocannon ships no type declarations; these are the parts used here.
type AutocannonRequest = { method?: string; path?: string; headers?: Record<string, string>; setupRequest?: (req: AutocannonRequest) => AutocannonRequest };
type AutocannonResult = {
  duration: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
  latency: { p50: number; p99: number; average: number };
  requests: { average: number; total: number; sent: number };
};
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  requests: AutocannonRequest[];
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/** A bare node:http server answering every request with the same 302 and visitor cookie. */
const BARE_SERVER = `
const http = require("node:http");
const server = http.createServer((req, res) => {
  res.writeHead(302, {
    Location: "https://brightside-home.example/products/linen-throw?aff_click=clk_01M81DS0YBPCRKQPDN14WZDAFY",
    "Cache-Control": "no-store",
    "Set-Cookie": "ls_vid=v_8CukRHKbZfgxNNYAhNfTfywf; Path=/; Max-Age=1209600; HttpOnly; SameSite=Lax",
  });
  res.end();
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));`;

type Bare = { baseUrl: string; pid: number; stop: () => void };

function startBareServer(): Promise<Bare> {
  const child = spawn(process.execPath, ["-e", BARE_SERVER], { detached: true, stdio: ["ignore", "pipe", "inherit"] });
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
  process.on("exit", stop);
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the bare server exited (${code})`)));
    child.stdout!.once("data", (chunk: Buffer) => resolve({ baseUrl: `http://127.0.0.1:${chunk.toString().trim()}`, pid: child.pid!, stop }));
  });
}

/** Memory of a process from /proc: the peak resident set (VmHWM) or the current one (VmRSS), in MiB. */
function memoryMiB(pid: number, field: "VmHWM" | "VmRSS"): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1]);
  return kb / 1024;
}

async function createLinks(database: DemoDatabase): Promise<string[]> {
  const creators = await database.db.select({ id: creatorProfiles.userId }).from(creatorProfiles);
  const open = await database.db.select({ id: products.id, status: products.status }).from(products).where(eq(products.openToAffiliates, true));
  const linkable = open.filter((p) => p.status === "active");
  const codes: string[] = [];
  // A few at a time: each link is its own short transaction.
  for (let start = 0; start < LINKS; start += 8) {
    const batch = Array.from({ length: Math.min(8, LINKS - start) }, (_, k) => start + k);
    const made = await Promise.all(
      batch.map((i) =>
        getOrCreateLink(database.db, {
          creatorId: creators[i % creators.length]!.id,
          target: { type: "product", productId: linkable[Math.floor(i / creators.length) % linkable.length]!.id },
          channel: CHANNELS[i % CHANNELS.length]!,
          subId: `bench-${i}`,
          at: new Date(),
        }),
      ),
    );
    codes.push(...made.map((m) => m.link.code));
  }
  return codes;
}

function drive(baseUrl: string, codes: string[], seconds: number): Promise<AutocannonResult> {
  return autocannon({
    url: baseUrl,
    connections: CONNECTIONS,
    duration: seconds,
    // A browser with no cookie: every request is a new, counted buyer.
    headers: { "user-agent": BROWSER_UA },
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: `/l/${codes[Math.floor(Math.random() * codes.length)]}` }) }],
  });
}

/** The server's counters once the requests cut off when autocannon stopped have finished. */
async function settledMetrics(baseUrl: string): Promise<Map<string, number>> {
  let last = await readMetrics(baseUrl);
  for (let i = 0; i < 20; i++) {
    await sleep(250);
    const next = await readMetrics(baseUrl);
    if (next.get("portal_redirects_total") === last.get("portal_redirects_total")) return next;
    last = next;
  }
  return last;
}

const count302 = (r: AutocannonResult) => r.statusCodeStats["302"]?.count ?? 0;
const fmt = (n: number, digits = 0) => n.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });

let database: DemoDatabase | undefined;
let app: AppServer | undefined;
let bare: Bare | undefined;
// Bounded even if something hangs: stop everything after 10 minutes.
const watchdog = setTimeout(() => {
  console.error("bench:redirect: still running after 10 minutes, giving up");
  app?.kill("SIGKILL");
  bare?.stop();
  process.exit(2);
}, 600_000);

try {
  ensureProductionBuild(DIST_DIR);
  await dropAbandonedDatabases("bench");
  database = await createDemoDatabase("bench");
  const seeding = performance.now();
  const codes = await createLinks(database);
  const demoClicks = (await database.db.select({ n: count() }).from(clicks))[0]!.n;
  console.log(`database ${database.name}: demo seeded, ${fmt(codes.length)} links created in ${fmt((performance.now() - seeding) / 1000, 1)} s`);

  app = await startAppServer({ databaseUrl: database.url, distDir: DIST_DIR });
  const serverPid = nextServerPids(app.pid)[0]!;
  console.log(`server (${DIST_DIR}) on ${app.baseUrl}, next-server pid ${serverPid}; ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up + ${SECONDS} s per server`);
  const appWarmup = await drive(app.baseUrl, codes, WARMUP_SECONDS);
  const appRun = await drive(app.baseUrl, codes, SECONDS);
  const metrics = await settledMetrics(app.baseUrl);
  const appPeakRss = memoryMiB(serverPid, "VmHWM");
  const stored = (await database.db.select({ n: count() }).from(clicks))[0]!.n - demoClicks;
  await app.stop();

  bare = await startBareServer();
  await drive(bare.baseUrl, codes, WARMUP_SECONDS);
  const bareRun = await drive(bare.baseUrl, codes, SECONDS);
  const barePeakRss = memoryMiB(bare.pid, "VmHWM");
  bare.stop();

  const served = metrics.get("portal_redirects_total")!;
  const lost = metrics.get("portal_clicks_lost_total")!;
  const received = count302(appWarmup) + count302(appRun);
  const batches = metrics.get("portal_click_batches_total")!;
  const batchedClicks = metrics.get("portal_click_batch_clicks_total")!;
  const batchSeconds = metrics.get("portal_click_batch_seconds_total")!;
  const others = (r: AutocannonResult) => Object.values(r.statusCodeStats).reduce((sum, s) => sum + s.count, 0) - count302(r);

  const rows: [string, string, string][] = [
    ["requests/s (mean)", fmt(appRun.requests.average), fmt(bareRun.requests.average)],
    ["latency p50", `${fmt(appRun.latency.p50)} ms`, `${fmt(bareRun.latency.p50)} ms`],
    ["latency p99", `${fmt(appRun.latency.p99)} ms`, `${fmt(bareRun.latency.p99)} ms`],
    ["302s received", fmt(count302(appRun)), fmt(count302(bareRun))],
    ["other statuses / errors", `${others(appRun)} / ${appRun.errors + appRun.timeouts}`, `${others(bareRun)} / ${bareRun.errors + bareRun.timeouts}`],
    ["peak RSS (VmHWM)", `${fmt(appPeakRss)} MiB`, `${fmt(barePeakRss)} MiB`],
  ];
  console.log(`\n${"".padEnd(26)}${"server /l/<code>".padStart(22)}${"bare node:http 302".padStart(22)}`);
  for (const [label, a, b] of rows) console.log(`${label.padEnd(26)}${a.padStart(22)}${b.padStart(22)}`);
  const ratio = appRun.requests.average / bareRun.requests.average;
  console.log(`${"ratio".padEnd(26)}${`${fmt(ratio * 100, 1)}% of the bare server's throughput (${fmt(1 / ratio, 1)}x slower)`}`);

  const ok = stored === served && lost === 0 && received <= served && others(appWarmup) + others(appRun) === 0;
  console.log(
    `\nclicks stored ${fmt(stored)} vs 302s served ${fmt(served)} (server's count; autocannon received ${fmt(received)}, ` +
      `${fmt(served - received)} were cut off in flight when it stopped), clicks lost ${lost}: ${ok ? "OK" : "MISMATCH"}`,
  );
  console.log(
    `group commit: ${fmt(batches)} batches, ${fmt(batchedClicks / batches, 1)} clicks per batch on average, ${fmt((batchSeconds * 1000) / batches, 1)} ms per batch`,
  );
  if (!ok) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await app?.stop();
  bare?.stop();
  await database?.drop().catch((error: unknown) => console.error("could not drop the bench database", error));
  clearTimeout(watchdog);
}
