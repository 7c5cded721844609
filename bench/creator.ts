/**
 * `npm run bench:creator`: the creator's three busiest pages on PostgreSQL with the scale seed. Two
 * throwaway databases on DATABASE_URL's server (else the local one at 127.0.0.1:5432), one seeded
 * with seedAtScale at BENCH_CLICKS (1,000,000 clicks: 10,000 products, ~50,000 orders), one at a
 * tenth of it (the "10× fewer rows" baseline), both analysed; then, for the busiest creator (Mai),
 * 5 warm-ups and BENCH_RUNS (50) timed runs of each case below in each database. Prints median and
 * p95 beside the baseline's, the goal and PASS/MISS, and for a case that misses the
 * EXPLAIN (ANALYZE, BUFFERS) of its three slowest statements. Both databases are dropped.
 *   BENCH_CLICKS (1000000), BENCH_RUNS (50), BENCH_QUERY (walnut: ~4% of the products)
 */
import { drizzle } from "drizzle-orm/postgres-js";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import type { Database } from "@/db/client";
import { executeRows } from "@/db/client";
import { listCreatorLinks } from "@/db/queries/creator-links";
import { creatorHasLinks } from "@/db/queries/creator-dashboard";
import { findCreatorProfile } from "@/db/queries/creators";
import { availableBalances } from "@/db/queries/wallet";
import { creatorDashboard } from "@/lib/reports/creator-dashboard";
import { readReportPeriod } from "@/lib/reports/period";
import { creatorFollowerCount } from "@/db/queries/links";
import { liveCampaigns, listOpenProducts, openCatalogueFacets, productStats } from "@/db/queries/open-catalogue";
import { findUserByEmail } from "@/db/queries/users";
import * as schema from "@/db/schema";
import { seedAtScale } from "@/db/seed/scale";
import { addDays } from "@/lib/clock";
import { bestMarketplaceRates } from "@/lib/commissions/creator-rates";
import { currentAffiliateThreshold } from "@/lib/creators/threshold";
import { progressBar } from "@/scripts/progress";
import { openThrowawayDatabase, type ThrowawayDatabase } from "./support/database";
import { timeRuns } from "./support/timing";

