import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql, type SQL } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { findShopCampaign } from "@/db/queries/campaigns";
import { findShopPlan } from "@/db/queries/plans";
import { findShopProduct } from "@/db/queries/products";
import type { ReportScope } from "@/db/queries/seller-dashboard";
import { findShopByOwner } from "@/db/queries/shops";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { readReportPeriod } from "@/lib/reports/period";
import { scopedResults, sellerReport, type ScopedResults } from "@/lib/reports/seller-report";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
const ZONE = "Asia/Ho_Chi_Minh";
let handle: DbHandle;
let shopId: string;
let otherShopId: string;
let planId: string;
let campaignId: string;
/** The demo's campaign belongs to the VND shop. */
let campaignShopId: string;
const db = () => handle.db;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), NOW);
  shopId = (await findShopByOwner(db(), (await findUserByEmail(db(), "seller@demo.test"))!.id))!.id;
  otherShopId = (await findShopByOwner(db(), (await findUserByEmail(db(), "seller.vn@demo.test"))!.id))!.id;
  planId = (await db().select().from(t.targetedPlans).where(eq(t.targetedPlans.shopId, shopId)))[0]!.id;
  const [campaign] = await db().select().from(t.campaigns).where(eq(t.campaigns.shopId, otherShopId));
  campaignId = campaign!.id;
  campaignShopId = campaign!.shopId!;
});
afterAll(async () => {
  await handle?.close();
});

function rowsOf<R>(result: unknown): R[] {
  return (Array.isArray(result) ? result : (result as { rows: R[] }).rows) as R[];
}

/** Straight counts over the raw tables: clicks on the chosen links (aliased l), sales of the chosen commissions (cm, ol, l). */
async function rawFigures(from: Date, before: Date, chosen: { links: SQL; sales: SQL }, shop = shopId) {
  const range = (column: SQL) => sql`${column} >= ${from.toISOString()}::timestamptz and ${column} < ${before.toISOString()}::timestamptz`;
  const [clicks] = rowsOf<Record<string, unknown>>(
    await db().execute(sql`select count(*)::int as n, count(*) filter (where c.is_unique)::int as u from clicks c join links l on l.id = c.link_id
      where not c.is_bot and ${range(sql`c.clicked_at`)} and ${chosen.links}`),
  );
  const [sales] = rowsOf<Record<string, unknown>>(
    await db().execute(sql`
      select count(distinct o.id)::int as orders, coalesce(sum(ol.quantity - ol.refunded_quantity - ol.cancelled_quantity), 0)::int as items,
        coalesce(sum(cm.base_minor) filter (where cm.state <> 'reversed'), 0)::int as sales,
        coalesce(sum(cm.amount_minor) filter (where cm.state <> 'reversed'), 0)::int as commission,
        coalesce(sum(cm.amount_minor) filter (where cm.state = 'pending'), 0)::int as pending
      from orders o join order_lines ol on ol.order_id = o.id join commissions cm on cm.order_line_id = ol.id join links l on l.id = cm.link_id
      where o.shop_id = ${shop} and ${range(sql`o.placed_at`)} and ${chosen.sales}`),
  );
  return {
    clicks: Number(clicks!.n),
    uniqueClicks: Number(clicks!.u),
    orders: Number(sales!.orders),
    items: Number(sales!.items),
    sales: Number(sales!.sales),
    commission: Number(sales!.commission),
    pending: Number(sales!.pending),
  };
}

const picked = (r: ScopedResults) => ({
  clicks: r.totals.clicks,
  uniqueClicks: r.totals.uniqueClicks,
  orders: r.totals.orders,
  items: r.totals.items,
  sales: r.totals.sales,
  commission: r.totals.commission,
  pending: r.totals.pending,
});

function expectCreatorsAddUp(r: ScopedResults) {
  for (const field of ["clicks", "uniqueClicks", "items", "sales", "commission"] as const) expect(r.creators.reduce((s, c) => s + c[field], 0), field).toBe(r.totals[field]);
}

