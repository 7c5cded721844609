/**
 * `npm run bench:orders`: the conversion API under load. On a throwaway PostgreSQL database next to
 * DATABASE_URL's (or on the local server) it seeds clicks with seedAtScale in two stages, first a
 * tenth of BENCH_CLICKS (100,000), then up to BENCH_CLICKS (1,000,000), and at each size:
 *   - times the attribution of an order line in-process (visitorClicksForAttribution +
 *     attributeOrderLine for random visitors) and EXPLAINs the clicks query;
 *   - drives POST /api/v1/orders of the server as `npm start` runs it on PostgreSQL (scripts/serve.ts:
 *     WEB_CONCURRENCY server processes (scripts/next-server.ts), by default one per core) over loopback with autocannon (16 connections,
 *     20 s after a 3 s warm-up), every request a new order (a real non-bot click of the demo USD
 *     shop's products, 1-3 lines, a unique external_id) signed afresh with the key's secret.
 * At the full size it then drives the redirect /l/<code> on the same server (64 connections, 10 s)
 * and profiles one order in-process (queries per order, time without HTTP and Next, CPU by process).
 * Prints a table and the goal check (>= 500 orders/s with p99 < 100 ms at the full size) as
 * PASS/MISS; exits 0 either way, non-zero only when something fails. Everything it starts is
 * stopped and the database dropped at the end.
 *   BENCH_CLICKS (1000000), BENCH_SECONDS (20), BENCH_CONNECTIONS (16), BENCH_REDIRECT_SECONDS (10),
 *   BENCH_REDIRECT_CONNECTIONS (64), BENCH_LOOKUPS (2000), NEXT_DIST_DIR (.next-e2e-bench),
 *   WEB_CONCURRENCY (server processes, default one per core)
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { and, count, desc, eq, gte, isNull, like, lte, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Database } from "@/db/client";
import { blockedCreatorIds, visitorClicksForAttribution } from "@/db/queries/attribution";
import * as schema from "@/db/schema";
import { clicks, commissions, links, orderLines, orders, products, shops, users } from "@/db/schema";
import { seedAtScale } from "@/db/seed/scale";
import { createApiKey } from "@/lib/api/key-commands";
import { signPayload, SIGNATURE_HEADER } from "@/lib/api/signature";
import { attributeOrderLine } from "@/lib/attribution";
import { recordConversion } from "@/lib/orders/conversions";
import { conversionOrderSchema } from "@/lib/validation/conversion";
import { progressBar } from "@/scripts/progress";
import { serverProcesses } from "@/scripts/serve";
import { PROJECT_ROOT, startAppServer, type AppServer } from "@/tests/system/support/app-server";
import { ensureProductionBuild } from "@/tests/system/support/build";
import { nextServerPids } from "@/tests/system/support/processes";
import { BROWSER_UA } from "@/tests/system/support/http";
import { createDemoDatabase, dropAbandonedDatabases, type DemoDatabase } from "@/tests/system/support/postgres";

const TOTAL_CLICKS = Number(process.env.BENCH_CLICKS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const REDIRECT_SECONDS = Number(process.env.BENCH_REDIRECT_SECONDS ?? 10);
const REDIRECT_CONNECTIONS = Number(process.env.BENCH_REDIRECT_CONNECTIONS ?? 64);
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 2_000);
const WARMUP_SECONDS = 3;
// As `npm start` serves PostgreSQL (scripts/serve.ts): WEB_CONCURRENCY processes, by default one per core.
const PROCESSES = serverProcesses({ DATABASE_URL: "postgres", WEB_CONCURRENCY: process.env.WEB_CONCURRENCY });
// Its own build folder (ignored by git, lint and tsc like the e2e ones): a build elsewhere may lack the API.
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-e2e-bench";
const REQUIRED_ROUTES = ["/api/v1/orders/route", "/l/[code]/route", "/api/health/route"];
const GOAL = { ordersPerSecond: 500, p99Ms: 100 };
const SELLER = "seller@demo.test";
const POOL = 20_000;
const PROFILE_ORDERS = 200;
const DAY_MS = 86_400_000;

if (!(Number.isInteger(TOTAL_CLICKS) && TOTAL_CLICKS >= 1_000)) throw new Error("BENCH_CLICKS must be a whole number of at least 1000");
const STAGES = [Math.round(TOTAL_CLICKS / 10), TOTAL_CLICKS];

// autocannon ships no type declarations; these are the parts used here.
type AutocannonRequest = {
  method?: string;
  path?: string;
  body?: string;
  headers?: Record<string, string>;
  setupRequest?: (req: AutocannonRequest) => AutocannonRequest;
  onResponse?: (status: number, body: string) => void;
};
type AutocannonResult = {
  duration: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
  latency: { p50: number; p99: number; average: number };
  requests: { average: number; total: number; sent: number };
};
type Autocannon = (options: { url: string; connections: number; duration: number; headers?: Record<string, string>; requests: AutocannonRequest[] }) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const fmt = (n: number, digits = 0) => n.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const statusCount = (r: AutocannonResult, status: number) => r.statusCodeStats[String(status)]?.count ?? 0;
const otherStatuses = (r: AutocannonResult, status: number) => Object.values(r.statusCodeStats).reduce((sum, s) => sum + s.count, 0) - statusCount(r, status);
const load = () => os.loadavg()[0]!.toFixed(2);

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
}

// ---- build ---------------------------------------------------------------------------------

function buildHasRoutes(distDir: string): boolean {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, distDir, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
    return REQUIRED_ROUTES.every((route) => route in manifest);
  } catch {
    return false;
  }
}

/** A production build with the conversion API: the shared helper only checks for the redirect, so a build without the API is made again. */
function ensureBuildWithApi(): void {
  if (!buildHasRoutes(DIST_DIR)) fs.rmSync(path.join(PROJECT_ROOT, DIST_DIR, "BUILD_ID"), { force: true });
  ensureProductionBuild(DIST_DIR);
  if (!buildHasRoutes(DIST_DIR)) throw new Error(`the build in ${DIST_DIR} has no ${REQUIRED_ROUTES.join(", ")}`);
}

