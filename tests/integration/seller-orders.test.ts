import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { findShopOrder, listShopOrders, shopOrderDetail, shopOrderLines } from "@/db/queries/seller-orders";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { refundShopOrderLine, runShopOrderCommand } from "@/app/(seller)/seller/orders/order-commands";
import { addDays, addHours } from "@/lib/clock";
import { NotFoundError } from "@/lib/errors";
import { createOrder, OrderStateError, payOrder } from "@/lib/orders/commands";
import { orderListFilters } from "@/lib/validation/orders";
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

const ordersOf = (shopId: string, state?: t.OrderState) =>
  db()
    .select()
    .from(t.orders)
    .where(and(eq(t.orders.shopId, shopId), state ? eq(t.orders.state, state) : undefined));

async function linesOf(orderIds: string[]) {
  return db().select().from(t.orderLines).where(inArray(t.orderLines.orderId, orderIds));
}

/** An order of our own in the shop, paid, with one line of `quantity` units and no creator. */
async function paidOrder(quantity: number) {
  const [product] = await db().select().from(t.products).where(eq(t.products.shopId, shop.id)).limit(1);
  const order = await createOrder(db(), {
    shopId: shop.id,
    currency: shop.currency,
    source: "storefront",
    placedAt: addHours(NOW, -2),
    lines: [{ lineRef: "1", productId: product!.id, quantity, unitPriceMinor: product!.priceMinor, discountMinor: 0 }],
  });
  await payOrder(db(), { orderId: order.id, at: addHours(NOW, -1) });
  return order;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), NOW);
  shop = await shopOf("seller@demo.test");
  otherShop = await shopOf("seller.vn@demo.test");
});
afterAll(async () => {
  await handle?.close();
});