describe("a product's, a campaign's and a targeted plan's results", () => {
  const period = () => readReportPeriod({ period: "90" }, NOW, ZONE);

  it("a product's figures equal straight counts of its links' clicks and its order lines", async () => {
    const report = await sellerReport(db(), shopId, period());
    const productId = report.breakdowns.product.find((p) => p.sales > 0 && p.clicks > 0)!.key;
    const results = await scopedResults(db(), { shopId, scope: { productId }, period: period() });
    const raw = await rawFigures(period().from, period().before, { links: sql`l.type = 'product' and l.product_id = ${productId}`, sales: sql`ol.product_id = ${productId}` });
    expect(raw.clicks).toBeGreaterThan(0);
    expect(raw.orders).toBeGreaterThan(0);
    expect(picked(results)).toEqual(raw);
    expectCreatorsAddUp(results);
    expect(results.creators.length).toBeGreaterThan(0);
    // The product's sales are the product row of the shop's report.
    expect(results.totals.sales).toBe(report.breakdowns.product.find((p) => p.key === productId)!.sales);
  });

  it("compares a product with the same number of days before", async () => {
    const p = readReportPeriod({ period: "30" }, NOW, ZONE);
    // A product that sold in both periods.
    const [both] = rowsOf<{ product_id: string }>(
      await db().execute(sql`select ol.product_id from order_lines ol join orders o on o.id = ol.order_id join commissions cm on cm.order_line_id = ol.id
        where o.shop_id = ${shopId} and cm.state <> 'reversed' group by ol.product_id
        having bool_or(o.placed_at >= ${p.from.toISOString()}::timestamptz) and bool_or(o.placed_at >= ${p.previous.from.toISOString()}::timestamptz and o.placed_at < ${p.previous.before.toISOString()}::timestamptz)
        order by ol.product_id limit 1`),
    );
    const productId = both!.product_id;
    const results = await scopedResults(db(), { shopId, scope: { productId }, period: p });
    const before = await rawFigures(p.previous.from, p.previous.before, { links: sql`l.type = 'product' and l.product_id = ${productId}`, sales: sql`ol.product_id = ${productId}` });
    expect(results.previous.clicks).toBe(before.clicks);
    expect(results.previous.sales).toBe(before.sales);
    expect(before.sales).toBeGreaterThan(0);
    expect(results.change.sales).toBeCloseTo((results.totals.sales - before.sales) / before.sales, 10);
  });

  it("a campaign's figures are its links' clicks and sales", async () => {
    const results = await scopedResults(db(), { shopId: campaignShopId, scope: { campaignId }, period: period() });
    const raw = await rawFigures(period().from, period().before, { links: sql`l.campaign_id = ${campaignId}`, sales: sql`l.campaign_id = ${campaignId}` }, campaignShopId);
    expect(raw.clicks).toBeGreaterThan(0);
    expect(raw.orders).toBeGreaterThan(0);
    expect(picked(results)).toEqual(raw);
    expectCreatorsAddUp(results);
  });

  it("a targeted plan's sales are the commissions earned at its rates", async () => {
    const results = await scopedResults(db(), { shopId, scope: { planId }, period: period() });
    const raw = await rawFigures(period().from, period().before, {
      links: sql`l.type = 'product' and l.product_id in (select product_id from targeted_plan_products where plan_id = ${planId})
        and l.creator_id in (select creator_id from targeted_plan_creators where plan_id = ${planId} and status = 'accepted')`,
      sales: sql`cm.plan_kind = 'targeted' and cm.plan_id = ${planId}`,
    });
    expect(raw.orders).toBeGreaterThan(0);
    expect(picked(results)).toEqual(raw);
    expectCreatorsAddUp(results);
  });

  it("another shop's product, campaign or plan is not found, and its figures are never counted for it", async () => {
    const productOfA = (await sellerReport(db(), shopId, period())).breakdowns.product.find((p) => p.sales > 0)!.key;
    expect(await findShopProduct(db(), { shopId: otherShopId, productId: productOfA })).toBeUndefined();
    expect(await findShopPlan(db(), { shopId: otherShopId, planId })).toBeUndefined();
    expect(await findShopCampaign(db(), { shopId, campaignId })).toBeUndefined();
    const elsewhere: [string, ReportScope][] = [
      [otherShopId, { productId: productOfA }],
      [otherShopId, { planId }],
      [shopId, { campaignId }],
    ];
    for (const [shop, scope] of elsewhere) {
      const r = await scopedResults(db(), { shopId: shop, scope, period: period() });
      expect(r.totals.clicks + r.totals.orders + r.totals.sales, JSON.stringify(scope)).toBe(0);
      expect(r.creators).toEqual([]);
    }
  });
});
