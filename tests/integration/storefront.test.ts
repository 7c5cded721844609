import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { insertClicks } from "@/db/queries/links";
import { findOrderForBuyer, orderLinesForBuyer } from "@/db/queries/storefront";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { addDays, addHours } from "@/lib/clock";
import { getOrCreateLink } from "@/lib/links/generate";
import { newVisitorId } from "@/lib/links/visitors";
import { CartUnavailableError, checkoutCart, type CheckoutItem, type TestPaymentOutcome } from "@/lib/orders/storefront";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
const BUYER = { name: "Lan Pham", email: "lan@example.com", shippingAddress: { line1: "12 Hang Bac", city: "Hanoi", postalCode: "100000", country: "VN" } };

let handle: DbHandle;
const db = () => handle.db;

async function productBySku(sku: string) {
  return (await db().select().from(t.products).where(eq(t.products.sku, sku)))[0]!;
}

const stockOf = async (productId: string) => (await db().select({ stock: t.products.stock }).from(t.products).where(eq(t.products.id, productId)))[0]!.stock;

async function setStock(productId: string, stock: number) {
  await db().update(t.products).set({ stock }).where(eq(t.products.id, productId));
}

function checkout(cart: CheckoutItem[], options: { payment?: TestPaymentOutcome; visitorId?: string | null; at?: Date } = {}) {
  return checkoutCart(db(), { cart, buyer: BUYER, visitorId: options.visitorId ?? null, at: options.at ?? NOW, payment: options.payment ?? "succeeds" });
}

const ordersOf = async (ids: string[]) => db().select().from(t.orders).where(inArray(t.orders.id, ids));
const ordersWithProduct = async (productId: string) =>
  db().selectDistinct({ id: t.orders.id, state: t.orders.state }).from(t.orders).innerJoin(t.orderLines, eq(t.orderLines.orderId, t.orders.id)).where(eq(t.orderLines.productId, productId));

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), addDays(NOW, -1));
});
afterAll(async () => {
  await handle?.close();
});