describe("the seller's order list", () => {
  it("lists only the shop's orders, newest first, with items, the commission owed and the creators who earn", async () => {
    const { rows, total } = await listShopOrders(db(), shop.id, { pageSize: 100 });
    const expected = await ordersOf(shop.id);
    expect(total).toBe(expected.length);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(expected.map((o) => o.id)));
    const times = rows.map((r) => r.placedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const lines = await linesOf(rows.map((r) => r.id));
    const earned = await db()
      .select({ orderId: t.orderLines.orderId, amountMinor: t.commissions.amountMinor, handle: t.creatorProfiles.handle })
      .from(t.commissions)
      .innerJoin(t.orderLines, eq(t.orderLines.id, t.commissions.orderLineId))
      .innerJoin(t.creatorProfiles, eq(t.creatorProfiles.userId, t.commissions.creatorId))
      .where(inArray(t.orderLines.orderId, rows.map((r) => r.id)));
    expect(earned.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.items).toBe(lines.filter((l) => l.orderId === row.id).reduce((s, l) => s + l.quantity, 0));
      const mine = earned.filter((c) => c.orderId === row.id);
      expect(row.commissionMinor).toBe(mine.length ? mine.reduce((s, c) => s + c.amountMinor, 0) : null);
      expect(row.creators).toEqual([...new Set(mine.map((c) => c.handle))].sort());
    }
  });

  it("filters by state", async () => {
    for (const state of t.orderStateEnum.enumValues) {
      const { rows, total } = await listShopOrders(db(), shop.id, { state, pageSize: 100 });
      expect(total).toBe((await ordersOf(shop.id, state)).length);
      expect(rows.every((r) => r.state === state)).toBe(true);
    }
    expect((await listShopOrders(db(), shop.id, orderListFilters({ state: "completed" }, "UTC"))).total).toBeGreaterThan(0);
    // An unknown state in the query string shows every order instead of failing.
    expect(orderListFilters({ state: "lost" }, "UTC").state).toBeUndefined();
  });

  it("filters by source: orders sent through the API carry the seller's own id", async () => {
    const [product] = await db().select().from(t.products).where(eq(t.products.shopId, shop.id)).limit(1);
    const api = await createOrder(db(), {
      shopId: shop.id,
      currency: shop.currency,
      source: "api",
      externalId: "EXT-1001",
      placedAt: addDays(NOW, -40),
      lines: [{ lineRef: "A", productId: product!.id, quantity: 1, unitPriceMinor: product!.priceMinor, discountMinor: 0 }],
    });
    const { rows } = await listShopOrders(db(), shop.id, orderListFilters({ source: "api" }, "UTC"));
    expect(rows.map((r) => [r.id, r.externalId])).toEqual([[api.id, "EXT-1001"]]);
    const storefront = await listShopOrders(db(), shop.id, { source: "storefront", pageSize: 100 });
    expect(storefront.rows.every((r) => r.source === "storefront")).toBe(true);
    expect(storefront.total).toBe((await ordersOf(shop.id)).length - 1);
  });

  it("filters by the day placed, both days included, in UTC", async () => {
    const all = await ordersOf(shop.id);
    const day = all[Math.floor(all.length / 2)]!.placedAt.toISOString().slice(0, 10);
    const from = new Date(`${day}T00:00:00Z`);
    const until = addDays(from, 2);
    const { rows, total } = await listShopOrders(db(), shop.id, { ...orderListFilters({ from: day, to: addDays(from, 1).toISOString().slice(0, 10) }, "UTC"), pageSize: 100 });
    const expected = all.filter((o) => o.placedAt >= from && o.placedAt < until);
    expect(total).toBe(expected.length);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(expected.map((o) => o.id)));
    // Not a date: ignored.
    expect(orderListFilters({ from: "yesterday", to: "2026-02-30" }, "UTC")).toMatchObject({ placedFrom: undefined, placedBefore: undefined });
  });

  it("filters by a product's title or SKU, only among the shop's products", async () => {
    const all = await ordersOf(shop.id);
    const [line] = await linesOf(all.map((o) => o.id));
    const [product] = await db().select().from(t.products).where(eq(t.products.id, line!.productId));
    const withProduct = new Set((await db().select().from(t.orderLines).where(eq(t.orderLines.productId, product!.id))).map((l) => l.orderId));
    const bySku = await listShopOrders(db(), shop.id, { ...orderListFilters({ product: product!.sku.toLowerCase() }, "UTC"), pageSize: 100 });
    expect(new Set(bySku.rows.map((r) => r.id))).toEqual(withProduct);

    const words = product!.title.split(" ")[0]!;
    const byTitle = await listShopOrders(db(), shop.id, { ...orderListFilters({ product: words }, "UTC"), pageSize: 100 });
    const titled = await db()
      .select({ orderId: t.orderLines.orderId, title: t.products.title })
      .from(t.orderLines)
      .innerJoin(t.products, eq(t.products.id, t.orderLines.productId))
      .where(inArray(t.orderLines.orderId, all.map((o) => o.id)));
    const expected = new Set(titled.filter((l) => l.title.toLowerCase().includes(words.toLowerCase())).map((l) => l.orderId));
    expect(expected.has([...withProduct][0]!)).toBe(true);
    expect(new Set(byTitle.rows.map((r) => r.id))).toEqual(expected);

    const [foreign] = await db().select().from(t.products).where(eq(t.products.shopId, otherShop.id)).limit(1);
    expect((await listShopOrders(db(), shop.id, { product: foreign!.sku })).total).toBe(0);
    // LIKE wildcards are matched literally.
    expect((await listShopOrders(db(), shop.id, { product: "%" })).total).toBe(0);
  });

  it("filters by the handle of a creator who earns on the order, with or without the @, in any case", async () => {
    const mai = (await findUserByEmail(db(), "mai@demo.test"))!;
    const maiOrders = await db()
      .selectDistinct({ orderId: t.orderLines.orderId })
      .from(t.commissions)
      .innerJoin(t.orderLines, eq(t.orderLines.id, t.commissions.orderLineId))
      .innerJoin(t.orders, eq(t.orders.id, t.orderLines.orderId))
      .where(and(eq(t.commissions.creatorId, mai.id), eq(t.orders.shopId, shop.id)));
    expect(maiOrders.length).toBeGreaterThan(0);
    for (const creator of ["mai", "@MAI"]) {
      const { rows } = await listShopOrders(db(), shop.id, { ...orderListFilters({ creator }, "UTC"), pageSize: 100 });
      expect(new Set(rows.map((r) => r.id))).toEqual(new Set(maiOrders.map((o) => o.orderId)));
      expect(rows.every((r) => r.creators.includes("mai"))).toBe(true);
    }
    expect((await listShopOrders(db(), shop.id, { creator: "nobody" })).total).toBe(0);
  });

  it("pages through the list without repeating an order", async () => {
    const first = await listShopOrders(db(), shop.id, { page: 1, pageSize: 3 });
    const second = await listShopOrders(db(), shop.id, { page: 2, pageSize: 3 });
    expect(first.rows).toHaveLength(3);
    expect(second.total).toBe(first.total);
    expect(second.rows.some((r) => first.rows.some((f) => f.id === r.id))).toBe(false);
    expect(second.rows[0]!.placedAt.getTime()).toBeLessThanOrEqual(first.rows[2]!.placedAt.getTime());
  });
});

