import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { executeRows, type DbHandle } from "@/db/client";
import { creatorDayClicks, creatorDayClicksFromClicks, creatorLinkClicks } from "@/db/queries/creator-dashboard";
import { insertClicks, recountClicks, type NewClick } from "@/db/queries/links";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { seededRandom } from "@/db/seed/random";
import { addDays, daysStartOnWholeHours, startOfDayIn } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { markRepeatsInBatch } from "@/lib/links/click-writer";
import { createTestDatabase } from "./support/test-db";

// The click counts the click writer keeps (link_click_days, creator_click_hours) against the clicks they count: the dashboards read the
// counts, so they must equal a count of the raw rows after any mix of clicks, batches and races.
const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;
const db = () => handle.db;
let maiId: string;
let linkIds: string[];

type Counts = Record<string, { clicks: number; unique: number; bots: number }>;
type CountRow = { key: string; clicks: number; unique_clicks: number; bot_clicks: number };
const keyed = (rows: CountRow[]): Counts => Object.fromEntries(rows.map((r) => [r.key, { clicks: Number(r.clicks), unique: Number(r.unique_clicks), bots: Number(r.bot_clicks) }]));
const COUNTED = sql.raw(`count(*) filter (where not is_bot) as clicks, count(*) filter (where is_unique and not is_bot) as unique_clicks, count(*) filter (where is_bot) as bot_clicks`);

/** What the click writer keeps, per link and UTC day and per creator and per shop and UTC hour. */
async function keptCounts(): Promise<{ days: Counts; hours: Counts; shopHours: Counts }> {
  const days = await executeRows<CountRow>(db(), sql`select link_id || ' ' || day::text as key, clicks, unique_clicks, bot_clicks from link_click_days`);
  const hours = await executeRows<CountRow>(db(), sql`select creator_id || ' ' || to_char(hour at time zone 'UTC', 'YYYY-MM-DD HH24') as key, clicks, unique_clicks, bot_clicks from creator_click_hours`);
  const shopHours = await executeRows<CountRow>(db(), sql`select shop_id || ' ' || to_char(hour at time zone 'UTC', 'YYYY-MM-DD HH24') as key, clicks, unique_clicks, bot_clicks from shop_click_hours`);
  return { days: keyed(days), hours: keyed(hours), shopHours: keyed(shopHours) };
}

/** The same, counted from the clicks (a link's shop: its product's or its campaign's). */
async function countedFromClicks(): Promise<{ days: Counts; hours: Counts; shopHours: Counts }> {
  const days = await executeRows<CountRow>(db(), sql`select link_id || ' ' || (clicked_at at time zone 'UTC')::date::text as key, ${COUNTED} from clicks group by 1`);
  const hours = await executeRows<CountRow>(
    db(),
    sql`select l.creator_id || ' ' || to_char(c.clicked_at at time zone 'UTC', 'YYYY-MM-DD HH24') as key, ${COUNTED} from clicks c join links l on l.id = c.link_id group by 1`,
  );
  const shopHours = await executeRows<CountRow>(
    db(),
    sql`select coalesce(p.shop_id, k.shop_id) || ' ' || to_char(c.clicked_at at time zone 'UTC', 'YYYY-MM-DD HH24') as key, ${COUNTED}
      from clicks c join links l on l.id = c.link_id left join products p on p.id = l.product_id left join campaigns k on k.id = l.campaign_id
      where coalesce(p.shop_id, k.shop_id) is not null group by 1`,
  );
  return { days: keyed(days), hours: keyed(hours), shopHours: keyed(shopHours) };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), NOW);
  maiId = (await findUserByEmail(db(), "mai@demo.test"))!.id;
  linkIds = (await db().select({ id: t.links.id }).from(t.links)).map((l) => l.id);
});
afterAll(async () => {
  await handle?.close();
});

