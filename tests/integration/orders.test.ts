import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, sql } from "drizzle-orm";
import { executeRows, type DbHandle } from "@/db/client";
import { insertClicks } from "@/db/queries/links";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { addDays, addHours } from "@/lib/clock";
import { formatRate } from "@/lib/catalogue/rates";
import { runSettlement } from "@/lib/commissions/settle";
import { getOrCreateLink } from "@/lib/links/generate";
import { formatMoney } from "@/lib/money";
import { advanceOrder, cancelOrder, completeOrder, createOrder, OrderStateError, payOrder, refundLines } from "@/lib/orders/commands";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;
let shop: t.Shop;
let linked: t.Product;
let other: t.Product;
let seq = 0;

const db = () => handle.db;

async function visitorClicks(creatorEmail: string, product: t.Product, at: Date, visitorId = `v_${String(++seq).padStart(24, "0")}`) {
  const creator = (await findUserByEmail(db(), creatorEmail))!;
  const { link } = await getOrCreateLink(db(), { creatorId: creator.id, target: { type: "product", productId: product.id }, channel: "instagram", subId: "orders", at: addDays(at, -1) });
  const clickId = `clk_order${String(++seq).padStart(21, "0")}`;
  await insertClicks(db(), [{ id: clickId, linkId: link.id, clickedAt: at, visitorId, ipHash: null, userAgent: null, referrer: null, isBot: false, earning: true, uniqueCandidate: true }]);
  return { visitorId, clickId, creatorId: creator.id };
}

function order(visitorId: string | null, placedAt = NOW, overrides: { quantity?: number; discount?: number } = {}) {
  return createOrder(db(), {
    shopId: shop.id,
    currency: shop.currency,
    source: "storefront",
    visitorId,
    placedAt,
    orderDiscountMinor: overrides.discount ?? 0,
    lines: [
      { lineRef: "1", productId: linked.id, quantity: overrides.quantity ?? 2, unitPriceMinor: linked.priceMinor, discountMinor: 0 },
      { lineRef: "2", productId: other.id, quantity: 1, unitPriceMinor: other.priceMinor, discountMinor: 0 },
    ],
  });
}

const commissionsOf = async (orderId: string) =>
  db()
    .select({ commission: t.commissions, lineRef: t.orderLines.lineRef })
    .from(t.commissions)
    .innerJoin(t.orderLines, eq(t.orderLines.id, t.commissions.orderLineId))
    .where(eq(t.orderLines.orderId, orderId));

async function walletOf(creatorId: string, commissionIds: string[]) {
  return db()
    .select()
    .from(t.walletEntries)
    .where(and(eq(t.walletEntries.creatorId, creatorId), inArray(t.walletEntries.commissionId, commissionIds)));
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), addDays(NOW, -1));
  const seller = (await findUserByEmail(db(), "seller@demo.test"))!;
  shop = (await db().select().from(t.shops).where(eq(t.shops.ownerUserId, seller.id)))[0]!;
  linked = (await db().select().from(t.products).where(eq(t.products.sku, "BRI-0011")))[0]!;
  other = (await db().select().from(t.products).where(eq(t.products.sku, "BRI-0013")))[0]!;
});
afterAll(async () => {
  await handle?.close();
});

