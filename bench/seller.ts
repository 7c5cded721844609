/**
 * `npm run bench:seller`: the seller's busiest pages on PostgreSQL with the scale seed
 * (bench/support/scale-bench.ts: BENCH_CLICKS, 1,000,000 clicks, 10,000 products, ~50,000 orders,
 * next to a tenth of it in the same run), for the busiest shop (BENCH_SHOP_OWNER, by default the
 * scale seed's busiest), on DATABASE_URL's server (else the local one at 127.0.0.1:5432).
 * Goal (issue #15): p95 under 150 ms each.
 */
import { sql } from "drizzle-orm";
import { executeRows } from "@/db/client";
import { discoverCreators, listShopCreators, shopTags } from "@/db/queries/shop-creators";
import { addDays } from "@/lib/clock";
import { readReportPeriod } from "@/lib/reports/period";
import { sellerReport } from "@/lib/reports/seller-report";
import { fmt, runScaleBench, type ScaleCase, type ScalePage } from "./support/scale-bench";

const CLICKS = Number(process.env.BENCH_CLICKS ?? 1_000_000);
const DISCOVER = process.env.BENCH_DISCOVER ?? "a";

/** What each page does for one request, as its page.tsx calls it (re-point a case here when a page's queries change). */
const CASES: ScaleCase[] = [
  {
    // app/(seller)/seller/page.tsx?period=90
    name: "dashboard 90 days",
    goalMs: 150,
    run: async ({ db, shopId, at }) => (await sellerReport(db, shopId, readReportPeriod({ period: "90" }, at, "Asia/Ho_Chi_Minh"))).totals.clicks,
  },
  {
    // app/(seller)/seller/creators/page.tsx, "Your creators" (with their 90 days' results)
    name: "creators list",
    goalMs: 150,
    run: async ({ db, shopId, at }) => {
      const [creators] = await Promise.all([listShopCreators(db, shopId, {}), shopTags(db, shopId), sellerReport(db, shopId, readReportPeriod({ period: "90" }, at, "Asia/Ho_Chi_Minh"))]);
      return creators.length;
    },
  },
  {
    // app/(seller)/seller/creators/page.tsx?tab=discover&q=<word>
    name: `discovery q="${DISCOVER}"`,
    goalMs: 150,
    run: async ({ db, at }) => (await discoverCreators(db, { q: DISCOVER, since: addDays(at, -90), page: 1, pageSize: 24 })).total,
  },
];

async function describeData(label: string, { db, shopId, at }: ScalePage) {
  const [row] = await executeRows<{ clicks: number; all_clicks: number; orders: number }>(
    db,
    sql`select (select count(*) from clicks c join links l on l.id = c.link_id join products p on p.id = l.product_id where p.shop_id = ${shopId} and c.clicked_at >= ${addDays(at, -90).toISOString()}::timestamptz)::int as clicks,
      (select count(*) from clicks)::int as all_clicks, (select count(*) from orders where shop_id = ${shopId})::int as orders`,
  );
  console.log(`${label}: the shop has ${fmt(row!.clicks)} of ${fmt(row!.all_clicks)} clicks (90 days, product links) and ${fmt(row!.orders)} orders`);
}

await runScaleBench({ clicks: CLICKS, cases: CASES, shopOwner: process.env.BENCH_SHOP_OWNER, describe: describeData });
