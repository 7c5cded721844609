import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { shopCommissionsForExport } from "@/db/queries/seller-commissions";
import { shopOrdersForExport } from "@/db/queries/seller-orders";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { runShopOrderCommand } from "@/app/(seller)/seller/orders/order-commands";
import { addHours } from "@/lib/clock";
import { createOrder, payOrder } from "@/lib/orders/commands";
import { SHOP_COMMISSION_CSV_COLUMNS, SHOP_ORDER_CSV_COLUMNS, shopCommissionsCsv, shopOrdersCsv } from "@/lib/orders/orders-csv";
import { orderListFilters, shopCommissionFilters } from "@/lib/validation/orders";
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

/** The shop's commissions as the database has them, through their orders. */
async function commissionsOf(shopId: string) {
  return db()
    .select({ id: t.commissions.id, state: t.commissions.state, earnedAt: t.commissions.earnedAt, creatorId: t.commissions.creatorId })
    .from(t.commissions)
    .innerJoin(t.orderLines, eq(t.orderLines.id, t.commissions.orderLineId))
    .innerJoin(t.orders, eq(t.orders.id, t.orderLines.orderId))
    .where(eq(t.orders.shopId, shopId));
}

/** The CSV's rows as arrays of cells (no cell of these tests holds a comma or a quote). */
function rowsOf(csv: string): string[][] {
  return csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n").map((line) => line.split(","));
}

const word = (key: string) => key;
const headers = <C extends string>(columns: readonly C[]) => Object.fromEntries(columns.map((c) => [c, String(c)])) as Record<C, string>;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), NOW);
  shop = await shopOf("seller@demo.test");
  otherShop = await shopOf("seller.vn@demo.test");
});
afterAll(async () => {
  await handle?.close();
});

describe("the orders CSV", () => {
  it("holds every order of the shop and none of another shop's", async () => {
    const rows = await shopOrdersForExport(db(), { shopId: shop.id, filters: orderListFilters({}, "UTC"), limit: 50_000 });
    const mine = await db().select({ id: t.orders.id }).from(t.orders).where(eq(t.orders.shopId, shop.id));
    const theirs = await db().select({ id: t.orders.id }).from(t.orders).where(eq(t.orders.shopId, otherShop.id));
    expect(theirs.length).toBeGreaterThan(0);
    // More than one page of the list: the file is not cut at the page size.
    expect(mine.length).toBeGreaterThan(25);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(mine.map((o) => o.id)));
    const csv = shopOrdersCsv(rows, { columns: headers(SHOP_ORDER_CSV_COLUMNS), state: word, source: word });
    for (const { id } of theirs) expect(csv).not.toContain(id);
  });

  it("keeps the list's filters: state, source, days", async () => {
    const shipped = await shopOrdersForExport(db(), { shopId: shop.id, filters: orderListFilters({ state: "shipped" }, "UTC"), limit: 50_000 });
    const expected = await db().select({ id: t.orders.id }).from(t.orders).where(and(eq(t.orders.shopId, shop.id), eq(t.orders.state, "shipped")));
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(shipped.map((r) => r.id))).toEqual(new Set(expected.map((o) => o.id)));
    expect(await shopOrdersForExport(db(), { shopId: shop.id, filters: orderListFilters({ from: "2030-01-01" }, "UTC"), limit: 50_000 })).toEqual([]);
    expect((await shopOrdersForExport(db(), { shopId: shop.id, filters: orderListFilters({ source: "api" }, "UTC"), limit: 50_000 })).every((r) => r.source === "api")).toBe(true);
  });

  it("writes amounts as decimals in the currency's exponent, instants in UTC, and the shipment", async () => {
    const [product] = await db().select().from(t.products).where(eq(t.products.shopId, shop.id)).limit(1);
    const order = await createOrder(db(), {
      shopId: shop.id,
      currency: "USD",
      source: "storefront",
      placedAt: addHours(NOW, -2),
      lines: [{ lineRef: "1", productId: product!.id, quantity: 3, unitPriceMinor: 1_005, discountMinor: 0 }],
    });
    await payOrder(db(), { orderId: order.id, at: addHours(NOW, -1) });
    await runShopOrderCommand(db(), shop.id, { orderId: order.id, command: "ship", carrier: "J&T Express", trackingNumber: "JT0001" }, NOW);
    const rows = await shopOrdersForExport(db(), { shopId: shop.id, filters: orderListFilters({ state: "shipped" }, "UTC"), limit: 50_000 });
    const csv = rowsOf(shopOrdersCsv(rows, { columns: headers(SHOP_ORDER_CSV_COLUMNS), state: (s) => `state:${s}`, source: word }));
    expect(csv[0]).toEqual([...SHOP_ORDER_CSV_COLUMNS]);
    const line = csv.find((cells) => cells[1] === order.id)!;
    const cell = (column: (typeof SHOP_ORDER_CSV_COLUMNS)[number]) => line[SHOP_ORDER_CSV_COLUMNS.indexOf(column)];
    expect(cell("placed_at")).toBe(addHours(NOW, -2).toISOString());
    expect(cell("state")).toBe("state:shipped");
    expect(cell("items")).toBe("3");
    expect(cell("currency")).toBe("USD");
    expect(cell("total")).toBe("30.15");
    expect(cell("commission")).toBe("");
    expect(cell("carrier")).toBe("J&T Express");
    expect(cell("tracking_number")).toBe("JT0001");
  });
});

