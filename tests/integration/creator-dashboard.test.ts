import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, gte, inArray, lt, ne, sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { recountClicks } from "@/db/queries/links";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { addDays } from "@/lib/clock";
import { BREAKDOWN_DIMENSIONS, creatorDashboard, type CreatorDashboard, type DashboardFigures, type StateAmount } from "@/lib/reports/creator-dashboard";
import { LINK_CSV_COLUMNS, linkBreakdownCsv } from "@/lib/reports/dashboard-csv";
import { readReportPeriod, type ReportRange } from "@/lib/reports/period";
import Papa from "papaparse";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
const ZONE = "Asia/Ho_Chi_Minh";
let handle: DbHandle;
let maiId: string;
const db = () => handle.db;

// A creator of our own beside the demo's, with figures known by hand.
const DANA = "usr_dashboard_dana";
const period30 = () => readReportPeriod({ period: "30" }, NOW, ZONE);

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), NOW);
  maiId = (await findUserByEmail(db(), "mai@demo.test"))!.id;
  const [p1, p2] = await db().select().from(t.products).where(eq(t.products.currency, "USD")).orderBy(t.products.id).limit(2);
  await db().insert(t.users).values({ id: DANA, email: "dana@dashboard.test", name: "Dana Test", passwordHash: "x", role: "creator" });
  const link = (id: string, values: Partial<typeof t.links.$inferInsert>) => ({ id, code: `code_${id}`, creatorId: DANA, createdAt: addDays(NOW, -80), earnsUntil: addDays(NOW, 20), channel: "instagram" as const, type: "product" as const, ...values });
  await db()
    .insert(t.links)
    .values([link("lnk_dana_product", { productId: p1!.id, subId: "spring" }), link("lnk_dana_showcase", { type: "showcase", channel: "blog" })]);
  let n = 0;
  const click = (linkId: string, clickedAt: Date, values: Partial<typeof t.clicks.$inferInsert> = {}) => ({ id: `clk_dana_${n++}`, linkId, clickedAt, visitorId: `v${n}`, isBot: false, isUnique: true, earning: true, ...values });
  await db()
    .insert(t.clicks)
    .values([
      // 17:30 UTC is 00:30 the next day in Ho Chi Minh City: the click is the 21st's.
      click("lnk_dana_product", new Date("2026-11-20T17:30:00Z")),
      click("lnk_dana_product", addDays(NOW, -3)),
      click("lnk_dana_product", addDays(NOW, -3), { isUnique: false }),
      click("lnk_dana_product", addDays(NOW, -10)),
      click("lnk_dana_product", addDays(NOW, -2), { isBot: true }),
      click("lnk_dana_product", addDays(NOW, -2), { isBot: true, isUnique: false }),
      click("lnk_dana_showcase", addDays(NOW, -5)),
      click("lnk_dana_showcase", addDays(NOW, -6)),
      // The previous 30 days, and before them.
      click("lnk_dana_product", addDays(NOW, -40)),
      click("lnk_dana_product", addDays(NOW, -70)),
    ]);
  // Written here without the click writer: the links' hourly counts are made from them.
  await recountClicks(db(), ["lnk_dana_product", "lnk_dana_showcase"]);
  const order = (id: string, placedAt: Date) => ({ id, shopId: p1!.shopId, source: "storefront" as const, currency: "USD" as const, state: "paid" as const, subtotalMinor: 10_000, totalMinor: 10_000, statusToken: `tok_${id}`, placedAt });
  await db()
    .insert(t.orders)
    .values([order("ord_dana_1", addDays(NOW, -3)), order("ord_dana_2", addDays(NOW, -4)), order("ord_dana_3", addDays(NOW, -40))]);
  const line = (id: string, orderId: string, productId: string, quantity: number, refundedQuantity = 0) => ({ id, orderId, lineRef: id, productId, quantity, refundedQuantity, unitPriceMinor: 2_000, paidMinor: 2_000 * quantity });
  await db()
    .insert(t.orderLines)
    .values([line("oln_dana_a", "ord_dana_1", p1!.id, 2, 1), line("oln_dana_b", "ord_dana_1", p2!.id, 1), line("oln_dana_c", "ord_dana_2", p1!.id, 1), line("oln_dana_d", "ord_dana_3", p1!.id, 1)]);
  const commission = (id: string, orderLineId: string, linkId: string, state: t.CommissionState, amountMinor: number, earnedAt: Date) => ({ id, orderLineId, creatorId: DANA, linkId, planKind: "open" as const, rateBps: 1_000, baseMinor: 2_000, amountMinor, currency: "USD" as const, state, earnedAt });
  await db()
    .insert(t.commissions)
    .values([
      commission("com_dana_a", "oln_dana_a", "lnk_dana_product", "pending", 300, addDays(NOW, -3)),
      commission("com_dana_b", "oln_dana_b", "lnk_dana_showcase", "locked", 200, addDays(NOW, -3)),
      commission("com_dana_c", "oln_dana_c", "lnk_dana_product", "reversed", 150, addDays(NOW, -4)),
      commission("com_dana_d", "oln_dana_d", "lnk_dana_product", "available", 100, addDays(NOW, -40)),
    ]);
});
afterAll(async () => {
  await handle?.close();
});

