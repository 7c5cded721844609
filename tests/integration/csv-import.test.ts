import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, inArray } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { countShopProducts, findShopProducts, updateShopProduct } from "@/db/queries/products";
import { findShopByOwner } from "@/db/queries/shops";
import { findUserByEmail } from "@/db/queries/users";
import { productRateChanges, products, type Shop } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import type { ImportProgress } from "@/lib/catalogue/csv-import-check";
import { checkProductImport, importProductCsv } from "@/lib/catalogue/product-import";
import { UNSTORABLE_TEXT_MESSAGE } from "@/lib/validation/text";
import { UserFacingError } from "@/lib/errors";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
const HEADER = "title,sku,price,category,stock,description,open_rate,flat_fee,open_to_affiliates,external_url";
let handle: DbHandle;
let usd: Shop;
let vnd: Shop;

async function shopOf(email: string): Promise<Shop> {
  const user = await findUserByEmail(handle.db, email);
  return (await findShopByOwner(handle.db, user!.id))!;
}

/** A clean file of `n` products whose SKUs start with `prefix`; `edit` can spoil chosen rows. */
function csv(n: number, prefix: string, edit: (i: number, cells: string[]) => void = () => {}): string {
  const rows = Array.from({ length: n }, (_, i) => {
    const cells = [`Imported item ${i}`, `${prefix}-${i}`, `${(i % 90) + 10}.50`, "Imports", String(i % 7), `"Row ${i}, with a comma"`, i % 2 ? "12.5" : "", i % 3 ? "" : "0.75", i % 5 ? "yes" : "no", ""];
    edit(i, cells);
    return cells.join(",");
  });
  return [HEADER, ...rows].join("\r\n");
}

const productCount = async () => (await handle.db.select({ n: count() }).from(products))[0]!.n;
const rateChangeCount = async () => (await handle.db.select({ n: count() }).from(productRateChanges))[0]!.n;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, NOW);
  usd = await shopOf("seller@demo.test");
  vnd = await shopOf("seller.vn@demo.test");
});
afterAll(async () => {
  await handle?.close();
});

