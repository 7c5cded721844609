import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { runShopOrderCommand, runShopOrderCommands } from "@/app/(seller)/seller/orders/order-commands";
import { orderReference } from "@/components/orders/order-reference";
import { addHours } from "@/lib/clock";
import { createOrder, payOrder } from "@/lib/orders/commands";
import { bulkOrderCommandSchema } from "@/lib/validation/orders";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;
let shop: t.Shop;
let otherShop: t.Shop;
const db = () => handle.db;

async function shopOf(email: string) {
  const owner = (await findUserByEmail(db(), email))!;
  return (await db().select().from(t.shops).where(eq(t.shops.ownerUserId, owner.id)))[0]!;
}

async function paidOrder(of: t.Shop = shop) {
  const [product] = await db().select().from(t.products).where(eq(t.products.shopId, of.id)).limit(1);
  const order = await createOrder(db(), {
    shopId: of.id,
    currency: of.currency,
    source: "storefront",
    placedAt: addHours(NOW, -2),
    lines: [{ lineRef: "1", productId: product!.id, quantity: 1, unitPriceMinor: product!.priceMinor, discountMinor: 0 }],
  });
  await payOrder(db(), { orderId: order.id, at: addHours(NOW, -1) });
  return order;
}

async function deliveredOrder() {
  const order = await paidOrder();
  await runShopOrderCommand(db(), shop.id, { orderId: order.id, command: "ship" }, NOW);
  await runShopOrderCommand(db(), shop.id, { orderId: order.id, command: "deliver" }, addHours(NOW, 1));
  return order;
}

const statesOf = async (ids: string[]) => new Map((await db().select({ id: t.orders.id, state: t.orders.state }).from(t.orders).where(inArray(t.orders.id, ids))).map((o) => [o.id, o.state]));

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), NOW);
  shop = await shopOf("seller@demo.test");
  otherShop = await shopOf("seller.vn@demo.test");
});
afterAll(async () => {
  await handle?.close();
});

describe("bulk ship and bulk complete", () => {
  it("ship the paid orders among the selected, each on its own: a cancelled one and another shop's are refused, the rest still ship", async () => {
    const [a, b, c] = [await paidOrder(), await paidOrder(), await paidOrder()];
    const cancelled = await paidOrder();
    await runShopOrderCommand(db(), shop.id, { orderId: cancelled.id, command: "cancel" }, NOW);
    const foreign = await paidOrder(otherShop);

    // The refused ones sit between the others: each order has its own transaction, so a refusal undoes nothing before it.
    const result = await runShopOrderCommands(db(), shop.id, { command: "ship", ids: [a.id, cancelled.id, b.id, foreign.id, c.id] }, addHours(NOW, 1));
    expect(result.changed).toEqual([a.id, b.id, c.id]);
    expect(result.refused).toEqual([
      { orderId: cancelled.id, reference: orderReference(cancelled), state: "cancelled" },
      { orderId: foreign.id, reference: null, state: null },
    ]);
    const states = await statesOf([a.id, b.id, c.id, cancelled.id, foreign.id]);
    expect(Object.fromEntries(states)).toEqual({ [a.id]: "shipped", [b.id]: "shipped", [c.id]: "shipped", [cancelled.id]: "cancelled", [foreign.id]: "paid" });
    const [shipped] = await db().select().from(t.orders).where(eq(t.orders.id, b.id));
    expect(shipped).toMatchObject({ shippedAt: addHours(NOW, 1), carrier: null, trackingNumber: null });
  });

  it("complete the delivered ones, locking their commissions; a paid order is refused and stays paid", async () => {
    const [a, b] = [await deliveredOrder(), await deliveredOrder()];
    const paid = await paidOrder();
    const result = await runShopOrderCommands(db(), shop.id, { command: "complete", ids: [a.id, paid.id, b.id, a.id] }, addHours(NOW, 3));
    // An id sent twice is acted on once.
    expect(result.changed).toEqual([a.id, b.id]);
    expect(result.refused).toEqual([{ orderId: paid.id, reference: orderReference(paid), state: "paid" }]);
    expect(Object.fromEntries(await statesOf([a.id, b.id, paid.id]))).toEqual({ [a.id]: "completed", [b.id]: "completed", [paid.id]: "paid" });

    // One of the demo's delivered orders where a creator earns: completing it in bulk locks the commission, as Complete does.
    const [earning] = await db()
      .select({ orderId: t.orders.id, commissionId: t.commissions.id })
      .from(t.orders)
      .innerJoin(t.orderLines, eq(t.orderLines.orderId, t.orders.id))
      .innerJoin(t.commissions, eq(t.commissions.orderLineId, t.orderLines.id))
      .where(and(eq(t.orders.shopId, shop.id), eq(t.orders.state, "delivered"), eq(t.commissions.state, "pending")))
      .limit(1);
    expect(earning).toBeDefined();
    const done = await runShopOrderCommands(db(), shop.id, { command: "complete", ids: [earning!.orderId] }, addHours(NOW, 4));
    expect(done).toEqual({ changed: [earning!.orderId], refused: [] });
    const [commission] = await db().select().from(t.commissions).where(eq(t.commissions.id, earning!.commissionId));
    expect(commission).toMatchObject({ state: "locked", lockedAt: addHours(NOW, 4) });
  });

  it("two bulk requests racing on the same orders change each order once", async () => {
    const orders = await Promise.all(Array.from({ length: 6 }, () => paidOrder()));
    const ids = orders.map((o) => o.id);
    const [first, second] = await Promise.all([
      runShopOrderCommands(db(), shop.id, { command: "ship", ids }, addHours(NOW, 1)),
      runShopOrderCommands(db(), shop.id, { command: "ship", ids: [...ids].reverse() }, addHours(NOW, 2)),
    ]);
    const changed = [...first.changed, ...second.changed];
    expect(changed.sort()).toEqual([...ids].sort());
    // Whatever one request changed, the other found shipped and refused.
    for (const id of ids) {
      const winner = first.changed.includes(id) ? first : second;
      const loser = winner === first ? second : first;
      expect(loser.refused).toContainEqual(expect.objectContaining({ orderId: id, state: "shipped" }));
    }
    expect(first.refused.length + second.refused.length).toBe(ids.length);
    expect([...(await statesOf(ids)).values()].every((s) => s === "shipped")).toBe(true);
  });

  it("takes 1 to 100 order ids and only Ship or Complete", () => {
    const id = (n: number) => `ord_${String(n).padStart(26, "0")}`;
    expect(bulkOrderCommandSchema.safeParse({ command: "ship", ids: Array.from({ length: 100 }, (_, n) => id(n)) }).success).toBe(true);
    expect(bulkOrderCommandSchema.safeParse({ command: "ship", ids: Array.from({ length: 101 }, (_, n) => id(n)) }).success).toBe(false);
    expect(bulkOrderCommandSchema.safeParse({ command: "complete", ids: [] }).success).toBe(false);
    expect(bulkOrderCommandSchema.safeParse({ command: "cancel", ids: [id(1)] }).success).toBe(false);
    expect(bulkOrderCommandSchema.safeParse({ command: "ship", ids: ["lnk_1"] }).success).toBe(false);
  });
});