describe("checking out a cart", () => {
  it("makes one paid order per shop, each in its shop's currency, and takes the stock", async () => {
    const jars = await productBySku("BRI-0011");
    const blanket = await productBySku("BRI-0013");
    const scarf = await productBySku("SAI-0002");
    const result = await checkout([
      { productId: jars.id, quantity: 2 },
      { productId: scarf.id, quantity: 1 },
      { productId: blanket.id, quantity: 1 },
    ]);
    expect(result.outcome).toBe("paid");
    expect(result.orders).toHaveLength(2);
    const orders = await ordersOf(result.orders.map((o) => o.id));
    const usd = orders.find((o) => o.currency === "USD")!;
    const vnd = orders.find((o) => o.currency === "VND")!;
    expect(usd).toMatchObject({ shopId: jars.shopId, state: "paid", source: "storefront", buyerEmail: BUYER.email, totalMinor: 2 * jars.priceMinor + blanket.priceMinor, placedAt: NOW, paidAt: NOW });
    expect(vnd).toMatchObject({ shopId: scarf.shopId, state: "paid", totalMinor: scarf.priceMinor });
    expect(usd.statusToken).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(usd.shippingAddress).toEqual(BUYER.shippingAddress);
    // The lines keep the buyer's order.
    expect((await orderLinesForBuyer(db(), usd.id)).map((l) => [l.lineRef, l.title, l.quantity])).toEqual([
      ["1", jars.title, 2],
      ["2", blanket.title, 1],
    ]);
    expect(await stockOf(jars.id)).toBe(jars.stock - 2);
    expect(await stockOf(blanket.id)).toBe(blanket.stock - 1);
    expect(await stockOf(scarf.id)).toBe(scarf.stock - 1);
    // The status page finds each order by its token.
    expect(await findOrderForBuyer(db(), usd.statusToken)).toMatchObject({ id: usd.id, shopName: "Brightside Home", state: "paid" });
  });

  it("20 buyers racing for the last unit: exactly one gets it, the others are told it is out of stock", async () => {
    const tamper = await productBySku("BRI-0014");
    await setStock(tamper.id, 1);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => checkout([{ productId: tamper.id, quantity: 1 }], { visitorId: newVisitorId() })));
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const r of lost) {
      expect(r.reason).toBeInstanceOf(CartUnavailableError);
      expect((r.reason as Error).message).toContain(`“${tamper.title}” is out of stock.`);
    }
    expect(await stockOf(tamper.id)).toBe(0);
    const orders = await ordersWithProduct(tamper.id);
    expect(orders.filter((o) => o.state === "paid")).toHaveLength(1);
    // Losers never placed an order (nothing was charged, nothing to cancel) — only the seed's orders and the winner's exist.
    expect(orders.filter((o) => o.state === "placed")).toHaveLength(0);
  });

  it("a declined payment cancels the order and puts the stock back", async () => {
    const skillet = await productBySku("BRI-0003");
    const before = await stockOf(skillet.id);
    const result = await checkout([{ productId: skillet.id, quantity: 3 }], { payment: "declined" });
    expect(result.outcome).toBe("declined");
    const [order] = await ordersOf(result.orders.map((o) => o.id));
    expect(order).toMatchObject({ state: "cancelled", cancelledAt: NOW, paidAt: null });
    expect(await stockOf(skillet.id)).toBe(before);
    const lines = await db().select().from(t.orderLines).where(eq(t.orderLines.orderId, order!.id));
    expect(lines.map((l) => l.cancelledQuantity)).toEqual([3]);
    // Nothing for any creator on an order never paid.
    const commissions = await db().select().from(t.commissions).where(inArray(t.commissions.orderLineId, lines.map((l) => l.id)));
    expect(commissions).toHaveLength(0);
  });

  it("charges the database's price: a price the cart does not state is read from the catalogue, and a price the buyer saw that differs stops the checkout", async () => {
    const diffuser = await productBySku("BRI-0005");
    const before = await stockOf(diffuser.id);
    await expect(checkout([{ productId: diffuser.id, quantity: 1, shownUnitPriceMinor: 1 }])).rejects.toThrow(
      new CartUnavailableError([`The price of “${diffuser.title}” is now $${(diffuser.priceMinor / 100).toFixed(2)} (you saw $0.01).`]),
    );
    expect(await stockOf(diffuser.id)).toBe(before);
    expect((await ordersWithProduct(diffuser.id)).filter((o) => o.state === "placed" || o.state === "paid")).toHaveLength(0);

    // The seller raises the price after the buyer saw the old one: refused, nothing charged.
    await db().update(t.products).set({ priceMinor: diffuser.priceMinor + 500 }).where(eq(t.products.id, diffuser.id));
    await expect(checkout([{ productId: diffuser.id, quantity: 1, shownUnitPriceMinor: diffuser.priceMinor }])).rejects.toBeInstanceOf(CartUnavailableError);
    expect(await stockOf(diffuser.id)).toBe(before);

    // Paying again with the new price shown charges the new price, from the database.
    const result = await checkout([{ productId: diffuser.id, quantity: 2, shownUnitPriceMinor: diffuser.priceMinor + 500 }]);
    const [order] = await ordersOf(result.orders.map((o) => o.id));
    expect(order!.totalMinor).toBe(2 * (diffuser.priceMinor + 500));
    const lines = await orderLinesForBuyer(db(), order!.id);
    expect(lines[0]).toMatchObject({ unitPriceMinor: diffuser.priceMinor + 500, paidMinor: 2 * (diffuser.priceMinor + 500) });
  });

  it("refuses archived, externally sold and short-stocked products, telling each, and places no order at all", async () => {
    const lamp = await productBySku("BRI-0020"); // archived
    const linen = await productBySku("BRI-0001"); // sold on the shop's own site
    const clock = await productBySku("BRI-0016");
    const scarf = await productBySku("SAI-0002");
    const scarfStock = await stockOf(scarf.id);
    await setStock(clock.id, 2);
    const attempt = checkout([
      { productId: scarf.id, quantity: 1 },
      { productId: lamp.id, quantity: 1 },
      { productId: linen.id, quantity: 1 },
      { productId: clock.id, quantity: 3 },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(CartUnavailableError);
    await expect(attempt).rejects.toMatchObject({
      problems: [`“${lamp.title}” is no longer sold here.`, `“${linen.title}” is no longer sold here.`, `Only 2 of “${clock.title}” are left (you asked for 3).`],
    });
    expect(await stockOf(scarf.id)).toBe(scarfStock);
    expect(await stockOf(clock.id)).toBe(2);
  });

  it("when a later shop's stock runs out under the lock, the earlier shop's order is cancelled and its stock returned", async () => {
    const scarf = await productBySku("SAI-0003");
    const plant = await productBySku("BRI-0012");
    const scarfStock = await stockOf(scarf.id);
    // Another checkout takes the last stand while this one is between its two shops.
    await setStock(plant.id, 1);
    let transactions = 0;
    const racing = new Proxy(db(), {
      get(target, property) {
        if (property === "transaction") {
          return async (...args: Parameters<typeof target.transaction>) => {
            if (++transactions === 2) await setStock(plant.id, 0);
            return target.transaction(...args);
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const attempt = checkoutCart(racing, {
      cart: [
        { productId: scarf.id, quantity: 2 },
        { productId: plant.id, quantity: 1 },
      ],
      buyer: BUYER,
      visitorId: null,
      at: NOW,
      payment: "succeeds",
    });
    await expect(attempt).rejects.toThrow(`“${plant.title}” is out of stock.`);
    expect(await stockOf(scarf.id)).toBe(scarfStock);
    const scarfOrders = await ordersWithProduct(scarf.id);
    expect(scarfOrders.filter((o) => o.state === "placed" || o.state === "paid")).toHaveLength(0);
    expect(scarfOrders.some((o) => o.state === "cancelled")).toBe(true);
  });
});

describe("attribution at checkout", () => {
  it("the line of the product the buyer clicked a creator's link for earns; the other line of the same order does not", async () => {
    const jars = await productBySku("BRI-0011");
    const candle = await productBySku("BRI-0015");
    const mai = (await findUserByEmail(db(), "mai@demo.test"))!;
    const { link } = await getOrCreateLink(db(), { creatorId: mai.id, target: { type: "product", productId: jars.id }, channel: "instagram", subId: "storefront", at: addDays(NOW, -2) });
    const visitorId = newVisitorId();
    await insertClicks(db(), [
      { id: "clk_STOREFRONT000000000000000001", linkId: link.id, clickedAt: addHours(NOW, -3), visitorId, ipHash: null, userAgent: null, referrer: null, isBot: false, earning: true, uniqueCandidate: true },
    ]);

    const result = await checkout(
      [
        { productId: candle.id, quantity: 1 },
        { productId: jars.id, quantity: 1 },
      ],
      { visitorId },
    );
    const [order] = await ordersOf(result.orders.map((o) => o.id));
    expect(order!.visitorId).toBe(visitorId);
    const commissions = await db()
      .select({ productId: t.orderLines.productId, creatorId: t.commissions.creatorId, linkId: t.commissions.linkId, state: t.commissions.state, baseMinor: t.commissions.baseMinor })
      .from(t.commissions)
      .innerJoin(t.orderLines, eq(t.orderLines.id, t.commissions.orderLineId))
      .where(eq(t.orderLines.orderId, order!.id));
    expect(commissions).toEqual([{ productId: jars.id, creatorId: mai.id, linkId: link.id, state: "pending", baseMinor: jars.priceMinor }]);
  });

  it("a buyer with no visitor cookie earns nobody anything", async () => {
    const jars = await productBySku("BRI-0011");
    const result = await checkout([{ productId: jars.id, quantity: 1 }], { visitorId: null });
    const lines = await db().select().from(t.orderLines).where(eq(t.orderLines.orderId, result.orders[0]!.id));
    expect(await db().select().from(t.commissions).where(inArray(t.commissions.orderLineId, lines.map((l) => l.id)))).toHaveLength(0);
  });
});
