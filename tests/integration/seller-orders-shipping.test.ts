import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { shopOrderDetail } from "@/db/queries/seller-orders";
import { findOrderForBuyer } from "@/db/queries/storefront";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { runShopOrderCommand } from "@/app/(seller)/seller/orders/order-commands";
import { addHours } from "@/lib/clock";
import { refusalKey } from "@/lib/i18n/refusal-keys";
import { createOrder, OrderStateError, payOrder } from "@/lib/orders/commands";
import { applyOrderEvent } from "@/lib/orders/conversions";
import { orderEventSchema } from "@/lib/validation/conversion";
import { orderCommandSchema } from "@/lib/validation/orders";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;
let shop: t.Shop;
const db = () => handle.db;

async function paidOrder() {
  const [product] = await db().select().from(t.products).where(eq(t.products.shopId, shop.id)).limit(1);
  const order = await createOrder(db(), {
    shopId: shop.id,
    currency: shop.currency,
    source: "storefront",
    placedAt: addHours(NOW, -2),
    lines: [{ lineRef: "1", productId: product!.id, quantity: 1, unitPriceMinor: product!.priceMinor, discountMinor: 0 }],
  });
  await payOrder(db(), { orderId: order.id, at: addHours(NOW, -1) });
  return order;
}

/** What the Ship form sends, parsed as the action parses it. */
function shipForm(orderId: string, carrier: string, trackingNumber: string) {
  return orderCommandSchema.safeParse({ orderId, command: "ship", carrier, trackingNumber });
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), NOW);
  const owner = (await findUserByEmail(db(), "seller@demo.test"))!;
  shop = (await db().select().from(t.shops).where(eq(t.shops.ownerUserId, owner.id)))[0]!;
});
afterAll(async () => {
  await handle?.close();
});

describe("shipping with a carrier and a tracking number", () => {
  it("stores both, trimmed, with the shipped state, and shows them to the seller and to the buyer", async () => {
    const order = await paidOrder();
    const parsed = shipForm(order.id, "  Viettel Post ", " VTP-123 456 ");
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ carrier: "Viettel Post", trackingNumber: "VTP-123 456" });
    expect(await runShopOrderCommand(db(), shop.id, parsed.data!, NOW)).toBe("shipped");

    const detail = (await shopOrderDetail(db(), { shopId: shop.id, orderId: order.id }))!;
    expect(detail.order).toMatchObject({ state: "shipped", shippedAt: NOW, carrier: "Viettel Post", trackingNumber: "VTP-123 456" });
    const buyer = (await findOrderForBuyer(db(), order.statusToken))!;
    expect(buyer).toMatchObject({ state: "shipped", carrier: "Viettel Post", trackingNumber: "VTP-123 456" });
  });

  it("ships without them when both fields are left empty (or only spaces)", async () => {
    const order = await paidOrder();
    const parsed = shipForm(order.id, "   ", "");
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ carrier: undefined, trackingNumber: undefined });
    await runShopOrderCommand(db(), shop.id, parsed.data!, NOW);
    expect((await findOrderForBuyer(db(), order.statusToken))!).toMatchObject({ state: "shipped", carrier: null, trackingNumber: null });
  });

  it("refuses one without the other, naming the missing field, in words the catalogue translates", async () => {
    const onlyCarrier = shipForm("ord_00000000000000000000000000", "GHN", " ");
    expect(onlyCarrier.success).toBe(false);
    const carrierIssues = onlyCarrier.error!.issues;
    expect(carrierIssues.map((i) => i.path.join("."))).toEqual(["trackingNumber"]);

    const onlyTracking = shipForm("ord_00000000000000000000000000", "", "JNE123");
    expect(onlyTracking.success).toBe(false);
    const trackingIssues = onlyTracking.error!.issues;
    expect(trackingIssues.map((i) => i.path.join("."))).toEqual(["carrier"]);

    const tooLong = shipForm("ord_00000000000000000000000000", "DHL", "x".repeat(61));
    expect(tooLong.success).toBe(false);
    expect(tooLong.error!.issues.map((i) => i.path.join("."))).toEqual(["trackingNumber"]);
    expect(shipForm("ord_00000000000000000000000000", "D".repeat(60), "x".repeat(60)).success).toBe(true);

    for (const issue of [...carrierIssues, ...trackingIssues, ...tooLong.error!.issues]) expect(refusalKey(issue.message)).toBeDefined();
  });

  it("only Ship takes them: marking delivered with a tracking number in the form changes nothing about the shipment", async () => {
    const order = await paidOrder();
    await runShopOrderCommand(db(), shop.id, { orderId: order.id, command: "ship", carrier: "GHTK", trackingNumber: "S1" }, NOW);
    const deliver = orderCommandSchema.parse({ orderId: order.id, command: "deliver", carrier: "Other", trackingNumber: "S2" });
    await runShopOrderCommand(db(), shop.id, deliver, addHours(NOW, 5));
    expect((await findOrderForBuyer(db(), order.statusToken))!).toMatchObject({ state: "delivered", carrier: "GHTK", trackingNumber: "S1" });
  });

  it("a refused Ship (the order already shipped) keeps the first shipment: the tracking number is written with the state or not at all", async () => {
    const order = await paidOrder();
    await runShopOrderCommand(db(), shop.id, { orderId: order.id, command: "ship", carrier: "UPS", trackingNumber: "1Z999" }, NOW);
    await expect(runShopOrderCommand(db(), shop.id, { orderId: order.id, command: "ship", carrier: "FedEx", trackingNumber: "7777" }, addHours(NOW, 1))).rejects.toBeInstanceOf(
      OrderStateError,
    );
    const detail = (await shopOrderDetail(db(), { shopId: shop.id, orderId: order.id }))!;
    expect(detail.order).toMatchObject({ carrier: "UPS", trackingNumber: "1Z999", shippedAt: NOW });
  });
});

describe("a shipped event from the conversion API", () => {
  async function apiOrder(externalId: string) {
    const order = await paidOrder();
    await db().update(t.orders).set({ source: "api", externalId }).where(eq(t.orders.id, order.id));
    return order;
  }
  const actor = () => ({ shop: { id: shop.id, currency: shop.currency }, at: NOW });

  it("stores its carrier and tracking number with the shipped state", async () => {
    const order = await apiOrder("ship-api-1");
    const input = orderEventSchema.parse({ event_id: "s1", type: "shipped", occurred_at: addHours(NOW, -0.5).toISOString(), carrier: " SiCepat ", tracking_number: "SCP-9" });
    expect((await applyOrderEvent(db(), actor(), "ship-api-1", input)).status).toBe(201);
    expect((await findOrderForBuyer(db(), order.statusToken))!).toMatchObject({ state: "shipped", carrier: "SiCepat", trackingNumber: "SCP-9" });
  });

  it("refuses one without the other, or either on another event", () => {
    const base = { event_id: "s2", occurred_at: NOW.toISOString() };
    const paths = (body: object) => {
      const result = orderEventSchema.safeParse({ ...base, ...body });
      return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
    };
    expect(paths({ type: "shipped", carrier: "JNE" })).toEqual(["tracking_number"]);
    expect(paths({ type: "shipped", tracking_number: "1" })).toEqual(["carrier"]);
    expect(paths({ type: "delivered", carrier: "JNE", tracking_number: "1" })).toEqual(["carrier"]);
    expect(paths({ type: "shipped", carrier: "JNE", tracking_number: "x".repeat(61) })).toEqual(["tracking_number"]);
    expect(paths({ type: "shipped" })).toEqual([]);
  });
});
