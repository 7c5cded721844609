import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull, lte } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { applyDueRateChanges, findShopProduct, productRateHistory } from "@/db/queries/products";
import { findShopByOwner } from "@/db/queries/shops";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { addDays } from "@/lib/clock";
import { createProduct, editOpenPlan, updateProduct } from "@/lib/catalogue/products";
import { bestProductRates } from "@/lib/commissions/creator-rates";
import { getOrCreateLink } from "@/lib/links/generate";
import { runMinuteJobs } from "@/lib/minute-jobs";
import { productSchema } from "@/lib/validation/catalogue";
import { createTestDatabase } from "./support/test-db";

// DOMAIN, Commission plans: "a raise applies at once; a cut applies only after a notice period
// (default 7 days, at least 2), during which creators who linked the product are told and keep the old rate".
const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;
const db = () => handle.db;
let shop: t.Shop;
let maiId: string;
let anaId: string;

const input = (overrides: Record<string, string>) =>
  productSchema(shop).parse({ title: "Walnut Tray", category: "Kitchen", sku: `WT-${Math.random().toString(36).slice(2, 8)}`, price: "40.00", stock: "20", openToAffiliates: "on", openRate: "10", openFlatFee: "", ...overrides });

async function newLinkedProduct() {
  const product = await createProduct(db(), { shop, at: NOW }, input({}), null);
  await getOrCreateLink(db(), { creatorId: maiId, target: { type: "product", productId: product.id }, channel: "instagram", subId: "", at: NOW });
  return product;
}

const rateAt = async (productId: string, at: Date) => (await bestProductRates(db(), { creatorId: maiId, productIds: [productId], at })).get(productId)?.reward;
const cutNotices = () => db().select().from(t.notifications).where(eq(t.notifications.kind, "rate_cut"));

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), NOW);
  shop = (await findShopByOwner(db(), (await findUserByEmail(db(), "seller@demo.test"))!.id))!;
  maiId = (await findUserByEmail(db(), "mai@demo.test"))!.id;
  anaId = (await findUserByEmail(db(), "ana@demo.test"))!.id;
});
afterAll(async () => {
  await handle?.close();
});

