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