describe(`CSV import on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("imports nothing from a file with one bad row, and says which", async () => {
    const before = { products: await productCount(), rates: await rateChangeCount() };
    const outcome = await importProductCsv(handle.db, { shop: usd, at: NOW }, csv(50, "BAD", (i, cells) => i === 31 && (cells[2] = "twelve")));
    expect(outcome.imported).toBe(0);
    expect(outcome.check.errors).toEqual([{ line: 33, column: "price", message: "Enter a number like 12.50" }]);
    expect({ products: await productCount(), rates: await rateChangeCount() }).toEqual(before);
  });

  it("reports a NUL byte in any column in the preview, by line and column, and the import writes nothing", async () => {
    const before = await productCount();
    const file = csv(8, "NUL", (i, cells) => {
      if (i === 1) cells[0] = "Tea\u0000towel";
      if (i === 3) cells[5] = "Linen\u0000";
      if (i === 5) cells[3] = "Kit\u0000chen";
      if (i === 6) cells[1] = "NUL\u0000-6";
    });
    const preview = await checkProductImport(handle.db, usd, file);
    expect(preview.errors).toEqual([
      { line: 3, column: "title", message: UNSTORABLE_TEXT_MESSAGE },
      { line: 5, column: "description", message: UNSTORABLE_TEXT_MESSAGE },
      { line: 7, column: "category", message: UNSTORABLE_TEXT_MESSAGE },
      { line: 8, column: "sku", message: expect.any(String) },
    ]);
    const outcome = await importProductCsv(handle.db, { shop: usd, at: NOW }, file);
    expect(outcome.imported).toBe(0);
    expect(outcome.check.errors).toHaveLength(4);
    expect(await productCount()).toBe(before);
  });

  it("imports a clean file of 1,000 products into the seller's shop, each with its first rate history entry", async () => {
    const before = await countShopProducts(handle.db, usd.id);
    const progress: ImportProgress[] = [];
    const outcome = await importProductCsv(handle.db, { shop: usd, at: NOW }, csv(1000, "CLEAN"), (p) => {
      progress.push(p);
    });
    expect(outcome.imported).toBe(1000);
    expect(await countShopProducts(handle.db, usd.id)).toBe(before + 1000);
    expect(progress.filter((p) => p.phase === "importing").at(-1)).toEqual({ phase: "importing", done: 1000, total: 1000 });

    const imported = await handle.db.select().from(products).where(and(eq(products.shopId, usd.id), eq(products.category, "Imports")));
    expect(imported).toHaveLength(1000);
    const first = imported.find((p) => p.sku === "CLEAN-0")!;
    expect(first).toMatchObject({ title: "Imported item 0", priceMinor: 1050, currency: "USD", stock: 0, description: "Row 0, with a comma", openRateBps: usd.defaultOpenRateBps, openFlatFeeMinor: 75, openToAffiliates: false, status: "active" });
    expect(imported.find((p) => p.sku === "CLEAN-1")).toMatchObject({ openRateBps: 1250, openFlatFeeMinor: 0, openToAffiliates: true });

    const history = await handle.db.select().from(productRateChanges).where(inArray(productRateChanges.productId, imported.map((p) => p.id)));
    expect(history).toHaveLength(1000);
    expect(history.find((h) => h.productId === first.id)).toMatchObject({ rateBps: first.openRateBps, flatFeeMinor: 75, openToAffiliates: false, effectiveAt: NOW, changedByUserId: usd.ownerUserId });
  });

  it("refuses a SKU the shop already has, even an archived product's, and writes nothing", async () => {
    const [existing] = await handle.db.select().from(products).where(eq(products.shopId, usd.id)).limit(1);
    await updateShopProduct(handle.db, { shopId: usd.id, productId: existing!.id }, { status: "archived", archivedAt: NOW });
    const before = await productCount();
    const outcome = await importProductCsv(handle.db, { shop: usd, at: NOW }, csv(3, "NEW", (i, cells) => i === 1 && (cells[1] = existing!.sku)));
    expect(outcome.imported).toBe(0);
    expect(outcome.check.errors).toEqual([{ line: 3, column: "sku", message: `Your shop already has a product with SKU "${existing!.sku}".` }]);
    expect(await productCount()).toBe(before);
  });

  it("never writes into another seller's shop: SKUs and products are per shop", async () => {
    const [vndProduct] = await handle.db.select().from(products).where(eq(products.shopId, vnd.id)).limit(1);
    const vndBefore = await countShopProducts(handle.db, vnd.id);
    // Seller A's file reuses a SKU of seller B's shop: for A it is a new product, B's is untouched.
    const outcome = await importProductCsv(handle.db, { shop: usd, at: NOW }, `title,sku,price,category\nBorrowed SKU,${vndProduct!.sku},9.99,Imports\n`);
    expect(outcome.imported).toBe(1);
    expect(await countShopProducts(handle.db, vnd.id)).toBe(vndBefore);
    expect(await findShopProducts(handle.db, { shopId: vnd.id, productIds: [vndProduct!.id] })).toEqual([vndProduct]);
    const sameSku = await handle.db.select().from(products).where(eq(products.sku, vndProduct!.sku));
    expect(sameSku.map((p) => [p.shopId, p.title]).sort()).toEqual([
      [usd.id, "Borrowed SKU"],
      [vnd.id, vndProduct!.title],
    ].sort());
  });

  it("rolls the whole file back when a SKU is taken between the check and the insert", async () => {
    const before = await productCount();
    const file = csv(1200, "RACE");
    // Another tab creates RACE-1100 while this import is checking its file.
    const racing = importProductCsv(handle.db, { shop: usd, at: NOW }, file, async (p) => {
      if (p.phase === "importing" && p.done === 0) {
        await handle.db.insert(products).values({ id: "prd_race", shopId: usd.id, title: "Made elsewhere", category: "Imports", sku: "RACE-1100", priceMinor: 100, currency: "USD", openRateBps: 500 });
      }
    });
    await expect(racing).rejects.toBeInstanceOf(UserFacingError);
    expect(await productCount()).toBe(before + 1);
  });
});