describe("fair rate changes", () => {
  it("a cut waits for the shop's notice period: orders until then earn the old rate, creators who linked are told", async () => {
    const product = await newLinkedProduct();
    const noticesBefore = (await cutNotices()).length;
    const decidedAt = addDays(NOW, 1);
    await updateProduct(db(), { shop, at: decidedAt }, product.id, input({ sku: product.sku, openRate: "6" }), null);
    // The product still shows and pays 10% until the day comes.
    expect((await findShopProduct(db(), { shopId: shop.id, productId: product.id }))!.openRateBps).toBe(1000);
    expect(await rateAt(product.id, addDays(decidedAt, 6.9))).toMatchObject({ rateBps: 1000 });
    expect(await rateAt(product.id, addDays(decidedAt, 7))).toMatchObject({ rateBps: 600 });
    const [latest] = await productRateHistory(db(), { shopId: shop.id, productId: product.id });
    expect(latest).toMatchObject({ rateBps: 600, decidedAt, effectiveAt: addDays(decidedAt, shop.rateNoticeDays), cancelledAt: null });
    // Mai linked it and is told once; Ana did not and is not.
    const notices = await cutNotices();
    expect(notices.length).toBe(noticesBefore + 1);
    const notice = notices.find((n) => n.params.productId === product.id)!;
    expect(notice).toMatchObject({ recipientId: maiId, params: { fromRateBps: 1000, toRateBps: 600, effectiveAt: addDays(decidedAt, 7).toISOString(), product: "Walnut Tray" } });
    expect(notices.some((n) => n.recipientId === anaId && n.params.productId === product.id)).toBe(false);
    // The minute jobs make the cut the product's current plan on its day, once.
    await runMinuteJobs(db(), addDays(decidedAt, 6));
    expect((await findShopProduct(db(), { shopId: shop.id, productId: product.id }))!.openRateBps).toBe(1000);
    expect(await applyDueRateChanges(db(), addDays(decidedAt, 7))).toBeGreaterThanOrEqual(1);
    expect((await findShopProduct(db(), { shopId: shop.id, productId: product.id }))!.openRateBps).toBe(600);
    const [applied] = await db().select().from(t.productRateChanges).where(and(eq(t.productRateChanges.productId, product.id), eq(t.productRateChanges.rateBps, 600)));
    expect(applied!.appliedAt).toEqual(addDays(decidedAt, 7));
    expect(await applyDueRateChanges(db(), addDays(decidedAt, 8))).toBe(0);
  });

  it("a raise applies at once and replaces a cut still waiting", async () => {
    const product = await newLinkedProduct();
    await updateProduct(db(), { shop, at: addDays(NOW, 1) }, product.id, input({ sku: product.sku, openRate: "5" }), null);
    await updateProduct(db(), { shop, at: addDays(NOW, 2) }, product.id, input({ sku: product.sku, openRate: "12" }), null);
    expect((await findShopProduct(db(), { shopId: shop.id, productId: product.id }))!.openRateBps).toBe(1200);
    expect(await rateAt(product.id, addDays(NOW, 2))).toMatchObject({ rateBps: 1200 });
    // The replaced cut never applies, even after its day.
    expect(await rateAt(product.id, addDays(NOW, 30))).toMatchObject({ rateBps: 1200 });
    await applyDueRateChanges(db(), addDays(NOW, 30));
    expect((await findShopProduct(db(), { shopId: shop.id, productId: product.id }))!.openRateBps).toBe(1200);
    const history = await productRateHistory(db(), { shopId: shop.id, productId: product.id });
    expect(history.find((h) => h.rateBps === 500)!.cancelledAt).toEqual(addDays(NOW, 2));
  });

  it("a lower flat fee is a cut too; asking for the same cut again keeps its day; a second cut starts a new notice", async () => {
    const product = await createProduct(db(), { shop, at: NOW }, input({ openFlatFee: "2.00" }), null);
    await updateProduct(db(), { shop, at: addDays(NOW, 1) }, product.id, input({ sku: product.sku, openFlatFee: "1.00" }), null);
    await updateProduct(db(), { shop, at: addDays(NOW, 3) }, product.id, input({ sku: product.sku, openFlatFee: "1.00", title: "Walnut Tray, large" }), null);
    let waiting = (await productRateHistory(db(), { shopId: shop.id, productId: product.id })).filter((h) => h.effectiveAt > addDays(NOW, 3) && !h.cancelledAt);
    expect(waiting.map((h) => [h.flatFeeMinor, h.effectiveAt])).toEqual([[100, addDays(NOW, 8)]]);
    expect((await findShopProduct(db(), { shopId: shop.id, productId: product.id }))).toMatchObject({ title: "Walnut Tray, large", openFlatFeeMinor: 200 });
    await updateProduct(db(), { shop, at: addDays(NOW, 4) }, product.id, input({ sku: product.sku, openFlatFee: "0.50" }), null);
    waiting = (await productRateHistory(db(), { shopId: shop.id, productId: product.id })).filter((h) => !h.cancelledAt && h.effectiveAt > addDays(NOW, 4));
    expect(waiting.map((h) => [h.flatFeeMinor, h.effectiveAt])).toEqual([[50, addDays(NOW, 11)]]);
  });

  it("the bulk edit decides each product the same way, and the shop's notice period is its own (at least 2 days)", async () => {
    const a = await newLinkedProduct();
    const b = await createProduct(db(), { shop, at: NOW }, input({ openRate: "4" }), null);
    await db().update(t.shops).set({ rateNoticeDays: 2 }).where(eq(t.shops.id, shop.id));
    const twoDays = { ...shop, rateNoticeDays: 2 };
    // 8% is a cut for a (10%) and a raise for b (4%).
    expect(await editOpenPlan(db(), { shop: twoDays, at: addDays(NOW, 1) }, [a.id, b.id], { rateBps: 800 })).toBe(2);
    expect((await findShopProduct(db(), { shopId: shop.id, productId: a.id }))!.openRateBps).toBe(1000);
    expect((await findShopProduct(db(), { shopId: shop.id, productId: b.id }))!.openRateBps).toBe(800);
    expect(await rateAt(a.id, addDays(NOW, 2.9))).toMatchObject({ rateBps: 1000 });
    expect(await rateAt(a.id, addDays(NOW, 3))).toMatchObject({ rateBps: 800 });
    await expect(db().update(t.shops).set({ rateNoticeDays: 1 }).where(eq(t.shops.id, shop.id))).rejects.toThrow();
    await db().update(t.shops).set({ rateNoticeDays: 7 }).where(eq(t.shops.id, shop.id));
  });

  it("two processes applying due cuts at once apply each once", async () => {
    const products = [await newLinkedProduct(), await newLinkedProduct(), await newLinkedProduct()];
    for (const p of products) await updateProduct(db(), { shop, at: addDays(NOW, 40) }, p.id, input({ sku: p.sku, openRate: "3" }), null);
    const waiting = and(isNull(t.productRateChanges.appliedAt), isNull(t.productRateChanges.cancelledAt), lte(t.productRateChanges.effectiveAt, addDays(NOW, 50)));
    const due = (await db().select().from(t.productRateChanges).where(waiting)).length;
    expect(due).toBeGreaterThanOrEqual(3);
    const counts = await Promise.all([applyDueRateChanges(db(), addDays(NOW, 50)), applyDueRateChanges(db(), addDays(NOW, 50))]);
    expect(counts[0]! + counts[1]!).toBe(due);
    expect(await db().select().from(t.productRateChanges).where(waiting)).toEqual([]);
    for (const p of products) expect((await findShopProduct(db(), { shopId: shop.id, productId: p.id }))!.openRateBps).toBe(300);
  });
});