describe("the order and commission lifecycle", () => {
  it("pays a commission on the linked product only, frozen at payment, on what the buyer paid after discounts", async () => {
    const { visitorId, creatorId } = await visitorClicks("mai@demo.test", linked, addHours(NOW, -3));
    const placed = await order(visitorId, NOW, { discount: 1001 });
    const lines = await db().select().from(t.orderLines).where(eq(t.orderLines.orderId, placed.id));
    // The order discount is spread over the lines and adds up exactly.
    expect(lines.reduce((s, l) => s + l.paidMinor, 0)).toBe(placed.totalMinor);
    expect(placed.subtotalMinor - placed.totalMinor).toBe(1001);

    const outcomes = await payOrder(db(), { orderId: placed.id, at: addHours(NOW, 1) });
    expect(outcomes.find((o) => o.lineRef === "2")?.attribution).toEqual({ earns: false, reason: "no_click" });
    const rows = await commissionsOf(placed.id);
    expect(rows).toHaveLength(1);
    const [{ commission, lineRef }] = rows as [(typeof rows)[number]];
    const line1 = lines.find((l) => l.lineRef === "1")!;
    expect(lineRef).toBe("1");
    expect(commission).toMatchObject({ creatorId, state: "pending", planKind: "open", rateBps: linked.openRateBps, baseMinor: line1.paidMinor });
    expect(commission.amountMinor).toBe(Math.floor((line1.paidMinor * linked.openRateBps) / 10_000 + 0.5));

    // A later rate change never rewrites it.
    await db().update(t.products).set({ openRateBps: 7000 }).where(eq(t.products.id, linked.id));
    await db().update(t.products).set({ openRateBps: linked.openRateBps }).where(eq(t.products.id, linked.id));
    expect((await commissionsOf(placed.id))[0]!.commission.rateBps).toBe(linked.openRateBps);
  });

  it("the commission's first history entry gives the line's price as money in the order's currency", async () => {
    const { visitorId } = await visitorClicks("mai@demo.test", linked, addHours(NOW, -3));
    const placed = await order(visitorId, NOW, { quantity: 1 });
    await payOrder(db(), { orderId: placed.id, at: addHours(NOW, 1) });
    const { commission } = (await commissionsOf(placed.id))[0]!;
    const [first] = await db().select().from(t.commissionEvents).where(eq(t.commissionEvents.commissionId, commission.id)).orderBy(t.commissionEvents.occurredAt);
    const paid = formatMoney(commission.baseMinor, shop.currency);
    expect(paid).toMatch(/^\$\d+\.\d{2}$/);
    expect(first!.reason).toBe(`Order paid: open plan at ${formatRate(commission.rateBps)} on ${paid} paid for the line`);
  });

  it("locks on completion, becomes available after the holding period with a ledger entry, exactly once", async () => {
    const { visitorId, creatorId } = await visitorClicks("ana@demo.test", linked, addHours(NOW, -2));
    const placed = await order(visitorId);
    await payOrder(db(), { orderId: placed.id, at: NOW });
    await advanceOrder(db(), { orderId: placed.id, action: "ship", at: addHours(NOW, 20) });
    await advanceOrder(db(), { orderId: placed.id, action: "deliver", at: addDays(NOW, 3) });
    // The return window (7 days) passes: the settlement job completes the order and locks the commission.
    const completedAt = addDays(NOW, 10);
    expect((await runSettlement(db(), completedAt)).ordersCompleted).toBeGreaterThanOrEqual(1);
    const locked = (await commissionsOf(placed.id))[0]!.commission;
    expect(locked).toMatchObject({ state: "locked", lockedAt: completedAt });

    await runSettlement(db(), addDays(completedAt, 15 - 0.0001));
    expect((await commissionsOf(placed.id))[0]!.commission.state).toBe("locked");
    await runSettlement(db(), addDays(completedAt, 15));
    const available = (await commissionsOf(placed.id))[0]!.commission;
    expect(available).toMatchObject({ state: "available", availableAt: addDays(completedAt, 15) });
    await runSettlement(db(), addDays(completedAt, 16));
    const wallet = await walletOf(creatorId, [available.id]);
    expect(wallet).toHaveLength(1);
    expect(wallet[0]).toMatchObject({ kind: "commission_available", amountMinor: available.amountMinor });
    const history = await db().select().from(t.commissionEvents).where(eq(t.commissionEvents.commissionId, available.id)).orderBy(t.commissionEvents.occurredAt);
    expect(history.map((h) => h.toState)).toEqual(["pending", "locked", "available"]);
  });

  it("last click wins between two creators", async () => {
    const visitorId = "v_TwoCreatorsVisitor000001";
    await visitorClicks("mai@demo.test", linked, addDays(NOW, -2), visitorId);
    const later = await visitorClicks("leo@demo.test", linked, addDays(NOW, -1), visitorId);
    const placed = await order(visitorId);
    await payOrder(db(), { orderId: placed.id, at: NOW });
    expect((await commissionsOf(placed.id))[0]!.commission.creatorId).toBe(later.creatorId);
  });

  it("reverses pending commissions when the order is cancelled before shipping, and refuses to cancel a shipped one", async () => {
    const { visitorId } = await visitorClicks("mai@demo.test", linked, addHours(NOW, -1));
    const placed = await order(visitorId);
    await payOrder(db(), { orderId: placed.id, at: NOW });
    await cancelOrder(db(), { orderId: placed.id, at: addHours(NOW, 1) });
    expect((await commissionsOf(placed.id))[0]!.commission).toMatchObject({ state: "reversed", amountMinor: 0 });

    const shipped = await order(visitorId);
    await payOrder(db(), { orderId: shipped.id, at: NOW });
    await advanceOrder(db(), { orderId: shipped.id, action: "ship", at: addHours(NOW, 2) });
    await expect(cancelOrder(db(), { orderId: shipped.id, at: addHours(NOW, 3) })).rejects.toThrow(/refund its lines/);
  });

  it("refuses actions that make no sense for the order's state", async () => {
    const placed = await order(null);
    await expect(completeOrder(db(), { orderId: placed.id, at: NOW })).rejects.toBeInstanceOf(OrderStateError);
    await cancelOrder(db(), { orderId: placed.id, at: NOW });
    await expect(payOrder(db(), { orderId: placed.id, at: NOW })).rejects.toThrow(/cancelled order cannot be paid/);
  });

  it("shrinks a commission in proportion to a partial refund, and reverses it when everything is refunded", async () => {
    const { visitorId } = await visitorClicks("mai@demo.test", linked, addHours(NOW, -1));
    const placed = await order(visitorId, NOW, { quantity: 3 });
    await payOrder(db(), { orderId: placed.id, at: NOW });
    const original = (await commissionsOf(placed.id))[0]!.commission.amountMinor;
    await refundLines(db(), { orderId: placed.id, lines: [{ lineRef: "1", quantity: 1 }], at: addHours(NOW, 1) });
    expect((await commissionsOf(placed.id))[0]!.commission.amountMinor).toBe(Math.round((original * 2) / 3));
    await expect(refundLines(db(), { orderId: placed.id, lines: [{ lineRef: "1", quantity: 3 }], at: addHours(NOW, 2) })).rejects.toThrow(/2 units left/);
    await refundLines(db(), { orderId: placed.id, lines: [{ lineRef: "1", quantity: 2 }, { lineRef: "2", quantity: 1 }], at: addHours(NOW, 2) });
    expect((await commissionsOf(placed.id))[0]!.commission).toMatchObject({ state: "reversed", amountMinor: 0 });
    expect((await db().select().from(t.orders).where(eq(t.orders.id, placed.id)))[0]!.state).toBe("refunded");
  });

  it("claws a refund after the money became available back from the wallet", async () => {
    const { visitorId, creatorId } = await visitorClicks("ana@demo.test", linked, addHours(NOW, -1));
    const placed = await order(visitorId, NOW, { quantity: 2 });
    await payOrder(db(), { orderId: placed.id, at: NOW });
    await advanceOrder(db(), { orderId: placed.id, action: "ship", at: addHours(NOW, 1) });
    await advanceOrder(db(), { orderId: placed.id, action: "deliver", at: addHours(NOW, 2) });
    await completeOrder(db(), { orderId: placed.id, at: addHours(NOW, 3) });
    await runSettlement(db(), addDays(NOW, 20));
    const { commission } = (await commissionsOf(placed.id))[0]!;
    expect(commission.state).toBe("available");
    await refundLines(db(), { orderId: placed.id, lines: [{ lineRef: "1", quantity: 1 }], at: addDays(NOW, 21) });
    const wallet = await walletOf(creatorId, [commission.id]);
    expect(wallet.map((w) => w.kind).sort()).toEqual(["clawback", "commission_available"]);
    const clawback = wallet.find((w) => w.kind === "clawback")!;
    expect(clawback.amountMinor).toBe(-(commission.amountMinor - Math.round(commission.amountMinor / 2)));
    expect((await commissionsOf(placed.id))[0]!.commission.state).toBe("available");
  });
});