const byState = (list: readonly StateAmount[]) => Object.fromEntries([...list].filter((c) => c.amountMinor !== 0).map((c) => [`${c.state}:${c.currency}`, c.amountMinor]));

function sumOf(rows: readonly DashboardFigures[]) {
  const commissions = new Map<string, number>();
  for (const r of rows) for (const c of r.commissions) commissions.set(`${c.state}:${c.currency}`, (commissions.get(`${c.state}:${c.currency}`) ?? 0) + c.amountMinor);
  return {
    clicks: rows.reduce((s, r) => s + r.clicks, 0),
    uniqueClicks: rows.reduce((s, r) => s + r.uniqueClicks, 0),
    orders: rows.reduce((s, r) => s + r.orders, 0),
    items: rows.reduce((s, r) => s + r.items, 0),
    commissions: Object.fromEntries([...commissions].filter(([, v]) => v !== 0)),
  };
}

function expectSumsAdd(dashboard: CreatorDashboard) {
  const { totals } = dashboard;
  const whole = { clicks: totals.clicks, uniqueClicks: totals.uniqueClicks, orders: totals.orders, items: totals.items, commissions: byState(totals.commissions) };
  for (const dimension of BREAKDOWN_DIMENSIONS) expect(sumOf(dashboard.breakdowns[dimension]), dimension).toEqual(whole);
  const points = dashboard.points;
  expect(points.reduce((s, p) => s + p.clicks, 0)).toBe(totals.clicks);
  expect(points.reduce((s, p) => s + p.uniqueClicks, 0)).toBe(totals.uniqueClicks);
  expect(points.reduce((s, p) => s + p.orders, 0)).toBe(totals.orders);
  for (const e of totals.earned) expect(points.reduce((s, p) => s + p[`earned_${e.currency}`]!, 0), e.currency).toBe(e.amountMinor);
}

/** The same figures counted straight from the raw tables. */
async function directCounts(creatorId: string, range: ReportRange) {
  const [clickCounts] = await db()
    .select({ clicks: sql<number>`count(*)`.mapWith(Number), unique: sql<number>`count(*) filter (where ${t.clicks.isUnique})`.mapWith(Number) })
    .from(t.clicks)
    .innerJoin(t.links, eq(t.links.id, t.clicks.linkId))
    .where(and(eq(t.links.creatorId, creatorId), eq(t.clicks.isBot, false), gte(t.clicks.clickedAt, range.from), lt(t.clicks.clickedAt, range.before)));
  const inRange = and(eq(t.commissions.creatorId, creatorId), gte(t.commissions.earnedAt, range.from), lt(t.commissions.earnedAt, range.before));
  const amounts = await db()
    .select({ state: t.commissions.state, currency: t.commissions.currency, amountMinor: sql<number>`sum(${t.commissions.amountMinor})`.mapWith(Number) })
    .from(t.commissions)
    .where(inRange)
    .groupBy(t.commissions.state, t.commissions.currency);
  const [earning] = await db()
    .select({
      orders: sql<number>`count(distinct ${t.orderLines.orderId})`.mapWith(Number),
      items: sql<number>`coalesce(sum(${t.orderLines.quantity} - ${t.orderLines.refundedQuantity} - ${t.orderLines.cancelledQuantity}), 0)`.mapWith(Number),
    })
    .from(t.commissions)
    .innerJoin(t.orderLines, eq(t.orderLines.id, t.commissions.orderLineId))
    .where(and(inRange, ne(t.commissions.state, "reversed")));
  return { clicks: clickCounts!.clicks, uniqueClicks: clickCounts!.unique, orders: earning!.orders, items: earning!.items, commissions: byState(amounts as StateAmount[]) };
}

