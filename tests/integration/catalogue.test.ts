import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { findShopProduct, listShopProducts, productRateHistory } from "@/db/queries/products";
import { findShopByOwner } from "@/db/queries/shops";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { createProduct, editOpenPlan, setProductArchived, updateProduct } from "@/lib/catalogue/products";
import { saveShop } from "@/lib/catalogue/shop";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { checkImage } from "@/lib/media/image-upload";
import { productSchema, shopSchema } from "@/lib/validation/catalogue";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

let handle: DbHandle;
let usd: t.Shop;
let vnd: t.Shop;

const productInput = (shop: t.Shop, overrides: Record<string, string> = {}) =>
  productSchema(shop).parse({ title: "Bamboo Lamp", category: "Lighting", sku: `BL-${Math.random().toString(36).slice(2, 8)}`, price: "49.90", stock: "12", openToAffiliates: "on", openRate: "8", openFlatFee: "", ...overrides });

async function rowCount(table: typeof t.products | typeof t.productRateChanges | typeof t.shops) {
  const [row] = await handle.db.select({ n: count() }).from(table);
  return row!.n;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, NOW);
  usd = (await findShopByOwner(handle.db, (await findUserByEmail(handle.db, "seller@demo.test"))!.id))!;
  vnd = (await findShopByOwner(handle.db, (await findUserByEmail(handle.db, "seller.vn@demo.test"))!.id))!;
});
afterAll(async () => {
  await handle?.close();
});

describe("shop profile", () => {
  it("creates a shop for a new seller with a unique slug, then updates the same shop", async () => {
    const owner = await handle.db.insert(t.users).values({ id: "usr_newseller00000000000000000", email: "new@shop.test", name: "New", passwordHash: "x", role: "seller" }).returning();
    const input = shopSchema.parse({ name: "Brightside Home", currency: "EUR", country: "DE", returnWindowDays: "14", holdingDays: "10", defaultOpenRate: "7.5", domains: "https://www.new-shop.example/\nnew-shop.example" });
    const first = await saveShop(handle.db, { ownerUserId: owner[0]!.id, input, logo: null, at: NOW });
    expect(first.created).toBe(true);
    expect(first.shop.slug).toBe("brightside-home-2");
    expect(first.shop.domains).toEqual(["www.new-shop.example", "new-shop.example"]);
    expect(first.shop.defaultOpenRateBps).toBe(750);
    const second = await saveShop(handle.db, { ownerUserId: owner[0]!.id, input: { ...input, name: "New Shop" }, logo: null, at: NOW });
    expect(second).toMatchObject({ created: false, shop: { id: first.shop.id, name: "New Shop" } });
  });

  it("fixes the currency once the shop has orders", async () => {
    const input = shopSchema.parse({ name: usd.name, currency: "EUR", country: "US", returnWindowDays: "7", holdingDays: "15", defaultOpenRate: "8", domains: "" });
    const error = await saveShop(handle.db, { ownerUserId: usd.ownerUserId, input, logo: null, at: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).fields.currency).toMatch(/fixed at USD/);
    expect((await findShopByOwner(handle.db, usd.ownerUserId))!.currency).toBe("USD");
  });

  it("refuses a logo that is not an image and writes nothing", async () => {
    const before = await findShopByOwner(handle.db, usd.ownerUserId);
    const input = shopSchema.parse({ name: "Renamed", currency: "USD", country: "US", returnWindowDays: "7", holdingDays: "15", defaultOpenRate: "8", domains: "" });
    const logo = checkImage(new TextEncoder().encode("<svg onload=alert(1)>"));
    await expect(saveShop(handle.db, { ownerUserId: usd.ownerUserId, input, logo, at: NOW })).rejects.toBeInstanceOf(UserFacingError);
    expect((await findShopByOwner(handle.db, usd.ownerUserId))!.name).toBe(before!.name);
  });
});

