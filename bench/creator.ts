/**
 * `npm run bench:creator`: the creator's three busiest pages on PostgreSQL with the scale seed
 * (bench/support/scale-bench.ts: BENCH_CLICKS, 1,000,000 clicks, 10,000 products, ~50,000 orders,
 * next to a tenth of it in the same run), for the busiest creator (Mai), on DATABASE_URL's server
 * (else the local one at 127.0.0.1:5432).
 *   BENCH_CLICKS (1000000), BENCH_RUNS (50), BENCH_QUERY (walnut: ~4% of the products)
 */
import { sql } from "drizzle-orm";
import { executeRows } from "@/db/client";
import { listCreatorLinks } from "@/db/queries/creator-links";
import { creatorHasLinks } from "@/db/queries/creator-dashboard";
import { findCreatorProfile } from "@/db/queries/creators";
import { availableBalances } from "@/db/queries/wallet";
import { creatorDashboard } from "@/lib/reports/creator-dashboard";
import { readReportPeriod } from "@/lib/reports/period";
import { creatorFollowerCount } from "@/db/queries/links";
import { liveCampaigns, listOpenProducts, openCatalogueFacets, productStats } from "@/db/queries/open-catalogue";
import { addDays } from "@/lib/clock";
import { bestMarketplaceRates } from "@/lib/commissions/creator-rates";
import { currentAffiliateThreshold } from "@/lib/creators/threshold";
import { fmt, runScaleBench, type ScaleCase, type ScalePage } from "./support/scale-bench";

const CLICKS = Number(process.env.BENCH_CLICKS ?? 1_000_000);
const SEARCH = process.env.BENCH_QUERY ?? "walnut";
const DASHBOARD_DAYS = 90;

type Page = ScalePage;

/**
 * What each page does for one request, as its page.tsx calls it (re-point a case here when a page's
 * queries change). Each answers the number of rows it worked over, printed beside the timings.
 */
const CASES: ScaleCase[] = [
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

await runScaleBench({ clicks: CLICKS, cases: CASES, describe: describeData });