describe("the creator's dashboard", () => {
  it("counts a creator's own rows by hand: bots left out, an order once, reversed commissions shown but not earned", async () => {
    const d = await creatorDashboard(db(), { creatorId: DANA, period: period30() });
    expect(d.totals).toMatchObject({ clicks: 6, uniqueClicks: 5, orders: 1, items: 2 });
    expect(byState(d.totals.commissions)).toEqual({ "pending:USD": 300, "locked:USD": 200, "reversed:USD": 150 });
    expect(d.totals.earned).toEqual([{ currency: "USD", amountMinor: 500 }]);
    expect(d.totals.conversionRate).toBeCloseTo(1 / 6);
    expect(d.totals.earningsPerClick[0]!.perClickMinor).toBeCloseTo(500 / 6);
    expect(d.breakdowns.link.map((r) => r.key).sort()).toEqual(["lnk_dana_product", "lnk_dana_showcase"]);
    expectSumsAdd(d);
  });

  it("puts each click on the reader's local day", async () => {
    const d = await creatorDashboard(db(), { creatorId: DANA, period: period30() });
    expect(d.points.find((p) => p.day === "2026-11-21")!.clicks).toBe(1);
    expect(d.points.find((p) => p.day === "2026-11-20")!.clicks).toBe(0);
  });

  it("a showcase link's orders are its products'; its clicks are no one product's", async () => {
    const d = await creatorDashboard(db(), { creatorId: DANA, period: period30() });
    const none = d.breakdowns.product.find((r) => r.key === "")!;
    expect(none).toMatchObject({ clicks: 2, orders: 0 });
    expect(d.breakdowns.product.filter((r) => r.key !== "").reduce((s, r) => s + r.items, 0)).toBe(2);
    expect(d.breakdowns.channel.find((r) => r.key === "blog")).toMatchObject({ clicks: 2, items: 1 });
    expect(d.breakdowns.subId.find((r) => r.key === "spring")).toMatchObject({ clicks: 4, orders: 1 });
  });

  it("compares with the previous period of as many days", async () => {
    const d = await creatorDashboard(db(), { creatorId: DANA, period: period30() });
    expect(d.previous).toMatchObject({ clicks: 1, uniqueClicks: 1, orders: 1, items: 1, earned: [{ currency: "USD", amountMinor: 100 }] });
    expect(d.change.clicks).toBe(5);
    expect(d.change.orders).toBe(0);
    expect(d.change.earned.USD).toBe(4);
    // By state: a state only the period before had is still listed, at zero now.
    expect(d.commissionsByState).toEqual([
      { state: "pending", currency: "USD", amountMinor: 300, previousMinor: 0, change: null },
      { state: "locked", currency: "USD", amountMinor: 200, previousMinor: 0, change: null },
      { state: "available", currency: "USD", amountMinor: 0, previousMinor: 100, change: -1 },
      { state: "reversed", currency: "USD", amountMinor: 150, previousMinor: 0, change: null },
    ]);
  });

  it("every total equals the sum of each breakdown and of the chart, and the raw tables' counts, for the demo's creator", async () => {
    for (const key of ["7", "30", "90"]) {
      const period = readReportPeriod({ period: key }, NOW, ZONE);
      const d = await creatorDashboard(db(), { creatorId: maiId, period });
      expectSumsAdd(d);
      const direct = await directCounts(maiId, period);
      expect({ clicks: d.totals.clicks, uniqueClicks: d.totals.uniqueClicks, orders: d.totals.orders, items: d.totals.items, commissions: byState(d.totals.commissions) }).toEqual(direct);
      const before = await directCounts(maiId, period.previous);
      expect({ clicks: d.previous.clicks, uniqueClicks: d.previous.uniqueClicks, orders: d.previous.orders, items: d.previous.items, commissions: byState(d.previous.commissions) }).toEqual(before);
    }
    const ninety = await creatorDashboard(db(), { creatorId: maiId, period: readReportPeriod({ period: "90" }, NOW, ZONE) });
    expect(ninety.totals.clicks).toBeGreaterThan(0);
    expect(ninety.totals.orders).toBeGreaterThan(0);
  });

  it("gives the same figures in a zone whose days start on the half hour (read from the clicks, not the hourly counts)", async () => {
    for (const zone of ["Asia/Kolkata", "Asia/Kathmandu", ZONE]) {
      const period = readReportPeriod({ period: "30" }, NOW, zone);
      const d = await creatorDashboard(db(), { creatorId: maiId, period });
      expectSumsAdd(d);
      const direct = await directCounts(maiId, period);
      expect({ clicks: d.totals.clicks, uniqueClicks: d.totals.uniqueClicks }).toEqual({ clicks: direct.clicks, uniqueClicks: direct.uniqueClicks });
    }
    // Dana's click at 17:30 UTC is 23:00 on the 20th in Kolkata, 00:30 on the 21st in Ho Chi Minh City.
    const kolkata = await creatorDashboard(db(), { creatorId: DANA, period: readReportPeriod({ period: "30" }, NOW, "Asia/Kolkata") });
    expect(kolkata.points.find((p) => p.day === "2026-11-20")!.clicks).toBe(1);
  });

  it("never shows another creator's links or money", async () => {
    const d = await creatorDashboard(db(), { creatorId: maiId, period: readReportPeriod({ period: "90" }, NOW, ZONE) });
    const keys = d.breakdowns.link.map((r) => r.key);
    const owned = await db().select({ id: t.links.id }).from(t.links).where(and(eq(t.links.creatorId, maiId), inArray(t.links.id, keys)));
    expect(owned).toHaveLength(keys.length);
    expect(keys).not.toContain("lnk_dana_product");
    const nobody = await creatorDashboard(db(), { creatorId: "usr_nobody", period: readReportPeriod({ period: "90" }, NOW, ZONE) });
    expect(nobody.totals).toMatchObject({ clicks: 0, orders: 0, items: 0, commissions: [], earned: [], conversionRate: null });
    expect(nobody.breakdowns.link).toEqual([]);
    expect(nobody.points.every((p) => p.clicks === 0)).toBe(true);
  });

  it("past 90 days the chart's points are weeks that still add up", async () => {
    const period = readReportPeriod({ period: "custom", from: "2026-07-26", to: "2026-11-22" }, NOW, ZONE);
    expect(period.days).toBe(120);
    const d = await creatorDashboard(db(), { creatorId: maiId, period });
    expect(period.grain).toBe("week");
    expect(d.points).toHaveLength(18);
    expect(d.points[0]).toMatchObject({ day: "2026-07-26", lastDay: "2026-08-01" });
    expect(d.points.at(-1)).toMatchObject({ day: "2026-11-22", lastDay: "2026-11-22" });
    expectSumsAdd(d);
    expect(d.totals.clicks).toBe((await directCounts(maiId, period)).clicks);
  });

  it("the links' CSV has every link, and its columns add up to the totals", async () => {
    const d = await creatorDashboard(db(), { creatorId: DANA, period: period30() });
    const texts = { columns: Object.fromEntries(LINK_CSV_COLUMNS.map((c) => [c, c])) as Record<(typeof LINK_CSV_COLUMNS)[number], string>, earned: (c: string) => `earned_${c}`, channel: (c: string) => c, target: (l: { productTitle: string | null }) => l.productTitle ?? "showcase" };
    const csv = linkBreakdownCsv(d.breakdowns.link, texts, "https://portal.test");
    const { data } = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
    expect(data).toHaveLength(2);
    expect(data.map((r) => r.link).sort()).toEqual(["https://portal.test/l/code_lnk_dana_product", "https://portal.test/l/code_lnk_dana_showcase"]);
    expect(data.reduce((s, r) => s + Number(r.clicks), 0)).toBe(d.totals.clicks);
    expect(data.reduce((s, r) => s + Number(r.orders), 0)).toBe(d.totals.orders);
    expect(data.reduce((s, r) => s + Number(r.earned_USD), 0)).toBeCloseTo(5);
    expect(data.find((r) => r.channel === "blog")).toMatchObject({ target: "showcase", clicks: "2", items_sold: "1", earned_USD: "2.00" });
  });
});
