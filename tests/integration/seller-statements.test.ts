import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { insertClicks } from "@/db/queries/links";
import { hasShopStatementsBefore, shopStatementLines, shopStatementMonths } from "@/db/queries/seller-statements";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { addDays, addHours } from "@/lib/clock";
import { runSettlement } from "@/lib/commissions/settle";
import { getOrCreateLink } from "@/lib/links/generate";
import { formatMoneyPlain } from "@/lib/money";
import { advanceOrder, completeOrder, createOrder, payOrder, refundLines } from "@/lib/orders/commands";
import { monthOf, monthSpan, readStatementMonth } from "@/lib/statements/months";
import { STATEMENT_CSV_COLUMNS, statementCsv } from "@/lib/statements/statement-csv";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
// 23:30 UTC on the last day of October: still October in UTC, already 1 November in Ho Chi Minh City (UTC+7).
const MONTH_END = new Date("2026-10-31T23:30:00Z");
const HCM = "Asia/Ho_Chi_Minh";
// Every month of the demo's activity and of this file's orders.
const EVERYTHING = { from: new Date("2025-01-01T00:00:00Z"), before: new Date("2027-01-01T00:00:00Z") };

let handle: DbHandle;
let shop: t.Shop;
let otherShop: t.Shop;
let boundaryCommissionId: string;
const db = () => handle.db;

async function shopOf(email: string) {
  const owner = (await findUserByEmail(db(), email))!;
  return (await db().select().from(t.shops).where(eq(t.shops.ownerUserId, owner.id)))[0]!;
}

/** The ledger as the database has it: every commission-available and clawback entry of the shop's orders. */
async function ledgerOf(shopId: string) {
  return db()
    .select({ id: t.walletEntries.id, kind: t.walletEntries.kind, amountMinor: t.walletEntries.amountMinor, createdAt: t.walletEntries.createdAt, currency: t.walletEntries.currency })
    .from(t.walletEntries)
    .innerJoin(t.commissions, eq(t.commissions.id, t.walletEntries.commissionId))
    .innerJoin(t.orderLines, eq(t.orderLines.id, t.commissions.orderLineId))
    .innerJoin(t.orders, eq(t.orders.id, t.orderLines.orderId))
    .where(and(eq(t.orders.shopId, shopId), inArray(t.walletEntries.kind, ["commission_available", "clawback"])));
}

/**
 * A commission that becomes available at `availableAt`, through the real lifecycle: a creator's
 * click, the order paid, shipped, delivered and completed, then the settlement job after the shop's
 * holding period.
 */
async function availableCommission(availableAt: Date) {
  const mai = (await findUserByEmail(db(), "mai@demo.test"))!;
  const [product] = await db().select().from(t.products).where(and(eq(t.products.shopId, shop.id), eq(t.products.status, "active"))).limit(1);
  const completedAt = addDays(availableAt, -shop.holdingDays);
  const paidAt = addDays(completedAt, -10);
  const { link } = await getOrCreateLink(db(), { creatorId: mai.id, target: { type: "product", productId: product!.id }, channel: "instagram", subId: "statements", at: addDays(paidAt, -2) });
  const visitorId = `v_statements${String(paidAt.getTime()).padStart(14, "0")}`;
  await insertClicks(db(), [{ id: `clk_statements${String(paidAt.getTime()).padStart(16, "0")}`, linkId: link.id, clickedAt: addHours(paidAt, -1), visitorId, ipHash: null, userAgent: null, referrer: null, isBot: false, earning: true, uniqueCandidate: true }]);
  const order = await createOrder(db(), {
    shopId: shop.id,
    currency: shop.currency,
    source: "storefront",
    visitorId,
    placedAt: paidAt,
    lines: [{ lineRef: "1", productId: product!.id, quantity: 2, unitPriceMinor: product!.priceMinor, discountMinor: 0 }],
  });
  await payOrder(db(), { orderId: order.id, at: paidAt });
  await advanceOrder(db(), { orderId: order.id, action: "ship", at: addDays(paidAt, 1) });
  await advanceOrder(db(), { orderId: order.id, action: "deliver", at: addDays(paidAt, 2) });
  await completeOrder(db(), { orderId: order.id, at: completedAt });
  await runSettlement(db(), availableAt);
  const [commission] = await db().select({ id: t.commissions.id, state: t.commissions.state }).from(t.commissions).innerJoin(t.orderLines, eq(t.orderLines.id, t.commissions.orderLineId)).where(eq(t.orderLines.orderId, order.id));
  expect(commission?.state).toBe("available");
  return { orderId: order.id, commissionId: commission!.id };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), NOW);
  shop = await shopOf("seller@demo.test");
  otherShop = await shopOf("seller.vn@demo.test");
  // One commission available on the last evening of October (UTC), then half of it refunded in
  // November: a clawback, as the real refund writes it.
  const boundary = await availableCommission(MONTH_END);
  boundaryCommissionId = boundary.commissionId;
  await refundLines(db(), { orderId: boundary.orderId, lines: [{ lineRef: "1", quantity: 1 }], at: new Date("2026-11-05T10:00:00Z") });
});
afterAll(async () => {
  await handle?.close();
});