// ---- CPU time by process, from /proc -------------------------------------------------------

const TICKS = 100;

function cpuTicks(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** CPU ticks of every postgres process (this machine's server: other databases' backends included). */
function postgresTicks(): number {
  let total = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres") total += cpuTicks(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return total;
}

/** CPU ticks the whole machine spent busy (everything but idle and iowait), from /proc/stat. */
function machineBusyTicks(): number {
  const [, ...fields] = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
  const values = fields.slice(0, 8).map(Number);
  return values.reduce((a, b) => a + b, 0) - values[3]! - values[4]!;
}

type CpuSample = { next: number; postgres: number; bench: number; machine: number; wall: number };
const cpuSample = (serverPids: number[]): CpuSample => ({
  next: serverPids.reduce((sum, pid) => sum + cpuTicks(pid), 0),
  postgres: postgresTicks(),
  bench: cpuTicks(process.pid),
  machine: machineBusyTicks(),
  wall: performance.now(),
});
function cpuShare(a: CpuSample, b: CpuSample): string {
  const seconds = (b.wall - a.wall) / 1000;
  const cores = (ticks: number) => fmt(ticks / TICKS / seconds, 2);
  const others = b.machine - a.machine - (b.next - a.next) - (b.postgres - a.postgres) - (b.bench - a.bench);
  return `next-server ${cores(b.next - a.next)} cores, postgres ${cores(b.postgres - a.postgres)}, autocannon (this process) ${cores(b.bench - a.bench)}, other work on the machine ${cores(Math.max(0, others))} of ${os.cpus().length}`;
}

// ---- data ----------------------------------------------------------------------------------

type Shop = { id: string; currency: "USD" };
type PoolClick = { clickId: string; clickedAt: Date; productId: string; price: number };
type ShopProduct = { id: string; price: number };

async function sellerShop(db: Database): Promise<Shop> {
  const [shop] = await db.select({ id: shops.id, currency: shops.currency }).from(shops).innerJoin(users, eq(users.id, shops.ownerUserId)).where(eq(users.email, SELLER));
  if (!shop || shop.currency !== "USD") throw new Error(`The demo has no USD shop of ${SELLER}`);
  return { id: shop.id, currency: "USD" };
}

/** Random stored non-bot clicks on links to the shop's products: what a buyer's checkout would report. */
async function clickPool(db: Database, shopId: string): Promise<PoolClick[]> {
  return db
    .select({ clickId: clicks.id, clickedAt: clicks.clickedAt, productId: products.id, price: products.priceMinor })
    .from(clicks)
    .innerJoin(links, eq(links.id, clicks.linkId))
    .innerJoin(products, eq(products.id, links.productId))
    .where(and(eq(products.shopId, shopId), eq(clicks.isBot, false)))
    .orderBy(sql`random()`)
    .limit(POOL);
}

/** A new order each call: its click's product, plus up to two other products of the shop, shortly after the click. */
function orderFactory(prefix: string, pool: PoolClick[], catalogue: ShopProduct[]) {
  let seq = 0;
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;
  return () => {
    const click = pick(pool);
    const extra = Math.floor(Math.random() * 3);
    const chosen: ShopProduct[] = [{ id: click.productId, price: click.price }];
    for (let tries = 0; chosen.length < extra + 1 && tries < 10; tries++) {
      const p = pick(catalogue);
      if (!chosen.some((c) => c.id === p.id)) chosen.push(p);
    }
    // Minutes to two hours after the click, never in the future.
    const occurredAt = new Date(Math.min(click.clickedAt.getTime() + (2 + Math.random() * 118) * 60_000, Date.now() - 1_000));
    return {
      external_id: `${prefix}-${++seq}`,
      occurred_at: occurredAt.toISOString(),
      currency: "USD",
      click_id: click.clickId,
      lines: chosen.map((p, i) => {
        const quantity = 1 + Math.floor(Math.random() * 3);
        return { line_id: String(i + 1), product_id: p.id, quantity, unit_price: p.price, discount: Math.random() < 0.2 ? Math.floor((p.price * quantity) / 10) : 0 };
      }),
    };
  };
}

async function seedTo(database: DemoDatabase, target: number, current: number): Promise<number> {
  const started = performance.now();
  const bars = { links: progressBar("links"), clicks: progressBar("clicks"), orders: progressBar("orders") };
  const added = await seedAtScale(database.db, { clicks: target - current, now: new Date(), onProgress: (phase, done, total) => bars[phase](done, total) });
  // What autovacuum would do after a bulk load; without it the planner sees the table as it was.
  await database.db.execute(sql`analyze`);
  const total = (await database.db.select({ n: count() }).from(clicks))[0]!.n;
  console.log(`seeded ${fmt(added.clicks)} clicks, ${fmt(added.links)} links, ${fmt(added.orders)} orders in ${fmt((performance.now() - started) / 1000, 1)} s (analyzed): ${fmt(total)} clicks stored`);
  return total;
}

// ---- attribution lookups in-process --------------------------------------------------------

type Lookup = { p50: number; p99: number; mean: number; rows: number; plan: string; scan: string };

async function attributionLookups(db: Database, raw: postgres.Sql, shopId: string): Promise<Lookup> {
  const sample = await db
    .select({ visitorId: clicks.visitorId, clickedAt: clicks.clickedAt, productId: links.productId })
    .from(clicks)
    .innerJoin(links, eq(links.id, clicks.linkId))
    .where(eq(clicks.isBot, false))
    .orderBy(sql`random()`)
    .limit(LOOKUPS);
  const blocked = await blockedCreatorIds(db, shopId);
  const times: number[] = [];
  let rows = 0;
  for (const s of sample) {
    const orderedAt = new Date(s.clickedAt.getTime() + 30 * 60_000);
    const started = performance.now();
    const found = await visitorClicksForAttribution(db, s.visitorId, orderedAt);
    attributeOrderLine({ productId: s.productId ?? "none", orderedAt }, found, blocked);
    times.push(performance.now() - started);
    rows += found.length;
  }
  times.sort((a, b) => a - b);
  // The same query visitorClicksForAttribution runs, for its plan.
  const s = sample[0]!;
  const before = new Date(s.clickedAt.getTime() + 30 * 60_000);
  const query = db
    .select({ click: clicks, link: links })
    .from(clicks)
    .innerJoin(links, eq(links.id, clicks.linkId))
    .where(and(eq(clicks.visitorId, s.visitorId), lte(clicks.clickedAt, before), gte(clicks.clickedAt, new Date(before.getTime() - 60 * DAY_MS))))
    .orderBy(desc(clicks.clickedAt))
    .limit(200)
    .toSQL();
  const plan = (await raw.unsafe(`explain ${query.sql}`, query.params as never[])).map((r) => String(r["QUERY PLAN"]).trim());
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
    rows: rows / sample.length,
    plan: plan[0] ?? "",
    scan: plan.find((line) => /on clicks\b/.test(line))?.replace(/^->\s*/, "") ?? "(no scan of clicks in the plan)",
  };
}