describe("the kept click counts", () => {
  it("the seeded demo's counts are its clicks'", async () => {
    const kept = await keptCounts();
    expect(Object.keys(kept.days).length).toBeGreaterThan(0);
    expect(Object.keys(kept.shopHours).length).toBeGreaterThan(0);
    expect(await keptCounts()).toEqual(await countedFromClicks());
  });

  it("equal the clicks after random batches through the click writer's statement, some of them racing", async () => {
    const rand = seededRandom(20261204);
    const visitors = Array.from({ length: 30 }, (_, i) => `vis_hours_${i}`);
    const batch = (size: number): NewClick[] =>
      markRepeatsInBatch(
        Array.from({ length: size }, () => ({
          id: newId("clk"),
          linkId: rand.pick(linkIds),
          // Within a few hours either side of midnight UTC, where the hours and days meet.
          clickedAt: new Date(Date.parse("2026-11-21T21:00:00Z") + rand.int(0, 6 * 3600) * 1000),
          visitorId: rand.pick(visitors),
          ipHash: null,
          userAgent: null,
          referrer: null,
          isBot: rand.chance(0.15),
          earning: true,
          uniqueCandidate: true,
        })),
      );
    for (let i = 0; i < 20; i++) await insertClicks(db(), batch(rand.int(1, 40)));
    // Batches that touch the same links and hours at once (on PostgreSQL, on several connections).
    await Promise.all(Array.from({ length: 8 }, () => insertClicks(db(), batch(60), { statementTimeoutMs: 10_000 })));
    const counted = await countedFromClicks();
    expect(await keptCounts()).toEqual(counted);
    expect(Object.values(counted.hours).some((c) => c.bots > 0 && c.clicks > c.unique)).toBe(true);
  });

  it("a recount gives the same counts again (idempotent), so bulk writers and repairs can use it", async () => {
    const before = await keptCounts();
    await recountClicks(db(), linkIds);
    await recountClicks(db(), linkIds.slice(0, 3));
    expect(await keptCounts()).toEqual(before);
  });

  it("the dashboard's clicks per day read from the hours equal those read from the clicks, in every kind of zone", async () => {
    for (const zone of ["Asia/Ho_Chi_Minh", "Asia/Jakarta", "Europe/Berlin", "America/New_York", "UTC"]) {
      const range = { creatorId: maiId, from: startOfDayIn("2026-10-20", zone), before: startOfDayIn("2026-11-23", zone), timeZone: zone };
      const sort = (rows: { day: string }[]) => [...rows].sort((a, b) => a.day.localeCompare(b.day));
      const fromHours = sort(await creatorDayClicks(db(), range));
      expect(fromHours.length, zone).toBeGreaterThan(0);
      expect(fromHours, zone).toEqual(sort(await creatorDayClicksFromClicks(db(), range)));
    }
  });

  it("clicks per link over any range equal a count of the clicks: whole UTC days from the daily counts, the ends from the clicks", async () => {
    const ranges: [string, string][] = [
      ["2026-10-20T17:00:00Z", "2026-11-22T17:00:00Z"],
      ["2026-11-21T21:30:00Z", "2026-11-22T02:15:00Z"],
      ["2026-11-21T00:00:00Z", "2026-11-22T00:00:00Z"],
      ["2026-09-01T00:00:00Z", "2026-11-23T00:00:00Z"],
    ];
    for (const [a, b] of ranges) {
      const range = { creatorId: maiId, from: new Date(a), before: new Date(b), timeZone: "UTC" };
      const fromCounts = await creatorLinkClicks(db(), range);
      const raw = await executeRows<{ link_id: string; clicks: string; unique_clicks: string }>(
        db(),
        sql`select c.link_id, count(*) as clicks, count(*) filter (where c.is_unique) as unique_clicks from clicks c join links l on l.id = c.link_id
          where l.creator_id = ${maiId} and not c.is_bot and c.clicked_at >= ${a}::timestamptz and c.clicked_at < ${b}::timestamptz group by 1`,
      );
      const expected = raw.map((r) => ({ linkId: r.link_id, clicks: Number(r.clicks), uniqueClicks: Number(r.unique_clicks) }));
      const byLink = (rows: { linkId: string }[]) => [...rows].sort((x, y) => x.linkId.localeCompare(y.linkId));
      expect(expected.length, a).toBeGreaterThan(0);
      expect(byLink(fromCounts), `${a} to ${b}`).toEqual(byLink(expected));
    }
  });

  it("a zone reads the hours only when each of its days starts on a whole UTC hour", () => {
    const span = (zone: string) => [startOfDayIn("2026-03-01", zone), startOfDayIn("2026-11-01", zone), zone] as const;
    expect(daysStartOnWholeHours(...span("Asia/Ho_Chi_Minh"))).toBe(true);
    // Berlin's summer time starts and ends on whole hours.
    expect(daysStartOnWholeHours(...span("Europe/Berlin"))).toBe(true);
    expect(daysStartOnWholeHours(...span("Asia/Kolkata"))).toBe(false);
    expect(daysStartOnWholeHours(...span("Asia/Kathmandu"))).toBe(false);
    // Lord Howe Island: +10:30 in winter, +11 in summer (from early October).
    expect(daysStartOnWholeHours(startOfDayIn("2026-11-01", "Australia/Lord_Howe"), addDays(startOfDayIn("2026-11-01", "Australia/Lord_Howe"), 10), "Australia/Lord_Howe")).toBe(true);
    expect(daysStartOnWholeHours(...span("Australia/Lord_Howe"))).toBe(false);
  });
});
