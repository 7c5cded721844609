/**
 * `npm run bench:products`: how the seller's product list (search, filters, sort, pagination) holds
 * up with 10,000 products, next to the same queries on the demo shop's 20 products (the baseline),
 * measured in the same run on the same database. PGlite in memory by default; with DATABASE_URL a
 * throwaway database is created on that server and dropped afterwards.
 */
import postgres from "postgres";
import { openDatabase, type DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { listShopProducts, type ProductFilters } from "@/db/queries/products";
import { findShopByOwner } from "@/db/queries/shops";
import { findUserByEmail } from "@/db/queries/users";
import { products, productRateChanges } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { insertChunked } from "@/db/seed/insert";
import { newId } from "@/lib/ids";

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const WORDS = ["Linen", "Oak", "Ceramic", "Copper", "Wool", "Bamboo", "Glass", "Cotton", "Walnut", "Stone"];
const THINGS = ["Lamp", "Mug", "Throw", "Board", "Vase", "Bowl", "Pillow", "Basket", "Tray", "Candle"];
const CATEGORIES = ["Home", "Kitchen", "Bath", "Bedroom", "Lighting", "Garden", "Office", "Wellness"];

async function openBenchDatabase(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDatabase({ pgliteDir: "memory://" });
  const name = `bench_${Date.now().toString(36)}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = await openDatabase({ url: target.toString() });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 5; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const handle = await openBenchDatabase();
try {
  await migrateDatabase(handle);
  const now = new Date();
  await seedDemo(handle.db, now);
  const small = (await findShopByOwner(handle.db, (await findUserByEmail(handle.db, "seller.vn@demo.test"))!.id))!;
  const large = (await findShopByOwner(handle.db, (await findUserByEmail(handle.db, "seller@demo.test"))!.id))!;

  const rows = Array.from({ length: PRODUCTS }, (_, i) => ({
    id: newId("prd"),
    shopId: large.id,
    title: `${WORDS[i % WORDS.length]} ${THINGS[Math.floor(i / WORDS.length) % THINGS.length]} No. ${i}`,
    category: CATEGORIES[i % CATEGORIES.length]!,
    sku: `BENCH-${i}`,
    priceMinor: 500 + ((i * 7919) % 20_000),
    currency: large.currency,
    stock: (i * 31) % 300,
    status: i % 20 === 0 ? ("archived" as const) : ("active" as const),
    openToAffiliates: i % 9 !== 0,
    openRateBps: 100 + ((i * 37) % 7900),
    createdAt: new Date(now.getTime() - i * 60_000),
    updatedAt: now,
  }));
  const seeding = performance.now();
  await insertChunked(handle.db, products, rows, 1000);
  await insertChunked(handle.db, productRateChanges, rows.map((r) => ({ id: newId("prc"), productId: r.id, openToAffiliates: r.openToAffiliates, rateBps: r.openRateBps, effectiveAt: r.createdAt })), 1000);
  if (handle.driver === "postgres") await handle.db.execute("analyze");
  console.log(`driver: ${handle.driver}; ${PRODUCTS.toLocaleString("en")} products inserted in ${Math.round(performance.now() - seeding)} ms; ${RUNS} timed runs per query\n`);

  const scenarios: [string, ProductFilters][] = [
    ["first page, newest", {}],
    ["search 'copper lamp'", { q: "copper lamp" }],
    ["search by SKU prefix", { q: "BENCH-99" }],
    ["category + open only", { category: "Kitchen", open: "open" }],
    ["sort by price, page 40", { sort: "price_asc", page: 40 }],
    ["highest rate, archived too", { sort: "rate", status: "all" }],
  ];
  console.log(`${"query".padEnd(30)} ${"10k p50".padStart(9)} ${"10k p95".padStart(9)}   ${"20 p50".padStart(8)} ${"20 p95".padStart(8)}   ratio p50`);
  for (const [label, filters] of scenarios) {
    const big = await time(() => listShopProducts(handle.db, large.id, filters));
    const base = await time(() => listShopProducts(handle.db, small.id, filters));
    const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(9);
    console.log(`${label.padEnd(30)} ${ms(big.p50)} ${ms(big.p95)}   ${ms(base.p50)} ${ms(base.p95)}   ${(big.p50 / base.p50).toFixed(1)}x`);
  }
} finally {
  await handle.close();
}