// ---- load ----------------------------------------------------------------------------------

type OrdersRun = { result: AutocannonResult; ordersPerSecond: number; failures: string[] };

function driveOrders(baseUrl: string, key: { key: string; secret: string }, nextOrder: () => object, seconds: number): Promise<OrdersRun> {
  const failures: string[] = [];
  return autocannon({
    url: baseUrl,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: "POST",
        path: "/api/v1/orders",
        setupRequest: (req) => {
          const body = JSON.stringify(nextOrder());
          const t = Math.floor(Date.now() / 1000);
          return {
            ...req,
            body,
            headers: { "content-type": "application/json", authorization: `Bearer ${key.key}`, [SIGNATURE_HEADER]: signPayload(key.secret, t, body) },
          };
        },
        onResponse: (status, body) => {
          if (status !== 201 && failures.length < 5) failures.push(`${status} ${body.slice(0, 300)}`);
        },
      },
    ],
  }).then((result) => ({ result, ordersPerSecond: statusCount(result, 201) / result.duration, failures }));
}

function driveRedirect(baseUrl: string, codes: string[], seconds: number): Promise<AutocannonResult> {
  return autocannon({
    url: baseUrl,
    connections: REDIRECT_CONNECTIONS,
    duration: seconds,
    // A browser with no cookie: every request is a new, counted buyer.
    headers: { "user-agent": BROWSER_UA },
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: `/l/${codes[Math.floor(Math.random() * codes.length)]}` }) }],
  });
}

