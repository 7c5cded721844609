import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, isNull } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { insertClicks } from "@/db/queries/links";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { parseProductCsv } from "@/lib/catalogue/csv-import";
import { checkProductRows } from "@/lib/catalogue/csv-import-check";
import { editOpenPlan } from "@/lib/catalogue/products";
import { addDays, addHours } from "@/lib/clock";
import { runSettlement } from "@/lib/commissions/settle";
import { UserFacingError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { getOrCreateLink } from "@/lib/links/generate";
import { advanceOrder, createOrder, payOrder } from "@/lib/orders/commands";
import { recordConversions } from "@/lib/orders/conversions";
import { checkPlanProducts } from "@/lib/plans/plan-products";
import { productSchema, shopSchema } from "@/lib/validation/catalogue";
import { conversionOrderSchema } from "@/lib/validation/conversion";
import { verifyLedger } from "@/lib/wallet/verify-ledger";
import { createTestDatabase } from "./support/test-db";

// Issue #11, item 11: a $10 product with a flat fee of 1,000,000 paid its creator $1,000,001.
const NOW = new Date();
let handle: DbHandle;
let shop: t.Shop;
let product: t.Product;
let maiId: string;
let seq = 0;
const db = () => handle.db;

async function fieldErrors(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return (error as UserFacingError).fields;
}

async function maiClick(at: Date) {
  const { link } = await getOrCreateLink(db(), { creatorId: maiId, target: { type: "product", productId: product.id }, channel: "instagram", subId: "cap", at: addDays(at, -1) });
  const visitorId = `v_cap${String(++seq).padStart(22, "0")}`;
  const clickId = `clk_cap${String(seq).padStart(23, "0")}`;
  await insertClicks(db(), [{ id: clickId, linkId: link.id, clickedAt: at, visitorId, ipHash: null, userAgent: null, referrer: null, isBot: false, earning: true, uniqueCandidate: true }]);
  return { visitorId, clickId };
}

/** Forces a flat fee past every form: straight into the open plan's history, as a bug or a hand edit would. */
async function forceOpenFlatFee(flatFeeMinor: number, effectiveAt: Date) {
  await db().update(t.products).set({ openFlatFeeMinor: flatFeeMinor, openRateBps: 0, openToAffiliates: true }).where(eq(t.products.id, product.id));
  await db()
    .insert(t.productRateChanges)
    .values({ id: newId("prc"), productId: product.id, openToAffiliates: true, rateBps: 0, flatFeeMinor, effectiveAt, changedByUserId: null });
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), addDays(NOW, -30));
  const seller = (await findUserByEmail(db(), "seller@demo.test"))!;
  shop = (await db().select().from(t.shops).where(eq(t.shops.ownerUserId, seller.id)))[0]!;
  product = (await db().select().from(t.products).where(eq(t.products.sku, "BRI-0011")))[0]!;
  maiId = (await findUserByEmail(db(), "mai@demo.test"))!.id;
});
afterAll(async () => {
  await handle?.close();
});

describe("a flat fee is never more than the product's price (forms)", () => {
  const tenDollarProduct = { title: "Test mug", category: "Kitchen", sku: "CAP-1", price: "10.00", stock: "5", openToAffiliates: "on", openRate: "", openFlatFee: "1000000" };

  it("the product form refuses a flat fee of 1,000,000 on a $10 product, next to the fee", () => {
    const parsed = productSchema({ currency: "USD", domains: [] }).safeParse(tenDollarProduct);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.find((i) => i.path[0] === "openFlatFee")?.message).toBe("The flat fee cannot be more than the product's price");
    expect(productSchema({ currency: "USD", domains: [] }).safeParse({ ...tenDollarProduct, openFlatFee: "10.00" }).success).toBe(true);
  });

  it("the CSV import refuses it on the flat_fee column, with the row's other problems", async () => {
    const csv = "title,sku,price,category,flat_fee\nTest mug,CAP-1,10.00,Kitchen,1000000\nNo title,CAP-2,10.00,,20.00\nFine,CAP-3,10.00,Kitchen,9.99\n";
    const check = await checkProductRows(parseProductCsv(csv), { currency: "USD", domains: [], defaultOpenRateBps: 0 }, new Set());
    expect(check.errors.filter((e) => e.column === "flat_fee")).toEqual([
      { line: 2, column: "flat_fee", message: "The flat fee cannot be more than the product's price" },
      { line: 3, column: "flat_fee", message: "The flat fee cannot be more than the product's price" },
    ]);
    expect(check.valid.map((v) => v.product.sku)).toEqual(["CAP-3"]);
  });

  it("the bulk open-plan edit and the plan and campaign product rows refuse it", async () => {
    const actor = { shop, at: NOW };
    const bulk = await fieldErrors(editOpenPlan(db(), actor, [product.id], { flatFeeMinor: product.priceMinor + 1 }));
    expect(bulk.flatFee).toContain("The flat fee cannot be more than the product's price");
    const rows = await fieldErrors(checkPlanProducts(db(), shop.id, [{ productId: product.id, rateBps: 0, flatFeeMinor: 100_000_000 }], { aboveOpenPlan: false }));
    expect(rows[`fee_${product.id}`]).toBe("The flat fee cannot be more than the product's price");
  });

  it("the shop form wants a return window of 1–90 days and a holding period of 1–180 days", () => {
    const shopInput = { name: "Brightside Home", currency: "USD", country: "US", returnWindowDays: "7", holdingDays: "15", defaultOpenRate: "8", domains: "" };
    expect(shopSchema.safeParse(shopInput).success).toBe(true);
    for (const [field, value] of [["returnWindowDays", "0"], ["holdingDays", "0"], ["returnWindowDays", "91"], ["holdingDays", "181"]] as const) {
      const parsed = shopSchema.safeParse({ ...shopInput, [field]: value });
      expect(parsed.success, `${field}=${value}`).toBe(false);
      expect(parsed.error!.issues.map((i) => i.path[0])).toContain(field);
    }
    expect(shopSchema.safeParse({ ...shopInput, returnWindowDays: "1", holdingDays: "180" }).success).toBe(true);
  });

  it("the database refuses a shop with a 0-day return window or holding period", async () => {
    await expect(db().update(t.shops).set({ returnWindowDays: 0 }).where(eq(t.shops.id, shop.id))).rejects.toThrow();
    await expect(db().update(t.shops).set({ holdingDays: 0 }).where(eq(t.shops.id, shop.id))).rejects.toThrow();
  });
});