describe("products", () => {
  it("creates a product with its image and its first open-plan entry", async () => {
    const image = checkImage(PNG);
    const product = await createProduct(handle.db, { shop: usd, at: NOW }, productInput(usd, { price: "1,249.50" }), image);
    expect(product).toMatchObject({ shopId: usd.id, currency: "USD", priceMinor: 124_950, openRateBps: 800 });
    expect(product.imageMediaId).toMatch(/^med_/);
    expect(await productRateHistory(handle.db, { shopId: usd.id, productId: product.id })).toHaveLength(1);
  });

  it("refuses a SKU the shop already uses, naming the field", async () => {
    const existing = (await listShopProducts(handle.db, usd.id, {})).rows[0]!;
    const before = await rowCount(t.products);
    const error = await createProduct(handle.db, { shop: usd, at: NOW }, productInput(usd, { sku: existing.sku }), null).catch((e: unknown) => e);
    expect((error as UserFacingError).fields.sku).toMatch(/SKU/);
    expect(await rowCount(t.products)).toBe(before);
  });

  it("appends to the rate history only when the open plan changes, and never rewrites earned commissions", async () => {
    const product = await createProduct(handle.db, { shop: usd, at: NOW }, productInput(usd), null);
    const [earned] = await handle.db.select().from(t.commissions).limit(1);
    await updateProduct(handle.db, { shop: usd, at: later(1) }, product.id, productInput(usd, { sku: product.sku, title: "Renamed lamp" }), null);
    expect(await productRateHistory(handle.db, { shopId: usd.id, productId: product.id })).toHaveLength(1);
    await updateProduct(handle.db, { shop: usd, at: later(2) }, product.id, productInput(usd, { sku: product.sku, openRate: "12.25" }), null);
    const history = await productRateHistory(handle.db, { shopId: usd.id, productId: product.id });
    expect(history.map((h) => h.rateBps)).toEqual([1225, 800]);
    expect(history[0]!.effectiveAt).toEqual(later(2));
    const [after] = await handle.db.select().from(t.commissions).where(eq(t.commissions.id, earned!.id));
    expect(after).toEqual(earned);
  });

  it("bulk-edits the open plan of selected products and records each change", async () => {
    const { rows } = await listShopProducts(handle.db, usd.id, { sort: "title", pageSize: 3 });
    const historyBefore = await rowCount(t.productRateChanges);
    const changed = await editOpenPlan(handle.db, { shop: usd, at: later(5) }, rows.map((r) => r.id), { rateBps: 1500 });
    expect(changed).toBe(rows.filter((r) => r.openRateBps !== 1500).length);
    expect(await rowCount(t.productRateChanges)).toBe(historyBefore + changed);
    for (const r of rows) expect((await findShopProduct(handle.db, { shopId: usd.id, productId: r.id }))!.openRateBps).toBe(1500);
  });

  it("archives and restores, and never deletes", async () => {
    const { rows } = await listShopProducts(handle.db, usd.id, { pageSize: 1 });
    const archived = await setProductArchived(handle.db, { shop: usd, at: NOW }, rows[0]!.id, true);
    expect(archived).toMatchObject({ status: "archived", archivedAt: NOW });
    expect((await listShopProducts(handle.db, usd.id, { q: archived.sku })).total).toBe(0);
    expect((await listShopProducts(handle.db, usd.id, { q: archived.sku, status: "archived" })).total).toBe(1);
    expect(await setProductArchived(handle.db, { shop: usd, at: NOW }, rows[0]!.id, false)).toMatchObject({ status: "active", archivedAt: null });
  });

  it("searches, filters, sorts and pages within the shop", async () => {
    const page = await listShopProducts(handle.db, usd.id, { sort: "price_asc", pageSize: 5, page: 2 });
    expect(page.rows).toHaveLength(5);
    const prices = page.rows.map((r) => r.priceMinor);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const kitchen = await listShopProducts(handle.db, usd.id, { category: "Kitchen", status: "all" });
    expect(kitchen.rows.every((r) => r.category === "Kitchen")).toBe(true);
    const closed = await listShopProducts(handle.db, usd.id, { open: "closed", status: "all" });
    expect(closed.rows.every((r) => !r.openToAffiliates)).toBe(true);
    // A LIKE wildcard typed by the seller is searched for literally.
    expect((await listShopProducts(handle.db, usd.id, { q: "%" })).total).toBe(0);
  });
});

describe("a seller never sees or changes another seller's products", () => {
  it("does not list, find or show the history of another shop's product", async () => {
    const theirs = (await listShopProducts(handle.db, vnd.id, {})).rows[0]!;
    expect((await listShopProducts(handle.db, usd.id, { q: theirs.sku, status: "all" })).total).toBe(0);
    expect(await findShopProduct(handle.db, { shopId: usd.id, productId: theirs.id })).toBeUndefined();
    expect(await productRateHistory(handle.db, { shopId: usd.id, productId: theirs.id })).toEqual([]);
  });

  it("cannot edit, archive or re-rate it, and nothing is written", async () => {
    const theirs = (await listShopProducts(handle.db, vnd.id, {})).rows[0]!;
    const mine = (await listShopProducts(handle.db, usd.id, {})).rows[0]!;
    const historyBefore = await rowCount(t.productRateChanges);
    await expect(updateProduct(handle.db, { shop: usd, at: NOW }, theirs.id, productInput(usd), null)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setProductArchived(handle.db, { shop: usd, at: NOW }, theirs.id, true)).rejects.toBeInstanceOf(NotFoundError);
    // One foreign id among the seller's own: the whole bulk edit is refused.
    await expect(editOpenPlan(handle.db, { shop: usd, at: NOW }, [mine.id, theirs.id], { rateBps: 4000 })).rejects.toBeInstanceOf(NotFoundError);
    const [after] = await handle.db.select().from(t.products).where(and(eq(t.products.id, theirs.id)));
    expect(after).toEqual(theirs);
    expect((await findShopProduct(handle.db, { shopId: usd.id, productId: mine.id }))!.openRateBps).toBe(mine.openRateBps);
    expect(await rowCount(t.productRateChanges)).toBe(historyBefore);
  });
});
