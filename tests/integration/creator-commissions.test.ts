import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { creatorCommissionEvents, creatorCommissionTotals } from "@/db/queries/creator-commissions";
import { expectedAvailability, findCreatorCommission, listCreatorCommissions } from "@/lib/commissions/availability";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { addDays } from "@/lib/clock";
import { createTestDatabase } from "./support/test-db";
import { creatorCommissionShops } from "@/db/queries/creator-commissions";
import { COMMISSION_CSV_COLUMNS, commissionsCsv } from "@/lib/commissions/commissions-csv";
import { commissionListFilters } from "@/lib/validation/creator-commissions";
import Papa from "papaparse";

const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;
let maiId: string;
let anaId: string;

const db = () => handle.db;

const commissionsOf = (creatorId: string, state?: t.CommissionState) =>
  db()
    .select()
    .from(t.commissions)
    .where(and(eq(t.commissions.creatorId, creatorId), state ? eq(t.commissions.state, state) : undefined));

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), NOW);
  maiId = (await findUserByEmail(db(), "mai@demo.test"))!.id;
  anaId = (await findUserByEmail(db(), "ana@demo.test"))!.id;
});
afterAll(async () => {
  await handle?.close();
});

describe("when a commission's money is expected in the wallet", () => {
  const base = { lockedAt: null, availableAt: null, orderDeliveredAt: null, holdingDays: 15, returnWindowDays: 7 };

  it("available (or paid out): the day it became available", () => {
    const at = new Date("2026-11-01T08:00:00Z");
    expect(expectedAvailability({ ...base, state: "available", lockedAt: addDays(at, -15), availableAt: at })).toEqual({ kind: "available", at });
    expect(expectedAvailability({ ...base, state: "paid", availableAt: at })).toEqual({ kind: "available", at });
  });

  it("locked: the shop's holding period after it locked", () => {
    const lockedAt = new Date("2026-11-01T10:00:00Z");
    expect(expectedAvailability({ ...base, state: "locked", lockedAt })).toEqual({ kind: "expected", at: new Date("2026-11-16T10:00:00Z") });
    expect(expectedAvailability({ ...base, state: "locked", lockedAt, holdingDays: 0 })).toEqual({ kind: "expected", at: lockedAt });
  });

  it("pending: after the order completes; once delivered, an estimate of return window plus holding period", () => {
    expect(expectedAvailability({ ...base, state: "pending" })).toEqual({ kind: "after_completion" });
    const deliveredAt = new Date("2026-11-10T09:30:00Z");
    expect(expectedAvailability({ ...base, state: "pending", orderDeliveredAt: deliveredAt })).toEqual({ kind: "estimated", at: new Date("2026-12-02T09:30:00Z") });
  });

  it("reversed: never", () => {
    expect(expectedAvailability({ ...base, state: "reversed", lockedAt: new Date(), orderDeliveredAt: new Date() })).toEqual({ kind: "never" });
  });
});