const CLICKS = Number(process.env.BENCH_CLICKS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const WARMUPS = 5;
const SEARCH = process.env.BENCH_QUERY ?? "walnut";
const DASHBOARD_DAYS = 90;

type Page = { db: Database; creatorId: string; at: Date };

/**
 * What each page does for one request, as its page.tsx calls it (re-point a case here when a page's
 * queries change). Each answers the number of rows it worked over, printed beside the timings.
 */
const CASES: { name: string; goalMs: number; run: (page: Page) => Promise<number> }[] = [
  {
    // app/(creator)/creator/products/page.tsx with ?q=<word>
    name: `marketplace q="${SEARCH}"`,
    goalMs: 100,
    run: async ({ db, creatorId, at }) => {
      const [list] = await Promise.all([
        listOpenProducts(db, creatorId, { q: SEARCH, sort: "rate", page: 1 }, at),
        openCatalogueFacets(db, creatorId),
        liveCampaigns(db, at),
        creatorFollowerCount(db, creatorId),
      ]);
      const productIds = list.rows.map((p) => p.id);
      await Promise.all([bestMarketplaceRates(db, { creatorId, productIds, at }), productStats(db, { productIds, at })]);
      await currentAffiliateThreshold(db);
      return list.total;
    },
  },
  {
    // app/(creator)/creator/page.tsx?period=90
    name: `dashboard ${DASHBOARD_DAYS} days`,
    goalMs: 150,
    run: async ({ db, creatorId, at }) => {
      const period = readReportPeriod({ period: String(DASHBOARD_DAYS) }, at, "Asia/Ho_Chi_Minh");
      const [, , , , dashboard] = await Promise.all([
        findCreatorProfile(db, creatorId),
        currentAffiliateThreshold(db),
        creatorHasLinks(db, creatorId),
        availableBalances(db, creatorId),
        creatorDashboard(db, { creatorId, period }),
      ]);
      return dashboard.totals.clicks;
    },
  },
  {
    // app/(creator)/creator/links/page.tsx, first page
    name: "links list, page 1",
    goalMs: 100,
    run: async ({ db, creatorId, at }) => (await listCreatorLinks(db, creatorId, { page: 1, at })).total,
  },
];

type Seeded = { database: ThrowawayDatabase; page: Page; seconds: number };

async function seeded(label: string, clicks: number, at: Date): Promise<Seeded> {
  const database = await openThrowawayDatabase(label);
  try {
    const started = performance.now();
    const bars = { links: progressBar("links"), clicks: progressBar("clicks"), orders: progressBar("orders") };
    const result = await seedAtScale(database.db, {
      clicks,
      now: at,
      onCatalogue: (added) => console.log(`${label}: ${added.shops} shops with ${fmt(added.products)} products, ${added.creators} creators`),
      onProgress: (phase, done, total) => bars[phase](done, total),
    });
    const seconds = (performance.now() - started) / 1000;
    // What autovacuum would do after a bulk load; without it the planner sees the tables as they were.
    await database.db.execute(sql`vacuum analyze`);
    console.log(`${label}: ${fmt(result.clicks)} clicks, ${fmt(result.links)} links, ${fmt(result.orders)} orders seeded in ${seconds.toFixed(1)} s`);
    const creator = await findUserByEmail(database.db, "mai@demo.test");
    return { database, page: { db: database.db, creatorId: creator!.id, at }, seconds };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Who the data is about: the creator's share of the links and clicks, and how selective the search word is. */
async function describeData(label: string, { db, creatorId, at }: Page) {
  const [share] = await executeRows<{ links: number; all_links: number; clicks: number; all_clicks: number; top: string }>(
    db,
    sql`select (select count(*) from links where creator_id = ${creatorId})::int as links, (select count(*) from links)::int as all_links,
          (select count(*) from clicks c join links l on l.id = c.link_id where l.creator_id = ${creatorId} and c.clicked_at >= ${addDays(at, -DASHBOARD_DAYS).toISOString()}::timestamptz)::int as clicks,
          (select count(*) from clicks)::int as all_clicks,
          (select u.email from clicks c join links l on l.id = c.link_id join users u on u.id = l.creator_id group by u.email order by count(*) desc limit 1) as top`,
  );
  const open = (await listOpenProducts(db, creatorId, { pageSize: 1 }, at)).total;
  const matching = (await listOpenProducts(db, creatorId, { q: SEARCH, pageSize: 1 }, at)).total;
  console.log(
    `${label}: busiest creator ${share!.top}; mai@demo.test has ${fmt(share!.links)} of ${fmt(share!.all_links)} links and ${fmt(share!.clicks)} of ${fmt(share!.all_clicks)} clicks; ` +
      `"${SEARCH}" matches ${fmt(matching)} of the ${fmt(open)} products open to her (${((100 * matching) / open).toFixed(1)}%)`,
  );
}

/** Runs the case once on a connection that records its statements, then EXPLAINs them and prints the three slowest. */
async function explain(database: ThrowawayDatabase, run: (page: Page) => Promise<number>, page: Page) {
  const statements: { query: string; params: unknown[] }[] = [];
  const client = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    const db = drizzle({ client, schema, logger: { logQuery: (query, params) => void statements.push({ query, params }) } }) as unknown as Database;
    await run({ ...page, db });
    const plans: { ms: number; lines: string[] }[] = [];
    for (const s of statements) {
      const rows = (await client.unsafe(`explain (analyze, buffers) ${s.query}`, s.params as never[])) as unknown as { "QUERY PLAN": string }[];
      const lines = rows.map((r) => r["QUERY PLAN"]);
      const ms = Number(/Execution Time: ([\d.]+)/.exec(lines.at(-1) ?? "")?.[1] ?? 0);
      plans.push({ ms, lines: [s.query.replace(/\s+/g, " ").slice(0, 240), ...lines] });
    }
    plans.sort((a, b) => b.ms - a.ms);
    for (const plan of plans.slice(0, 3)) console.log(`\n  -- ${plan.ms.toFixed(1)} ms --\n  ${plan.lines.slice(0, 24).join("\n  ")}${plan.lines.length > 24 ? "\n  ..." : ""}`);
  } finally {
    await client.end();
  }
}

function fmt(n: number, digits = 0) {
  return n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

const at = new Date();
const big = await seeded("full", CLICKS, at);
try {
  const small = await seeded("tenth", Math.round(CLICKS / 10), at);
  try {
    await describeData("full", big.page);
    await describeData("tenth", small.page);
    const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(10);
    console.log(`\n${RUNS} timed runs after ${WARMUPS} warm-ups, per case and database (2-core machine shared with others: read the baseline beside it)\n`);
    console.log(`${"case".padEnd(28)} ${"rows".padStart(9)} ${"median".padStart(10)} ${"p95".padStart(10)}   ${"rows/10".padStart(9)} ${"median".padStart(10)} ${"p95".padStart(10)}   ${"goal p95".padStart(10)}`);
    const misses: (typeof CASES)[number][] = [];
    for (const c of CASES) {
      const rows = await c.run(big.page);
      const full = await timeRuns(() => c.run(big.page), { runs: RUNS, warmups: WARMUPS });
      const baseRows = await c.run(small.page);
      const tenth = await timeRuns(() => c.run(small.page), { runs: RUNS, warmups: WARMUPS });
      const pass = full.p95 < c.goalMs;
      if (!pass) misses.push(c);
      console.log(`${c.name.padEnd(28)} ${fmt(rows).padStart(9)} ${ms(full.p50)} ${ms(full.p95)}   ${fmt(baseRows).padStart(9)} ${ms(tenth.p50)} ${ms(tenth.p95)}   ${`< ${c.goalMs} ms`.padStart(10)} ${pass ? "PASS" : "MISS"}`);
    }
    for (const c of misses) {
      console.log(`\n== ${c.name} missed its goal: EXPLAIN (ANALYZE, BUFFERS) of its three slowest statements on the full data ==`);
      await explain(big.database, c.run, big.page);
    }
  } finally {
    await small.database.close();
  }
} finally {
  await big.database.close();
}