type Stage = { clicks: number; lookup: Lookup; orders: OrdersRun; attributedLines: number; lines: number; cpuPerOrder: { next: number; postgres: number } };

async function benchOrders(database: DemoDatabase, app: AppServer, serverPids: number[], key: { key: string; secret: string }, nextOrder: () => object, prefix: string) {
  console.log(`orders: ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up + ${SECONDS} s (load average ${load()})`);
  await driveOrders(app.baseUrl, key, nextOrder, WARMUP_SECONDS);
  const before = cpuSample(serverPids);
  const run = await driveOrders(app.baseUrl, key, nextOrder, SECONDS);
  const after = cpuSample(serverPids);
  const made = Math.max(1, statusCount(run.result, 201));
  const perOrder = (ticks: number) => fmt((ticks * 1000) / TICKS / made, 1);
  console.log(`  ${fmt(run.ordersPerSecond)} orders/s, p50 ${run.result.latency.p50} ms, p99 ${run.result.latency.p99} ms`);
  console.log(`  CPU: ${cpuShare(before, after)}; per order ${perOrder(after.next - before.next)} ms in next-server, ${perOrder(after.postgres - before.postgres)} ms in postgres`);
  for (const failure of run.failures) console.log(`  non-201: ${failure}`);
  // What was written: every line attributed at once, with a commission where a click earns.
  const [written] = await database.db
    .select({ lines: count(orderLines.id), attributed: count(commissions.id) })
    .from(orders)
    .innerJoin(orderLines, eq(orderLines.orderId, orders.id))
    .leftJoin(commissions, eq(commissions.orderLineId, orderLines.id))
    .where(like(orders.externalId, `${prefix}-%`));
  const cpuPerOrder = { next: ((after.next - before.next) * 1000) / TICKS / made, postgres: ((after.postgres - before.postgres) * 1000) / TICKS / made };
  return { run, lines: written!.lines, attributedLines: written!.attributed, cpuPerOrder };
}