describe("races", () => {
  it("paying the same order 20 times at once pays it once, with at most one commission per line", async () => {
    const { visitorId } = await visitorClicks("mai@demo.test", linked, addHours(NOW, -1));
    const placed = await order(visitorId);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => payOrder(db(), { orderId: placed.id, at: NOW })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").every((r) => (r as PromiseRejectedResult).reason instanceof OrderStateError)).toBe(true);
    expect(await commissionsOf(placed.id)).toHaveLength(1);
  });

  it("two settlement runs at once release each commission once", async () => {
    const at = addDays(NOW, 60);
    const [first, second] = await Promise.all([runSettlement(db(), at), runSettlement(db(), at)]);
    expect(first.commissionsReleased + second.commissionsReleased).toBeGreaterThanOrEqual(0);
    const [dupes] = await executeRows<{ n: number }>(db(), sql`select count(*)::int as n from (select commission_id from wallet_entries where kind = 'commission_available' group by commission_id having count(*) > 1) d`);
    expect(dupes!.n).toBe(0);
    // Every available commission has exactly its amount in the wallet.
    const [mismatch] = await executeRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from commissions c join wallet_entries w on w.commission_id = c.id and w.kind = 'commission_available' where c.state <> 'available' and c.state <> 'paid'`,
    );
    expect(mismatch!.n).toBe(0);
  });

  it("a refund and a settlement racing on one commission never both apply", async () => {
    const { visitorId, creatorId } = await visitorClicks("ana@demo.test", linked, addHours(NOW, -1));
    const placed = await order(visitorId, NOW, { quantity: 2 });
    await payOrder(db(), { orderId: placed.id, at: NOW });
    await advanceOrder(db(), { orderId: placed.id, action: "ship", at: addHours(NOW, 1) });
    await advanceOrder(db(), { orderId: placed.id, action: "deliver", at: addHours(NOW, 2) });
    await completeOrder(db(), { orderId: placed.id, at: addHours(NOW, 3) });
    const { commission } = (await commissionsOf(placed.id))[0]!;
    await Promise.all([
      refundLines(db(), { orderId: placed.id, lines: [{ lineRef: "1", quantity: 2 }], at: addDays(NOW, 20) }),
      runSettlement(db(), addDays(NOW, 20)),
    ]);
    const wallet = await walletOf(creatorId, [commission.id]);
    const balance = wallet.reduce((s, w) => s + w.amountMinor, 0);
    const after = (await commissionsOf(placed.id))[0]!.commission;
    // Either the refund came first (reversed, nothing in the wallet) or the settlement did (available, then clawed back to zero).
    expect(balance).toBe(0);
    expect(["reversed", "available"]).toContain(after.state);
    if (after.state === "reversed") expect(wallet).toEqual([]);
    else expect(wallet.map((w) => w.kind).sort()).toEqual(["clawback", "commission_available"]);
  });
});