describe("a line's commission never exceeds what the buyer paid for it (data past the forms)", () => {
  it("a storefront order pays at most the line's base, and the wallet gets no more than that", async () => {
    await forceOpenFlatFee(100_000_000, addDays(NOW, -31));
    const { visitorId } = await maiClick(addHours(NOW, -30 * 24));
    const placedAt = addHours(NOW, -30 * 24 + 1);
    const order = await createOrder(db(), {
      shopId: shop.id,
      currency: "USD",
      source: "storefront",
      visitorId,
      placedAt,
      lines: [{ lineRef: "1", productId: product.id, quantity: 1, unitPriceMinor: 1000, discountMinor: 0 }],
    });
    const [outcome] = await payOrder(db(), { orderId: order.id, at: placedAt });
    expect(outcome!.commission).toMatchObject({ baseMinor: 1000, amountMinor: 1000, flatFeeMinor: 100_000_000 });
    await advanceOrder(db(), { orderId: order.id, action: "ship", at: addHours(placedAt, 1) });
    await advanceOrder(db(), { orderId: order.id, action: "deliver", at: addHours(placedAt, 2) });
    await runSettlement(db(), addDays(placedAt, 8));
    await runSettlement(db(), addDays(placedAt, 24));
    const [commission] = await db().select().from(t.commissions).where(eq(t.commissions.id, outcome!.commissionId!));
    expect(commission).toMatchObject({ state: "available", amountMinor: 1000 });
    const entries = await db().select().from(t.walletEntries).where(eq(t.walletEntries.commissionId, commission!.id));
    expect(entries.map((e) => e.amountMinor)).toEqual([1000]);
    expect((await verifyLedger(db())).problems).toEqual([]);
  });

  it("an order from the conversion API is capped the same way", async () => {
    await forceOpenFlatFee(100_000_000, addHours(NOW, -4));
    const { clickId } = await maiClick(addHours(NOW, -3));
    const input = conversionOrderSchema.parse({
      external_id: "CAP-API-1",
      occurred_at: addHours(NOW, -2).toISOString(),
      currency: "USD",
      click_id: clickId,
      lines: [{ line_id: "a", product_id: product.id, quantity: 1, unit_price: 1000, discount: 0 }],
    });
    const [result] = await recordConversions(db(), [{ actor: { shop, at: NOW }, input }]);
    expect(result!.ok).toBe(true);
    const line = result!.ok ? result!.value.body.order.lines[0]! : null;
    expect(line?.commission).toMatchObject({ amount: 1000, flat_fee: 100_000_000 });
    expect((await verifyLedger(db())).problems).toEqual([]);
  });

  it("the database refuses a commission above its base, and a negative flat fee", async () => {
    // A line without a commission, so nothing but the checks can refuse the row.
    const [line] = await db().select({ id: t.orderLines.id }).from(t.orderLines).leftJoin(t.commissions, eq(t.commissions.orderLineId, t.orderLines.id)).where(isNull(t.commissions.id)).limit(1);
    const [link] = await db().select().from(t.links).where(eq(t.links.creatorId, maiId)).limit(1);
    const row = { orderLineId: line!.id, creatorId: maiId, linkId: link!.id, planKind: "open" as const, rateBps: 0, baseMinor: 1000, currency: "USD" as const, state: "pending" as const, earnedAt: NOW };
    await expect(db().insert(t.commissions).values({ ...row, id: newId("com"), flatFeeMinor: 100_000_000, amountMinor: 1001 })).rejects.toThrow();
    await expect(db().insert(t.commissions).values({ ...row, id: newId("com"), flatFeeMinor: -1, amountMinor: 10 })).rejects.toThrow();
    // The same row within its base is accepted: the checks refuse only what breaks the rule.
    await db().insert(t.commissions).values({ ...row, id: newId("com"), flatFeeMinor: 100_000_000, amountMinor: 1000 });
  });
});