// ---- profile: one order in-process ---------------------------------------------------------

type Profile = {
  queries: number;
  /** Statements per order by kind and table, most frequent first. */
  statements: string[];
  sequentialMs: number;
  sequentialP99: number;
  /** Per order, one at a time: wall time, CPU of this process (drizzle, postgres.js, the domain code) and of PostgreSQL. */
  wallMs: number;
  appCpuMs: number;
  postgresCpuMs: number;
  concurrentPerSecond: number;
  concurrentP99: number;
  /** CPU of the app code per order when 16 go at once (batched as in the server). */
  concurrentAppCpuMs: number;
};

async function profileOrders(url: string, shop: Shop, nextOrder: () => object): Promise<Profile> {
  let queries = 0;
  // The server's pool (db/client.ts) with every statement counted: BEGIN, SAVEPOINT and COMMIT included.
  const kinds = new Map<string, number>();
  const client = postgres(url, {
    max: 10,
    onnotice: () => {},
    debug: (_connection, query) => {
      queries++;
      const kind = /^\s*(\w+)(?:\s+into\s+"(\w+)"|.*?\sfrom\s+"(\w+)"|\s+"(\w+)")?/i.exec(query);
      const name = kind ? `${kind[1]!.toLowerCase()}${kind[2] ?? kind[3] ?? kind[4] ? ` ${kind[2] ?? kind[3] ?? kind[4]}` : ""}` : "other";
      kinds.set(name, (kinds.get(name) ?? 0) + 1);
    },
  });
  const db = drizzle({ client, schema }) as unknown as Database;
  try {
    const one = async () => {
      const input = conversionOrderSchema.parse(nextOrder());
      const started = performance.now();
      const answer = await recordConversion(db, { shop, at: new Date() }, input);
      if (answer.status !== 201) throw new Error(`recordConversion answered ${answer.status}`);
      return performance.now() - started;
    };
    for (let i = 0; i < 20; i++) await one();
    queries = 0;
    kinds.clear();
    const sequential: number[] = [];
    const [cpu, pgTicks, wall] = [process.cpuUsage(), postgresTicks(), performance.now()];
    for (let i = 0; i < PROFILE_ORDERS; i++) sequential.push(await one());
    const spent = process.cpuUsage(cpu);
    const split = {
      wallMs: (performance.now() - wall) / PROFILE_ORDERS,
      appCpuMs: (spent.user + spent.system) / 1000 / PROFILE_ORDERS,
      postgresCpuMs: ((postgresTicks() - pgTicks) * 1000) / TICKS / PROFILE_ORDERS,
    };
    const perOrder = queries / PROFILE_ORDERS;
    const statements = [...kinds.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${fmt(n / PROFILE_ORDERS, 2)}`);
    // The same at 16 at once, bounded in time (5 s) and count (5,000).
    const concurrent: number[] = [];
    const deadline = performance.now() + 5_000;
    const started = performance.now();
    const concurrentCpu = process.cpuUsage();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < deadline && concurrent.length < 5_000) concurrent.push(await one());
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const concurrentSpent = process.cpuUsage(concurrentCpu);
    sequential.sort((a, b) => a - b);
    concurrent.sort((a, b) => a - b);
    return {
      // The API also looks the key up on every request (and writes its last use once a minute).
      queries: perOrder + 1,
      statements,
      sequentialMs: percentile(sequential, 50),
      sequentialP99: percentile(sequential, 99),
      ...split,
      concurrentPerSecond: concurrent.length / elapsed,
      concurrentP99: percentile(concurrent, 99),
      concurrentAppCpuMs: (concurrentSpent.user + concurrentSpent.system) / 1000 / concurrent.length,
    };
  } finally {
    await client.end({ timeout: 5 });
  }
}

// ---- run -----------------------------------------------------------------------------------

let database: DemoDatabase | undefined;
let app: AppServer | undefined;
let raw: postgres.Sql | undefined;
let watchdog: NodeJS.Timeout | undefined;

try {
  ensureBuildWithApi();
  // Bounded even if something hangs: stop everything after 12 minutes (the build above excepted).
  watchdog = setTimeout(() => {
    console.error("bench:orders: still running after 12 minutes, giving up");
    app?.kill("SIGKILL");
    setTimeout(() => process.exit(2), 10_000).unref();
    void (database?.drop() ?? Promise.resolve()).finally(() => process.exit(2));
  }, 720_000);
  await dropAbandonedDatabases("bench");
  database = await createDemoDatabase("bench", "orders");
  raw = postgres(database.url, { max: 1, onnotice: () => {} });
  console.log(`database ${database.name}: demo seeded; ${os.cpus().length} cores, load average ${load()}`);

  const shop = await sellerShop(database.db);
  const created = await createApiKey(database.db, { shop, at: new Date() }, { name: "bench:orders" });
  const key = { key: created.key, secret: created.signingSecret };
  const catalogue = (await database.db.select({ id: products.id, price: products.priceMinor }).from(products).where(eq(products.shopId, shop.id))).filter((p) => p.price > 0);
  const runId = Date.now().toString(36);

  process.env.SETTLEMENT_INTERVAL_MS = "0";
  const stages: Stage[] = [];
  let stored = (await database.db.select({ n: count() }).from(clicks))[0]!.n;
  let serverPids: number[] = [];
  let profile: Profile | undefined;
  let redirect: AutocannonResult | undefined;
  let viaNext: Awaited<ReturnType<typeof benchOrders>> | undefined;
  for (const [i, target] of STAGES.entries()) {
    console.log(`\n== stage ${i + 1}: up to ${fmt(target)} clicks`);
    stored = await seedTo(database, target, stored);
    const lookup = await attributionLookups(database.db, raw, shop.id);
    console.log(`attribution, ${fmt(LOOKUPS)} random visitors in-process: p50 ${fmt(lookup.p50, 2)} ms, p99 ${fmt(lookup.p99, 2)} ms, ${fmt(lookup.rows, 2)} clicks per visitor`);
    console.log(`  plan: ${lookup.plan}\n        ${lookup.scan}`);

    const pool = await clickPool(database.db, shop.id);
    if (pool.length === 0) throw new Error("no non-bot click on a link to the USD shop's products");
    const prefix = `bench-${runId}-${i + 1}`;
    const nextOrder = orderFactory(prefix, pool, catalogue);
    if (!app) {
      app = await startAppServer({ databaseUrl: database.url, distDir: DIST_DIR, processes: PROCESSES });
      serverPids = nextServerPids(app.pid);
      console.log(`server (${DIST_DIR}) on ${app.baseUrl}, ${PROCESSES} next-server process(es) (pid ${serverPids.join(", ")}), SETTLEMENT_INTERVAL_MS=0`);
    }
    const { run, lines, attributedLines, cpuPerOrder } = await benchOrders(database, app, serverPids, key, nextOrder, prefix);
    stages.push({ clicks: stored, lookup, orders: run, lines, attributedLines, cpuPerOrder });

    if (i === STAGES.length - 1) {
      const codes = (await database.db.select({ code: links.code }).from(links).where(isNull(links.disabledAt)).orderBy(sql`random()`).limit(1_000)).map((l) => l.code);
      console.log(`redirect /l/<code>: ${REDIRECT_CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up + ${REDIRECT_SECONDS} s across ${fmt(codes.length)} codes (load average ${load()})`);
      await driveRedirect(app.baseUrl, codes, WARMUP_SECONDS);
      const before = cpuSample(serverPids);
      redirect = await driveRedirect(app.baseUrl, codes, REDIRECT_SECONDS);
      console.log(`  ${fmt(redirect.requests.average)} req/s, p50 ${redirect.latency.p50} ms, p99 ${redirect.latency.p99} ms; CPU: ${cpuShare(before, cpuSample(serverPids))}`);
      // The baseline: the same orders through Next's route handler, on a server started with DIRECT_ROUTES=off.
      await app.stop();
      app = await startAppServer({ databaseUrl: database.url, distDir: DIST_DIR, processes: PROCESSES, env: { DIRECT_ROUTES: "off" } });
      console.log(`baseline: the same server with DIRECT_ROUTES=off (every request through Next's router) on ${app.baseUrl}`);
      viaNext = await benchOrders(database, app, nextServerPids(app.pid), key, orderFactory(`${prefix}-next`, pool, catalogue), `${prefix}-next`);
      console.log(`profile: ${PROFILE_ORDERS} orders one at a time, then ${CONNECTIONS} at once for 5 s, in this process (no HTTP, no Next)`);
      profile = await profileOrders(database.url, shop, orderFactory(`${prefix}-profile`, pool, catalogue));
    }
  }

  const last = stages[stages.length - 1]!;
  const cols = stages.map((s) => `${fmt(s.clicks)} clicks`);
  const row = (label: string, values: string[]) => console.log(`${label.padEnd(40)}${values.map((v) => v.padStart(26)).join("")}`);
  console.log("");
  row("", cols);
  row("POST /api/v1/orders, orders/s (201s)", stages.map((s) => fmt(s.orders.ordersPerSecond)));
  row("  latency p50 / p99", stages.map((s) => `${s.orders.result.latency.p50} / ${s.orders.result.latency.p99} ms`));
  row("  201s / other statuses / errors", stages.map((s) => `${fmt(statusCount(s.orders.result, 201))} / ${otherStatuses(s.orders.result, 201)} / ${s.orders.result.errors + s.orders.result.timeouts}`));
  row("  lines attributed (commission)", stages.map((s) => `${fmt((100 * s.attributedLines) / Math.max(1, s.lines), 1)}% of ${fmt(s.lines)}`));
  row("attribution lookup p50 / p99", stages.map((s) => `${fmt(s.lookup.p50, 2)} / ${fmt(s.lookup.p99, 2)} ms`));
  row("  clicks query uses", stages.map((s) => /Index.* using (\w+)/.exec(s.lookup.scan)?.[1] ?? "no index"));
  if (redirect) {
    row("GET /l/<code> req/s (same run)", ["", fmt(redirect.requests.average)]);
    row("  latency p50 / p99", ["", `${redirect.latency.p50} / ${redirect.latency.p99} ms`]);
    row("  302s / other statuses / errors", ["", `${fmt(statusCount(redirect, 302))} / ${otherStatuses(redirect, 302)} / ${redirect.errors + redirect.timeouts}`]);
  }
  row("  CPU per order: next-server / postgres", stages.map((s) => `${fmt(s.cpuPerOrder.next, 1)} / ${fmt(s.cpuPerOrder.postgres, 1)} ms`));
  if (viaNext) {
    row("via Next's router (baseline, same run)", ["", fmt(viaNext.run.ordersPerSecond)]);
    row("  latency p50 / p99", ["", `${viaNext.run.result.latency.p50} / ${viaNext.run.result.latency.p99} ms`]);
    row("  CPU per order: next-server / postgres", ["", `${fmt(viaNext.cpuPerOrder.next, 1)} / ${fmt(viaNext.cpuPerOrder.postgres, 1)} ms`]);
  }
  if (profile) {
    console.log(
      `\nwhere an order's time goes (at ${fmt(last.clicks)} clicks):\n` +
        `  ${fmt(profile.queries, 1)} statements per order (BEGIN/SAVEPOINT/COMMIT included, +1 for the API key lookup): ${profile.statements.join(", ")}\n` +
        `  in-process, no HTTP, no Next, one at a time: ${fmt(profile.sequentialMs, 1)} ms p50 (p99 ${fmt(profile.sequentialP99, 1)} ms); per order ` +
        `${fmt(profile.appCpuMs, 1)} ms CPU in the app code (drizzle, postgres.js, domain), ${fmt(profile.postgresCpuMs, 1)} ms CPU in PostgreSQL, ` +
        `${fmt(Math.max(0, profile.wallMs - profile.appCpuMs - profile.postgresCpuMs), 1)} ms neither (round trips, commit flush, waiting for a core)\n` +
        `  in-process, ${CONNECTIONS} at once on a pool of 10 (the server's default): ${fmt(profile.concurrentPerSecond)} orders/s, p99 ${fmt(profile.concurrentP99, 1)} ms, ${fmt(profile.concurrentAppCpuMs, 1)} ms CPU per order in the app code\n` +
        `  over HTTP: ${fmt(last.cpuPerOrder.next, 1)} ms CPU per order in the server processes against ${fmt(profile.concurrentAppCpuMs, 1)} ms for the app code alone at the same concurrency: ` +
        `HTTP, the API key, the signature and zod add about ${fmt(Math.max(0, last.cpuPerOrder.next - profile.concurrentAppCpuMs), 1)} ms`,
    );
  }
  const failed = otherStatuses(last.orders.result, 201) + last.orders.result.errors + last.orders.result.timeouts;
  const pass = last.orders.ordersPerSecond >= GOAL.ordersPerSecond && last.orders.result.latency.p99 < GOAL.p99Ms && failed === 0;
  console.log(
    `\ngoal at ${fmt(last.clicks)} clicks (>= ${GOAL.ordersPerSecond} orders/s, p99 < ${GOAL.p99Ms} ms, no failures): ` +
      `${fmt(last.orders.ordersPerSecond)} orders/s, p99 ${last.orders.result.latency.p99} ms, ${failed} failed: ${pass ? "PASS" : "MISS"}`,
  );
  const growth = last.lookup.p50 / stages[0]!.lookup.p50;
  console.log(`attribution lookup p50 at ${fmt(last.clicks)} clicks is ${fmt(growth, 2)}x the one at ${fmt(stages[0]!.clicks)} (clicks x${fmt(last.clicks / stages[0]!.clicks, 1)})`);
  // Any failed request is a finding, not a measurement.
  if (stages.some((s) => otherStatuses(s.orders.result, 201) + s.orders.result.errors + s.orders.result.timeouts > 0)) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await app?.stop();
  await raw?.end({ timeout: 5 }).catch(() => {});
  await database?.drop().catch((error: unknown) => console.error("could not drop the bench database", error));
  if (watchdog) clearTimeout(watchdog);
}