describe("the shop's commissions CSV", () => {
  it("holds the commissions earned on the shop's orders, and none of another shop's", async () => {
    const rows = await shopCommissionsForExport(db(), { shopId: shop.id, filters: shopCommissionFilters({}, "UTC"), limit: 50_000 });
    const mine = await commissionsOf(shop.id);
    const theirs = await commissionsOf(otherShop.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(theirs.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(mine.map((c) => c.id)));
    const csv = shopCommissionsCsv(rows, { columns: headers(SHOP_COMMISSION_CSV_COLUMNS), state: word, channel: word, plan: word });
    for (const { id } of theirs) expect(csv).not.toContain(id);
    // Amounts in the currency's exponent: two decimals in dollars, none in dong.
    const cells = rowsOf(csv).slice(1);
    const at = (column: (typeof SHOP_COMMISSION_CSV_COLUMNS)[number]) => SHOP_COMMISSION_CSV_COLUMNS.indexOf(column);
    for (const row of cells) {
      expect(row[at("amount")]).toMatch(row[at("currency")] === "USD" ? /^\d+\.\d{2}$/ : /^\d+$/);
      expect(row[at("commission_id")]).toMatch(/^com_/);
    }
  });

  it("filters by state, by the days earned and by the creator", async () => {
    const mine = await commissionsOf(shop.id);
    const state = mine[0]!.state;
    const byState = await shopCommissionsForExport(db(), { shopId: shop.id, filters: shopCommissionFilters({ state }, "UTC"), limit: 50_000 });
    expect(new Set(byState.map((r) => r.id))).toEqual(new Set(mine.filter((c) => c.state === state).map((c) => c.id)));

    const day = mine[0]!.earnedAt.toISOString().slice(0, 10);
    const byDay = await shopCommissionsForExport(db(), { shopId: shop.id, filters: shopCommissionFilters({ from: day, to: day }, "UTC"), limit: 50_000 });
    expect(byDay.length).toBeGreaterThan(0);
    expect(new Set(byDay.map((r) => r.id))).toEqual(new Set(mine.filter((c) => c.earnedAt.toISOString().slice(0, 10) === day).map((c) => c.id)));

    const mai = (await findUserByEmail(db(), "mai@demo.test"))!;
    const byCreator = await shopCommissionsForExport(db(), { shopId: shop.id, filters: shopCommissionFilters({ creator: "@MAI" }, "UTC"), limit: 50_000 });
    expect(byCreator.length).toBeGreaterThan(0);
    expect(new Set(byCreator.map((r) => r.id))).toEqual(new Set(mine.filter((c) => c.creatorId === mai.id).map((c) => c.id)));
    expect(byCreator.every((r) => r.creatorHandle === "mai")).toBe(true);
    // An unknown state falls back to all, as the list's filters do.
    expect(shopCommissionFilters({ state: "lost" }, "UTC").state).toBeUndefined();
  });
});