describe("a creator's commissions", () => {
  it("lists only the creator's own, newest order first, with product and shop", async () => {
    const { rows, total } = await listCreatorCommissions(db(), maiId, { pageSize: 100 });
    const own = await commissionsOf(maiId);
    expect(own.length).toBeGreaterThan(0);
    expect(total).toBe(own.length);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(own.map((c) => c.id)));
    const times = rows.map((r) => r.orderPlacedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const row of rows) {
      const stored = own.find((c) => c.id === row.id)!;
      expect(row).toMatchObject({ state: stored.state, amountMinor: stored.amountMinor, currency: stored.currency });
      expect(row.productTitle).toBeTruthy();
      expect(["Brightside Home", "Saigon Craft Co."]).toContain(row.shopName);
    }
    const ana = await listCreatorCommissions(db(), anaId, { pageSize: 100 });
    expect(ana.rows.some((r) => own.some((c) => c.id === r.id))).toBe(false);
  });

  it("filters by state and pages", async () => {
    for (const state of t.commissionStateEnum.enumValues) {
      const { rows, total } = await listCreatorCommissions(db(), maiId, { state, pageSize: 100 });
      expect(total).toBe((await commissionsOf(maiId, state)).length);
      expect(rows.every((r) => r.state === state)).toBe(true);
    }
    const first = await listCreatorCommissions(db(), maiId, { page: 1, pageSize: 2 });
    const second = await listCreatorCommissions(db(), maiId, { page: 2, pageSize: 2 });
    expect(second.rows.some((r) => first.rows.some((f) => f.id === r.id))).toBe(false);
  });

  it("computes each row's expected date from its own state, dates and shop", async () => {
    const { rows } = await listCreatorCommissions(db(), maiId, { pageSize: 100 });
    const shops = await db().select().from(t.shops);
    const states = new Set(rows.map((r) => r.state));
    expect(states.has("pending") && states.has("locked") && states.has("available")).toBe(true);
    for (const row of rows) {
      const shop = shops.find((s) => s.name === row.shopName)!;
      if (row.state === "available") expect(row.expected).toEqual({ kind: "available", at: row.availableAt });
      if (row.state === "locked") expect(row.expected).toEqual({ kind: "expected", at: addDays(row.lockedAt!, shop.holdingDays) });
      if (row.state === "pending") {
        expect(row.expected).toEqual(row.orderDeliveredAt ? { kind: "estimated", at: addDays(row.orderDeliveredAt, shop.returnWindowDays + shop.holdingDays) } : { kind: "after_completion" });
      }
      if (row.state === "reversed") expect(row.expected).toEqual({ kind: "never" });
    }

    // A longer holding period in the shop moves the expected date of its locked commissions.
    const locked = rows.find((r) => r.state === "locked")!;
    const shop = shops.find((s) => s.name === locked.shopName)!;
    await db().update(t.shops).set({ holdingDays: shop.holdingDays + 5 }).where(eq(t.shops.id, shop.id));
    try {
      const again = (await listCreatorCommissions(db(), maiId, { state: "locked", pageSize: 100 })).rows.find((r) => r.id === locked.id)!;
      expect(again.expected).toEqual({ kind: "expected", at: addDays(locked.lockedAt!, shop.holdingDays + 5) });
    } finally {
      await db().update(t.shops).set({ holdingDays: shop.holdingDays }).where(eq(t.shops.id, shop.id));
    }
  });

  it("sums pending, locked and available per currency", async () => {
    const totals = await creatorCommissionTotals(db(), maiId);
    const own = await commissionsOf(maiId);
    expect(totals.map((t) => t.state)).toEqual(["pending", "locked", "available"]);
    for (const { state, totals: amounts } of totals) {
      const mine = own.filter((c) => c.state === state);
      const currencies = [...new Set(mine.map((c) => c.currency))].sort();
      expect(amounts.map((a) => a.currency)).toEqual(currencies);
      for (const a of amounts) {
        const inCurrency = mine.filter((c) => c.currency === a.currency);
        expect(a).toEqual({ currency: a.currency, amountMinor: inCurrency.reduce((s, c) => s + c.amountMinor, 0), count: inCurrency.length });
      }
    }
  });

  it("shows a commission's history with why it earned, but never another creator's commission", async () => {
    const [own] = await commissionsOf(maiId, "available");
    const commission = (await findCreatorCommission(db(), { creatorId: maiId, commissionId: own!.id }))!;
    const [link] = await db().select().from(t.links).where(eq(t.links.id, own!.linkId));
    expect(commission).toMatchObject({ id: own!.id, linkId: link!.id, linkChannel: link!.channel, linkType: link!.type, rateBps: own!.rateBps, baseMinor: own!.baseMinor, planKind: own!.planKind });
    if (own!.planKind !== "open") expect(commission.planName).toBeTruthy();
    const events = await creatorCommissionEvents(db(), { creatorId: maiId, commissionId: own!.id });
    expect(events.map((e) => e.toState)).toEqual(["pending", "locked", "available"]);
    expect(events[0]!.fromState).toBeNull();

    const [foreign] = await commissionsOf(anaId);
    expect(await findCreatorCommission(db(), { creatorId: maiId, commissionId: foreign!.id })).toBeUndefined();
    expect(await creatorCommissionEvents(db(), { creatorId: maiId, commissionId: foreign!.id })).toEqual([]);
    expect((await findCreatorCommission(db(), { creatorId: anaId, commissionId: foreign!.id }))?.id).toBe(foreign!.id);
  });
});

