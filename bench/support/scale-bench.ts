/**
 * The frame of the benchmarks over the scale seed (bench:creator, bench:seller): two throwaway
 * databases on the benchmark server, one seeded with seedAtScale at `clicks`, one at a tenth of it
 * (the "10× fewer rows" baseline), both vacuumed and analysed; then WARMUPS and RUNS timed runs of
 * each case in each database, printed as median and p95 beside the baseline's, the goal and
 * PASS/MISS, and for a case that misses the EXPLAIN (ANALYZE, BUFFERS) of its three slowest
 * statements. Both databases are dropped.
 */
import { drizzle } from "drizzle-orm/postgres-js";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { executeRows, type Database } from "@/db/client";
import { findUserByEmail } from "@/db/queries/users";
import * as schema from "@/db/schema";
import { seedAtScale } from "@/db/seed/scale";
import { progressBar } from "@/scripts/progress";
import { openThrowawayDatabase, type ThrowawayDatabase } from "./database";
import { timeRuns } from "./timing";

export const RUNS = Number(process.env.BENCH_RUNS ?? 50);
export const WARMUPS = 5;

/** A seeded database as the cases see it: the connection pool, the time, and the demo's busiest creator and shop. */
export type ScalePage = { db: Database; at: Date; creatorId: string; shopId: string };
export type ScaleCase = { name: string; goalMs: number; run: (page: ScalePage) => Promise<number> };

type Seeded = { database: ThrowawayDatabase; page: ScalePage; seconds: number };

export function fmt(n: number, digits = 0) {
  return n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

async function seeded(label: string, clicks: number, at: Date, shopOwner: string | undefined): Promise<Seeded> {
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
    // The shop asked for, else the one with the most orders.
    const owner = shopOwner ? await findUserByEmail(database.db, shopOwner) : undefined;
    const [shop] = owner
      ? await database.db.select({ id: schema.shops.id }).from(schema.shops).where(sql`${schema.shops.ownerUserId} = ${owner.id}`)
      : await executeRows<{ id: string }>(database.db, sql`select shop_id as id from orders group by shop_id order by count(*) desc, shop_id limit 1`);
    return { database, page: { db: database.db, creatorId: creator!.id, shopId: shop!.id, at }, seconds };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Runs the case once on a connection that records its statements, then EXPLAINs them and prints the three slowest. */
async function explain(database: ThrowawayDatabase, run: ScaleCase["run"], page: ScalePage) {
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

/**
 * Seeds both databases, prints what `describe` says of each, times every case and prints the table.
 * `shopOwner` names the shop the seller cases read (its owner's e-mail); by default the one with the most orders.
 */
export async function runScaleBench(options: { clicks: number; cases: ScaleCase[]; shopOwner?: string; describe?: (label: string, page: ScalePage) => Promise<void> }) {
  const { clicks, cases, shopOwner, describe } = options;
  const at = new Date();
  const big = await seeded("full", clicks, at, shopOwner);
  try {
    const small = await seeded("tenth", Math.round(clicks / 10), at, shopOwner);
    try {
      await describe?.("full", big.page);
      await describe?.("tenth", small.page);
      const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(10);
      console.log(`\n${RUNS} timed runs after ${WARMUPS} warm-ups, per case and database (2-core machine shared with others: read the baseline beside it)\n`);
      console.log(`${"case".padEnd(28)} ${"rows".padStart(9)} ${"median".padStart(10)} ${"p95".padStart(10)}   ${"rows/10".padStart(9)} ${"median".padStart(10)} ${"p95".padStart(10)}   ${"goal p95".padStart(10)}`);
      const misses: ScaleCase[] = [];
      for (const c of cases) {
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
}
