import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { anyOf } from "../bulk";
import type { Database } from "../client";
import { links, productRateChanges, products, type Product } from "../schema";
import { escapeLike } from "../sql-helpers";

export const PRODUCT_SORTS = ["newest", "title", "price_asc", "price_desc", "rate", "stock"] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export type ProductFilters = {
  q?: string;
  category?: string;
  status?: "active" | "archived" | "all";
  open?: "open" | "closed" | "all";
  sort?: ProductSort;
  page?: number;
  pageSize?: number;
};

const ORDER: Record<ProductSort, SQL[]> = {
  newest: [desc(products.createdAt), desc(products.id)],
  title: [asc(products.title), asc(products.id)],
  price_asc: [asc(products.priceMinor), asc(products.id)],
  price_desc: [desc(products.priceMinor), desc(products.id)],
  rate: [desc(products.openRateBps), asc(products.id)],
  stock: [asc(products.stock), asc(products.id)],
};

/** One page of a shop's products with the total, for the seller's catalogue list. */
export async function listShopProducts(db: Database, shopId: string, filters: ProductFilters) {
  const pageSize = Math.min(Math.max(filters.pageSize ?? 25, 1), 100);
  const page = Math.max(filters.page ?? 1, 1);
  const conditions: SQL[] = [eq(products.shopId, shopId)];
  const q = filters.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(or(ilike(products.title, pattern), ilike(products.sku, pattern))!);
  }
  if (filters.category) conditions.push(eq(products.category, filters.category));
  const status = filters.status ?? "active";
  if (status !== "all") conditions.push(eq(products.status, status));
  if (filters.open === "open") conditions.push(eq(products.openToAffiliates, true));
  if (filters.open === "closed") conditions.push(eq(products.openToAffiliates, false));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(products)
      .where(where)
      .orderBy(...ORDER[filters.sort ?? "newest"])
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(products).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize };
}

export async function shopCategories(db: Database, shopId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ category: products.category }).from(products).where(eq(products.shopId, shopId)).orderBy(asc(products.category));
  return rows.map((r) => r.category);
}

/** A product of this shop, or nothing: another shop's product id finds nothing. */
export async function findShopProduct(db: Database, { shopId, productId }: { shopId: string; productId: string }): Promise<Product | undefined> {
  const [row] = await db
    .select()
    .from(products)
    .where(and(eq(products.shopId, shopId), eq(products.id, productId)))
    .limit(1);
  return row;
}

export async function findShopProducts(db: Database, { shopId, productIds }: { shopId: string; productIds: string[] }): Promise<Product[]> {
  if (productIds.length === 0) return [];
  return db
    .select()
    .from(products)
    .where(and(eq(products.shopId, shopId), inArray(products.id, productIds)));
}

export async function insertProduct(db: Database, values: typeof products.$inferInsert): Promise<Product> {
  const [row] = await db.insert(products).values(values).returning();
  return row!;
}

export async function updateShopProduct(db: Database, { shopId, productId }: { shopId: string; productId: string }, values: Partial<typeof products.$inferInsert>): Promise<Product | undefined> {
  const [row] = await db
    .update(products)
    .set(values)
    .where(and(eq(products.shopId, shopId), eq(products.id, productId)))
    .returning();
  return row;
}

/** Appends to the open-plan history; a change without its own moments was decided and applied when it took effect. */
export async function insertRateChanges(db: Database, rows: (typeof productRateChanges.$inferInsert)[]) {
  if (rows.length) await db.insert(productRateChanges).values(rows.map((r) => ({ decidedAt: r.effectiveAt, appliedAt: r.effectiveAt, ...r })));
}

/** The open-plan history of a shop's product, newest first. */
export async function productRateHistory(db: Database, { shopId, productId }: { shopId: string; productId: string }) {
  return db
    .select({
      id: productRateChanges.id,
      openToAffiliates: productRateChanges.openToAffiliates,
      rateBps: productRateChanges.rateBps,
      flatFeeMinor: productRateChanges.flatFeeMinor,
      effectiveAt: productRateChanges.effectiveAt,
      decidedAt: productRateChanges.decidedAt,
      appliedAt: productRateChanges.appliedAt,
      cancelledAt: productRateChanges.cancelledAt,
    })
    .from(productRateChanges)
    .innerJoin(products, eq(products.id, productRateChanges.productId))
    .where(and(eq(products.shopId, shopId), eq(productRateChanges.productId, productId)))
    .orderBy(desc(productRateChanges.effectiveAt), desc(productRateChanges.id));
}

export async function countShopProducts(db: Database, shopId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(products).where(eq(products.shopId, shopId));
  return row?.n ?? 0;
}

/** Which of these SKUs the shop already has (active or archived), for the CSV import. */
export async function findShopSkus(db: Database, shopId: string, skus: string[]): Promise<string[]> {
  const found: string[] = [];
  // Chunks keep each statement far under PostgreSQL's 65,535 bind parameters.
  for (let i = 0; i < skus.length; i += 1000) {
    const rows = await db
      .select({ sku: products.sku })
      .from(products)
      .where(and(eq(products.shopId, shopId), inArray(products.sku, skus.slice(i, i + 1000))));
    found.push(...rows.map((r) => r.sku));
  }
  return found;
}

/** Many products in one statement; callers keep a batch under ~3,000 rows (16 parameters each). */
export async function insertProducts(db: Database, rows: (typeof products.$inferInsert)[]) {
  if (rows.length) await db.insert(products).values(rows);
}

/** The cuts of these products still waiting for their day (not applied, not replaced), locked for the deciding transaction. */
export async function lockWaitingCuts(db: Database, productIds: readonly string[]) {
  if (productIds.length === 0) return [];
  return db
    .select()
    .from(productRateChanges)
    .where(and(anyOf(productRateChanges.productId, productIds), isNull(productRateChanges.appliedAt), isNull(productRateChanges.cancelledAt)))
    .for("update");
}

export async function cancelRateChanges(db: Database, ids: readonly string[], at: Date) {
  if (ids.length) await db.update(productRateChanges).set({ cancelledAt: at }).where(anyOf(productRateChanges.id, ids));
}

/**
 * The cuts whose day has come, in order, each made the product's current open plan and marked
 * applied, in one transaction; rows taken by another process meanwhile are skipped (SKIP LOCKED),
 * so two processes never apply one twice. Returns how many were applied.
 */
export async function applyDueRateChanges(db: Database, at: Date, limit = 500): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(productRateChanges)
      .where(and(isNull(productRateChanges.appliedAt), isNull(productRateChanges.cancelledAt), lte(productRateChanges.effectiveAt, at)))
      .orderBy(asc(productRateChanges.effectiveAt), asc(productRateChanges.id))
      .limit(limit)
      .for("update", { skipLocked: true });
    for (const change of due) {
      await tx
        .update(products)
        .set({ openToAffiliates: change.openToAffiliates, openRateBps: change.rateBps, openFlatFeeMinor: change.flatFeeMinor, updatedAt: at })
        .where(eq(products.id, change.productId));
      await tx.update(productRateChanges).set({ appliedAt: at }).where(eq(productRateChanges.id, change.id));
    }
    return due.length;
  });
}

/** Creators with a product link to the product that has not been disabled: who is told of a cut. */
export async function creatorsLinkingProduct(db: Database, productId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ creatorId: links.creatorId }).from(links).where(and(eq(links.productId, productId), isNull(links.disabledAt)));
  return rows.map((r) => r.creatorId);
}
