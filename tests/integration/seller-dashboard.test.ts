import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { findShopByOwner } from "@/db/queries/shops";
import { findUserByEmail } from "@/db/queries/users";
import { recountClicks } from "@/db/queries/links";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { addDays } from "@/lib/clock";
import { readReportPeriod } from "@/lib/reports/period";
import { SELLER_DIMENSIONS, sellerReport, type SellerReport } from "@/lib/reports/seller-report";
import { newId } from "@/lib/ids";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
const ZONE = "Asia/Ho_Chi_Minh";
let handle: DbHandle;
let shopId: string;
let otherShopId: string;
const db = () => handle.db;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), NOW);
  shopId = (await findShopByOwner(db(), (await findUserByEmail(db(), "seller@demo.test"))!.id))!.id;
  otherShopId = (await findShopByOwner(db(), (await findUserByEmail(db(), "seller.vn@demo.test"))!.id))!.id;
});
afterAll(async () => {
  await handle?.close();
});

/** Straight counts from the raw tables, the way a person would check the report by hand. */
async function rawFigures(shop: string, from: Date, before: Date) {
  const [clicks] = await db().execute(sql`
    select count(*)::int as n, count(*) filter (where c.is_unique)::int as u from clicks c join links l on l.id = c.link_id
    where not c.is_bot and c.clicked_at >= ${from.toISOString()}::timestamptz and c.clicked_at < ${before.toISOString()}::timestamptz
      and (l.product_id in (select id from products where shop_id = ${shop}) or l.campaign_id in (select id from campaigns where shop_id = ${shop}))`).then((r) => rowsOf<Record<string, unknown>>(r));
  const [sales] = await db().execute(sql`
    select count(distinct o.id)::int as orders, coalesce(sum(cm.base_minor) filter (where cm.state <> 'reversed'), 0)::int as sales,
      coalesce(sum(cm.amount_minor) filter (where cm.state <> 'reversed'), 0)::int as commission
    from orders o join order_lines ol on ol.order_id = o.id join commissions cm on cm.order_line_id = ol.id
    where o.shop_id = ${shop} and o.placed_at >= ${from.toISOString()}::timestamptz and o.placed_at < ${before.toISOString()}::timestamptz`).then((r) => rowsOf<Record<string, unknown>>(r));
  return { clicks: Number(clicks!.n), uniqueClicks: Number(clicks!.u), orders: Number(sales!.orders), sales: Number(sales!.sales), commission: Number(sales!.commission) };
}

function rowsOf<R>(result: unknown): R[] {
  return (Array.isArray(result) ? result : (result as { rows: R[] }).rows) as R[];
}

function expectConsistent(report: SellerReport) {
  const { totals } = report;
  for (const dimension of SELLER_DIMENSIONS) {
    const rows = report.breakdowns[dimension];
    for (const field of ["items", "sales", "pending", "locked", "available", "paid", "commission"] as const) {
      expect(rows.reduce((s, r) => s + r[field], 0), `${dimension} ${field}`).toBe(totals[field]);
    }
    // An order with lines in two rows counts in both rows, once in the total.
    expect(rows.reduce((s, r) => s + r.orders, 0)).toBeGreaterThanOrEqual(totals.orders);
  }
  // Clicks on campaign links have no product; every other dimension holds every click.
  for (const dimension of ["creator", "channel", "type"] as const) expect(report.breakdowns[dimension].reduce((s, r) => s + r.clicks, 0)).toBe(totals.clicks);
  expect(report.breakdowns.product.reduce((s, r) => s + r.clicks, 0)).toBeLessThanOrEqual(totals.clicks);
  for (const field of ["clicks", "orders", "sales", "commission"] as const) expect(report.series.reduce((s, p) => s + p[field], 0), `chart ${field}`).toBe(totals[field]);
}

describe("the seller's performance report", () => {
  it("equals straight counts of the raw rows, and every breakdown and the chart add up to it", async () => {
    const period = readReportPeriod({ period: "90" }, NOW, ZONE);
    const report = await sellerReport(db(), shopId, period);
    const raw = await rawFigures(shopId, period.from, period.before);
    expect(raw.clicks).toBeGreaterThan(0);
    expect(raw.orders).toBeGreaterThan(0);
    expect({ clicks: report.totals.clicks, uniqueClicks: report.totals.uniqueClicks, orders: report.totals.orders, sales: report.totals.sales, commission: report.totals.commission }).toEqual(raw);
    expect(report.totals.conversion).toBeCloseTo(raw.orders / raw.clicks, 10);
    expect(report.totals.roc).toBeCloseTo(raw.sales / raw.commission, 10);
    expectConsistent(report);
    expect(report.series).toHaveLength(90);
  });

  it("gives the same figures in zones whose days start on whole hours (the kept counts) and on half hours (the clicks)", async () => {
    for (const zone of ["Asia/Kolkata", "Europe/Berlin", ZONE]) {
      const period = readReportPeriod({ period: "30" }, NOW, zone);
      const report = await sellerReport(db(), shopId, period);
      const raw = await rawFigures(shopId, period.from, period.before);
      expect(report.totals.clicks, zone).toBe(raw.clicks);
      expectConsistent(report);
    }
  });

  it("compares with the same number of days just before", async () => {
    const period = readReportPeriod({ period: "30" }, NOW, ZONE);
    const report = await sellerReport(db(), shopId, period);
    const raw = await rawFigures(shopId, period.previous.from, period.previous.before);
    expect(report.previous.clicks).toBe(raw.clicks);
    expect(report.previous.orders).toBe(raw.orders);
    expect(report.change.clicks).toBe(raw.clicks === 0 ? null : (report.totals.clicks - raw.clicks) / raw.clicks);
  });

  it("leaves out bots and another shop's clicks and orders, and folds a long period into weeks", async () => {
    const period = readReportPeriod({ period: "custom", from: "2026-05-01", to: "2026-11-22" }, NOW, ZONE);
    const before = await sellerReport(db(), shopId, period);
    const [link] = await db().select().from(t.links).where(sql`${t.links.productId} in (select id from products where shop_id = ${shopId})`).limit(1);
    const [otherLink] = await db().select().from(t.links).where(sql`${t.links.productId} in (select id from products where shop_id = ${otherShopId})`).limit(1);
    const click = (linkId: string, isBot: boolean) => ({ id: newId("clk"), linkId, clickedAt: addDays(NOW, -1), visitorId: `v-${Math.random().toString(36).slice(2)}`, isBot, isUnique: !isBot, earning: true });
    await db().insert(t.clicks).values([click(link!.id, true), click(link!.id, true), click(otherLink!.id, false), click(link!.id, false)]);
    // Written here without the click writer: the kept counts are made from them.
    await recountClicks(db(), [link!.id, otherLink!.id]);
    const after = await sellerReport(db(), shopId, period);
    expect(after.totals.clicks).toBe(before.totals.clicks + 1);
    expect(after.totals.uniqueClicks).toBe(before.totals.uniqueClicks + 1);
    expect(period.grain).toBe("week");
    expect(after.series.length).toBe(Math.ceil(period.days / 7));
    expectConsistent(after);
    const other = await sellerReport(db(), otherShopId, period);
    expectConsistent(other);
    const creators = new Set(after.breakdowns.creator.map((r) => r.key));
    expect(other.breakdowns.product.some((r) => after.breakdowns.product.some((m) => m.key === r.key))).toBe(false);
    expect(creators.size).toBeGreaterThan(0);
  });
});