describe("another shop's orders", () => {
  it("are never found: not by id, not their lines, not in the list", async () => {
    const [foreign] = await ordersOf(otherShop.id);
    expect(await findShopOrder(db(), { shopId: shop.id, orderId: foreign!.id })).toBeUndefined();
    expect(await shopOrderDetail(db(), { shopId: shop.id, orderId: foreign!.id })).toBeUndefined();
    expect(await shopOrderLines(db(), { shopId: shop.id, orderId: foreign!.id })).toEqual([]);
    expect((await findShopOrder(db(), { shopId: otherShop.id, orderId: foreign!.id }))?.id).toBe(foreign!.id);
    const { rows } = await listShopOrders(db(), shop.id, { pageSize: 100 });
    expect(rows.some((r) => r.id === foreign!.id)).toBe(false);
  });

  it("are never acted on: shipping or refunding one answers 'not found' and changes nothing", async () => {
    const [paid] = await ordersOf(otherShop.id, "paid");
    await expect(runShopOrderCommand(db(), shop.id, { orderId: paid!.id, command: "ship" }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(runShopOrderCommand(db(), shop.id, { orderId: paid!.id, command: "cancel" }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    expect((await findShopOrder(db(), { shopId: otherShop.id, orderId: paid!.id }))?.state).toBe("paid");

    const [completed] = await ordersOf(otherShop.id, "completed");
    const before = await linesOf([completed!.id]);
    await expect(refundShopOrderLine(db(), shop.id, { orderId: completed!.id, lineRef: before[0]!.lineRef, quantity: 1 }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    expect(await linesOf([completed!.id])).toEqual(before);
    // A made-up id is answered the same way.
    await expect(runShopOrderCommand(db(), shop.id, { orderId: "ord_00000000000000000000000000", command: "ship" }, NOW)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the seller's order actions", () => {
  it("ship, mark delivered and complete the shop's own order, which locks its commissions; steps out of order are refused", async () => {
    const [paid] = await ordersOf(shop.id, "paid");
    await expect(runShopOrderCommand(db(), shop.id, { orderId: paid!.id, command: "complete" }, NOW)).rejects.toBeInstanceOf(OrderStateError);
    expect(await runShopOrderCommand(db(), shop.id, { orderId: paid!.id, command: "ship" }, addHours(NOW, 1))).toBe("shipped");
    await expect(runShopOrderCommand(db(), shop.id, { orderId: paid!.id, command: "cancel" }, addHours(NOW, 2))).rejects.toThrow("refund its lines instead");
    expect(await runShopOrderCommand(db(), shop.id, { orderId: paid!.id, command: "deliver" }, addHours(NOW, 30))).toBe("delivered");
    expect(await runShopOrderCommand(db(), shop.id, { orderId: paid!.id, command: "complete" }, addHours(NOW, 40))).toBe("completed");
    const detail = (await shopOrderDetail(db(), { shopId: shop.id, orderId: paid!.id }))!;
    expect(detail.order).toMatchObject({ state: "completed", shippedAt: addHours(NOW, 1), deliveredAt: addHours(NOW, 30), completedAt: addHours(NOW, 40) });
    for (const line of detail.lines) if (line.commission) expect(line.commission.state).toBe("locked");
  });

  it("cancel a paid order before it ships", async () => {
    const order = await paidOrder(1);
    expect(await runShopOrderCommand(db(), shop.id, { orderId: order.id, command: "cancel" }, NOW)).toBe("cancelled");
    const detail = (await shopOrderDetail(db(), { shopId: shop.id, orderId: order.id }))!;
    expect(detail.order.state).toBe("cancelled");
    expect(detail.lines[0]).toMatchObject({ cancelledQuantity: 1, commission: null });
  });

  it("refund a line by quantity, then the rest of it, each refund on the order's timeline", async () => {
    const order = await paidOrder(3);
    await refundShopOrderLine(db(), shop.id, { orderId: order.id, lineRef: "1", quantity: 1 }, addHours(NOW, 1));
    let detail = (await shopOrderDetail(db(), { shopId: shop.id, orderId: order.id }))!;
    expect(detail.order.state).toBe("paid");
    expect(detail.lines[0]!.refundedQuantity).toBe(1);
    expect(detail.refunds).toEqual([expect.objectContaining({ occurredAt: addHours(NOW, 1), lines: [{ lineRef: "1", quantity: 1 }] })]);

    await expect(refundShopOrderLine(db(), shop.id, { orderId: order.id, lineRef: "1", quantity: 3 }, addHours(NOW, 2))).rejects.toThrow("has 2 units left");
    await expect(refundShopOrderLine(db(), shop.id, { orderId: order.id, lineRef: "9", quantity: 1 }, addHours(NOW, 2))).rejects.toThrow('no line "9"');
    // A refused refund records nothing.
    expect((await shopOrderDetail(db(), { shopId: shop.id, orderId: order.id }))!.refunds).toHaveLength(1);

    await refundShopOrderLine(db(), shop.id, { orderId: order.id, lineRef: "1", quantity: 2 }, addHours(NOW, 3));
    detail = (await shopOrderDetail(db(), { shopId: shop.id, orderId: order.id }))!;
    expect(detail.order.state).toBe("refunded");
    expect(detail.lines[0]!.refundedQuantity).toBe(3);
    expect(detail.refunds.map((r) => r.lines)).toEqual([[{ lineRef: "1", quantity: 1 }], [{ lineRef: "1", quantity: 2 }]]);
  });
});