describe("filtering a creator's commissions and taking them away as CSV", () => {
  // The whole list, with each row's shop id, order time and link, straight from the tables.
  async function allRows(creatorId: string) {
    return db()
      .select({ id: t.commissions.id, shopId: t.orders.shopId, placedAt: t.orders.placedAt, linkId: t.commissions.linkId, channel: t.links.channel, state: t.commissions.state })
      .from(t.commissions)
      .innerJoin(t.orderLines, eq(t.orderLines.id, t.commissions.orderLineId))
      .innerJoin(t.orders, eq(t.orders.id, t.orderLines.orderId))
      .innerJoin(t.links, eq(t.links.id, t.commissions.linkId))
      .where(eq(t.commissions.creatorId, creatorId));
  }
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
  const list = async (query: Record<string, string>, timeZone = "UTC") =>
    (await listCreatorCommissions(db(), maiId, { ...commissionListFilters(query, timeZone).filters, pageSize: 1000 })).rows;

  it("by shop, link, channel and state, each exactly the rows that have it, combined with AND", async () => {
    const all = await allRows(maiId);
    const shops = await creatorCommissionShops(db(), maiId);
    expect(shops.map((s) => s.id).sort()).toEqual([...new Set(all.map((r) => r.shopId))].sort());
    for (const shop of shops) expect(ids(await list({ shop: shop.id }))).toEqual(ids(all.filter((r) => r.shopId === shop.id)));
    const link = all[0]!.linkId;
    expect(ids(await list({ link }))).toEqual(ids(all.filter((r) => r.linkId === link)));
    const channel = all[0]!.channel;
    expect(ids(await list({ channel, state: "pending" }))).toEqual(ids(all.filter((r) => r.channel === channel && r.state === "pending")));
    // Another creator's link or an unknown shop finds nothing of Mai's; a malformed one is ignored.
    const anasLink = (await allRows(anaId))[0]!.linkId;
    expect(await list({ link: anasLink })).toEqual([]);
    expect(await list({ shop: "shp_00000000000000000000000000" })).toEqual([]);
    expect(ids(await list({ shop: "not-a-shop", channel: "carrier-pigeon" }))).toEqual(ids(all));
  });

  it("by the order's days in the reader's time zone, the 'to' day included", async () => {
    const all = await allRows(maiId);
    const day = all[0]!.placedAt.toISOString().slice(0, 10);
    const inUtc = all.filter((r) => r.placedAt.toISOString().slice(0, 10) === day);
    expect(ids(await list({ from: day, to: day }))).toEqual(ids(inUtc));
    // Seven hours ahead, the same calendar day is another window of time.
    const start = new Date(`${day}T00:00:00Z`).getTime() - 7 * 3_600_000;
    const inHcmc = all.filter((r) => r.placedAt.getTime() >= start && r.placedAt.getTime() < start + 86_400_000);
    expect(ids(await list({ from: day, to: day }, "Asia/Ho_Chi_Minh"))).toEqual(ids(inHcmc));
  });

  it("exports the filtered rows with their product, order, link and expected date, amounts as plain numbers", async () => {
    const rows = (await listCreatorCommissions(db(), maiId, { state: "available", pageSize: 1000 })).rows;
    const texts = {
      columns: Object.fromEntries(COMMISSION_CSV_COLUMNS.map((c) => [c, c])) as Record<(typeof COMMISSION_CSV_COLUMNS)[number], string>,
      state: (s: string) => s.toUpperCase(),
      channel: (c: string) => c,
    };
    const parsed = Papa.parse<string[]>(commissionsCsv(rows, texts, "https://links.example").trim()).data;
    expect(parsed[0]).toEqual([...COMMISSION_CSV_COLUMNS]);
    expect(parsed).toHaveLength(rows.length + 1);
    const first = rows[0]!;
    const line = parsed[1]!;
    expect(line[0]).toBe(first.orderPlacedAt.toISOString());
    expect(line[1]).toBe(first.productTitle);
    expect(line[4]).toBe(`https://links.example/l/${first.linkCode}`);
    expect(line[7]).toBe("AVAILABLE");
    expect(line[9]).toMatch(/^\d+(\.\d+)?$/);
    expect(line[10]).toBe(first.availableAt!.toISOString());
    expect(line[11]).toBe(first.id);
  });
});

