import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq, isNull, sql, sum } from "drizzle-orm";
import { executeRows, type DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { isUniqueViolation } from "@/db/sql-helpers";
import * as t from "@/db/schema";
import { DEMO_ACCOUNTS } from "@/db/seed/demo-accounts";
import { isDatabaseEmpty, seedDemo } from "@/db/seed/demo";
import { runSettlement } from "@/lib/commissions/settle";
import { newId } from "@/lib/ids";
import { verifyLedger } from "@/lib/wallet/verify-ledger";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe(`migrations and demo seed on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("starts empty and applying the migrations again changes nothing", async () => {
    expect(await isDatabaseEmpty(handle.db)).toBe(true);
    await migrateDatabase(handle);
    const [tables] = await executeRows<{ n: number }>(handle.db, sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`);
    expect(tables!.n).toBeGreaterThanOrEqual(24);
  });

  it("seeds every demo account, two shops in different currencies and ~40 products with images", async () => {
    const summary = await seedDemo(handle.db, NOW);
    expect(summary.users).toBe(DEMO_ACCOUNTS.length);
    const shops = await handle.db.select().from(t.shops);
    expect(shops.map((s) => s.currency).sort()).toEqual(["USD", "VND"]);
    const products = await handle.db.select().from(t.products);
    expect(products.length).toBeGreaterThanOrEqual(36);
    expect(products.every((p) => p.imageMediaId && p.openRateBps >= 100 && p.openRateBps <= 8000)).toBe(true);
    const [images] = await handle.db.select({ n: count() }).from(t.media).where(eq(t.media.contentType, "image/svg+xml"));
    expect(images!.n).toBe(products.length);
  });

  it("has creators on both sides of the 600-follower threshold, a targeted plan and a campaign", async () => {
    const creators = await handle.db.select().from(t.creatorProfiles);
    expect(creators).toHaveLength(4);
    expect(creators.some((c) => c.followerCount < 600)).toBe(true);
    expect(creators.some((c) => c.followerCount >= 600)).toBe(true);
    const [plan] = await handle.db.select().from(t.targetedPlans);
    expect(plan?.status).toBe("live");
    const invitations = await handle.db.select().from(t.targetedPlanCreators);
    expect(invitations.map((i) => i.status).sort()).toEqual(["accepted", "pending"]);
    const [campaign] = await handle.db.select().from(t.campaigns);
    expect(campaign?.slug).toBe("tet-gift-week");
  });

  it("spreads a few hundred clicks and a few dozen orders in every state over the last 60 days", async () => {
    const [clicks] = await handle.db.select({ n: count(), oldest: sql<Date>`min(${t.clicks.clickedAt})` }).from(t.clicks);
    expect(clicks!.n).toBeGreaterThanOrEqual(200);
    expect(clicks!.n).toBeLessThanOrEqual(1000);
    expect(new Date(clicks!.oldest).getTime()).toBeGreaterThanOrEqual(NOW.getTime() - 61 * 86_400_000);
    const states = await handle.db.select({ state: t.orders.state, n: count() }).from(t.orders).groupBy(t.orders.state);
    expect(states.map((s) => s.state).sort()).toEqual(["cancelled", "completed", "delivered", "paid", "placed", "refunded", "shipped"]);
    expect(states.reduce((a, s) => a + s.n, 0)).toBeGreaterThanOrEqual(24);
  });

  it("pays commissions only on paid orders, and puts exactly the available ones in the wallet", async () => {
    const unpaid = await handle.db
      .select({ id: t.commissions.id })
      .from(t.commissions)
      .innerJoin(t.orderLines, eq(t.commissions.orderLineId, t.orderLines.id))
      .innerJoin(t.orders, eq(t.orderLines.orderId, t.orders.id))
      .where(isNull(t.orders.paidAt));
    expect(unpaid).toEqual([]);
    const [available] = await handle.db.select({ total: sum(t.commissions.amountMinor).mapWith(Number), n: count() }).from(t.commissions).where(eq(t.commissions.state, "available"));
    const [wallet] = await handle.db.select({ total: sum(t.walletEntries.amountMinor).mapWith(Number), n: count() }).from(t.walletEntries);
    expect(available!.n).toBeGreaterThan(0);
    expect(wallet).toEqual(available);
    const states = await handle.db.selectDistinct({ state: t.commissions.state }).from(t.commissions);
    expect(states.map((s) => s.state)).toEqual(expect.arrayContaining(["pending", "locked", "available", "reversed"]));
  });

  it("keeps books the ledger check finds nothing wrong with", async () => {
    const report = await verifyLedger(handle.db);
    expect(report.entries).toBeGreaterThan(0);
    expect(report.problems).toEqual([]);
  });

  it("leaves nothing for the settlement job to do at the seed's time, as the app's own clock and job would have", async () => {
    // A delivered order past its return window, or a locked commission past its holding period, is
    // one the running server would settle at once: the seed played the job as its time went by.
    expect(await runSettlement(handle.db, NOW)).toEqual({ ordersCompleted: 0, commissionsReleased: 0 });
  });

  it("writes every commission's history with the order commands' own words", async () => {
    const firsts = await handle.db.select({ reason: t.commissionEvents.reason }).from(t.commissionEvents).where(isNull(t.commissionEvents.fromState));
    expect(firsts.length).toBeGreaterThan(0);
    expect(firsts.every((e) => /^Order paid: (open|targeted|campaign) plan at .+ paid for the line$/.test(e.reason ?? ""))).toBe(true);
  });

  it("refuses a second commission for the same order line (a database constraint)", async () => {
    const [existing] = await handle.db.select().from(t.commissions).limit(1);
    const duplicate = { ...existing!, id: newId("com") };
    const error = await handle.db.insert(t.commissions).values(duplicate).then(() => null, (e: unknown) => e);
    expect(isUniqueViolation(error, "commissions_order_line_key")).toBe(true);
  });

  it("counts a seeded database as not empty, so the start command never seeds it twice", async () => {
    expect(await isDatabaseEmpty(handle.db)).toBe(false);
  });
});