describe("the seller's commission statements", () => {
  it.each(["UTC", HCM])("a month's totals are the sums of the shop's ledger entries in that month (%s)", async (timeZone) => {
    const ledger = await ledgerOf(shop.id);
    expect(ledger.some((e) => e.kind === "clawback")).toBe(true);
    const expected = new Map<string, { available: number; clawbacks: number; entries: number }>();
    for (const e of ledger) {
      const m = expected.get(monthOf(e.createdAt, timeZone)) ?? { available: 0, clawbacks: 0, entries: 0 };
      if (e.kind === "commission_available") m.available += e.amountMinor;
      else m.clawbacks += e.amountMinor;
      m.entries += 1;
      expected.set(monthOf(e.createdAt, timeZone), m);
    }
    const months = await shopStatementMonths(db(), { shopId: shop.id, timeZone, ...EVERYTHING });
    expect(months.length).toBeGreaterThan(1);
    expect(months.map((m) => m.month)).toEqual([...expected.keys()].sort().reverse());
    for (const m of months) {
      const e = expected.get(m.month)!;
      expect(m).toMatchObject({ currency: shop.currency, availableMinor: e.available, clawbacksMinor: e.clawbacks, entries: e.entries, totalMinor: e.available + e.clawbacks });
    }
    const november = months.find((m) => m.month === "2026-11")!;
    expect(november.clawbacksMinor).toBeLessThan(0);
    expect(november.totalMinor).toBe(november.availableMinor + november.clawbacksMinor);

    // The lines of each month add up to its totals.
    for (const m of months) {
      const span = monthSpan(m.month, m.month, timeZone);
      const lines = await shopStatementLines(db(), { shopId: shop.id, ...span, limit: 50_000 });
      expect(lines).toHaveLength(m.entries);
      expect(lines.reduce((s, l) => s + l.amountMinor, 0)).toBe(m.totalMinor);
    }
  });

  it("never shows another shop's entries", async () => {
    const theirs = await ledgerOf(otherShop.id);
    expect(theirs.length).toBeGreaterThan(0);
    const lines = await shopStatementLines(db(), { shopId: shop.id, ...EVERYTHING, limit: 50_000 });
    const mine = new Set((await ledgerOf(shop.id)).map((e) => e.id));
    expect(new Set(lines.map((l) => l.id))).toEqual(mine);
    for (const e of theirs) expect(mine.has(e.id)).toBe(false);
    const theirMonths = await shopStatementMonths(db(), { shopId: otherShop.id, timeZone: "UTC", ...EVERYTHING });
    expect(theirMonths.every((m) => m.currency === otherShop.currency)).toBe(true);
    expect(theirMonths.reduce((s, m) => s + m.entries, 0)).toBe(theirs.length);
  });

  it("the CSV has the month's lines and a total line equal to the page's total", async () => {
    const month = readStatementMonth("2026-11", NOW, "UTC")!;
    const [totals, lines] = await Promise.all([
      shopStatementMonths(db(), { shopId: shop.id, timeZone: "UTC", from: month.from, before: month.before }),
      shopStatementLines(db(), { shopId: shop.id, from: month.from, before: month.before, limit: 50_000 }),
    ]);
    expect(totals).toHaveLength(1);
    const columns = Object.fromEntries(STATEMENT_CSV_COLUMNS.map((c) => [c, c])) as Record<(typeof STATEMENT_CSV_COLUMNS)[number], string>;
    const csv = statementCsv(lines, totals, { columns, kind: (k) => `kind:${k}`, total: "TOTAL" });
    const rows = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(rows[0]).toBe(STATEMENT_CSV_COLUMNS.join(","));
    expect(rows).toHaveLength(lines.length + 2);
    const amount = STATEMENT_CSV_COLUMNS.indexOf("amount");
    const total = rows.at(-1)!.split(",");
    expect(total[0]).toBe("TOTAL");
    expect(total[amount]).toBe(formatMoneyPlain(totals[0]!.totalMinor, shop.currency));
    // The file's lines add up to its total line (in cents: USD has two decimals).
    const cents = rows.slice(1, -1).map((r) => Math.round(Number(r.split(",")[amount]) * 100));
    expect(cents.reduce((s, c) => s + c, 0)).toBe(totals[0]!.totalMinor);
    expect(csv).toContain("kind:clawback");
  });

  it("puts an entry at 23:30 UTC on the month's last day in the next month in Ho Chi Minh City", async () => {
    const linesIn = async (month: string, timeZone: string) => {
      const span = readStatementMonth(month, NOW, timeZone)!;
      return shopStatementLines(db(), { shopId: shop.id, from: span.from, before: span.before, limit: 50_000 });
    };
    const isBoundary = (l: { at: Date; kind: string }) => l.kind === "commission_available" && l.at.getTime() === MONTH_END.getTime();
    expect((await linesIn("2026-10", "UTC")).some(isBoundary)).toBe(true);
    expect((await linesIn("2026-11", "UTC")).some(isBoundary)).toBe(false);
    expect((await linesIn("2026-10", HCM)).some(isBoundary)).toBe(false);
    expect((await linesIn("2026-11", HCM)).some(isBoundary)).toBe(true);
    const [entry] = await db().select().from(t.walletEntries).where(and(eq(t.walletEntries.commissionId, boundaryCommissionId), eq(t.walletEntries.kind, "commission_available")));
    expect(entry!.createdAt).toEqual(MONTH_END);
  });

  it("reads a month from the URL: YYYY-MM, neither malformed nor still to come", () => {
    expect(readStatementMonth("2026-11", NOW, "UTC")?.month).toBe("2026-11");
    expect(readStatementMonth("2026-12", NOW, "UTC")).toBeNull();
    // 1 December already began in Ho Chi Minh City at 17:00 UTC on 30 November.
    expect(readStatementMonth("2026-12", new Date("2026-11-30T18:00:00Z"), HCM)?.month).toBe("2026-12");
    expect(readStatementMonth("2026-12", new Date("2026-11-30T18:00:00Z"), "UTC")).toBeNull();
    for (const raw of ["2026-13", "2026-00", "2026-1", "26-11", "2026-11-01", "1999-12", "", undefined]) expect(readStatementMonth(raw, NOW, "UTC")).toBeNull();
    const november = readStatementMonth("2026-11", NOW, HCM)!;
    expect(november.from.toISOString()).toBe("2026-10-31T17:00:00.000Z");
    expect(november.before.toISOString()).toBe("2026-11-30T17:00:00.000Z");
  });

  it("knows whether there are older statements", async () => {
    expect(await hasShopStatementsBefore(db(), { shopId: shop.id, before: new Date("2026-11-01T00:00:00Z") })).toBe(true);
    expect(await hasShopStatementsBefore(db(), { shopId: shop.id, before: new Date("2025-01-01T00:00:00Z") })).toBe(false);
  });
});
