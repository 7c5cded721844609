import "server-only";
import type { Database } from "@/db/client";
import { findShopSkus, insertProducts, insertRateChanges } from "@/db/queries/products";
import { isUniqueViolation } from "@/db/sql-helpers";
import type { ShopActor } from "@/lib/actor";
import { productUrlRules } from "@/lib/domains/shop-domains";
import { UserFacingError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { parseProductCsv } from "./csv-import";
import { canImport, checkProductRows, csvSkus, type ImportCheck, type OnImportProgress } from "./csv-import-check";

type ImportActor = ShopActor<"id" | "currency" | "ownerUserId" | "defaultOpenRateBps">;

/** Products per insert statement: 16 parameters each, far under PostgreSQL's limit, and a progress step. */
const BATCH = 500;

/** Reads and checks a product CSV for the seller's shop; writes nothing. */
export async function checkProductImport(db: Database, shop: ImportActor["shop"], text: string, onProgress?: OnImportProgress): Promise<ImportCheck> {
  const parsed = parseProductCsv(text);
  if (parsed.fileErrors.length > 0) {
    return { fileErrors: parsed.fileErrors, ignoredColumns: parsed.ignoredColumns, rowCount: parsed.rows.length + parsed.issues.length, valid: [], errors: [] };
  }
  const existing = new Set(await findShopSkus(db, shop.id, csvSkus(parsed)));
  // External URLs are checked against the shop's verified domains as they are now.
  const { domains, unverifiedDomains } = await productUrlRules(db, shop);
  return checkProductRows(parsed, { currency: shop.currency, defaultOpenRateBps: shop.defaultOpenRateBps, domains, unverifiedDomains }, existing, onProgress);
}

export type ImportOutcome = { imported: number; check: ImportCheck };

/**
 * Imports every product of the file into the seller's shop, each with its first open-plan entry (as
 * createProduct does), in one transaction: a file with any problem, or a failure halfway, writes
 * nothing. The file is checked again here, whatever a preview said: it is what gets written.
 */
export async function importProductCsv(db: Database, actor: ImportActor, text: string, onProgress?: OnImportProgress): Promise<ImportOutcome> {
  const check = await checkProductImport(db, actor.shop, text, onProgress);
  if (!canImport(check)) return { imported: 0, check };
  const total = check.valid.length;
  await onProgress?.({ phase: "importing", done: 0, total });
  try {
    await db.transaction(async (tx) => {
      for (let i = 0; i < total; i += BATCH) {
        const batch = check.valid.slice(i, i + BATCH).map(({ product: p }) => ({
          id: newId("prd"),
          shopId: actor.shop.id,
          currency: actor.shop.currency,
          title: p.title,
          description: p.description,
          category: p.category,
          sku: p.sku,
          priceMinor: p.price,
          stock: p.stock,
          externalUrl: p.externalUrl,
          openToAffiliates: p.openToAffiliates,
          openRateBps: p.openRate,
          openFlatFeeMinor: p.openFlatFee,
          createdAt: actor.at,
          updatedAt: actor.at,
        }));
        await insertProducts(tx, batch);
        await insertRateChanges(
          tx,
          batch.map((p) => ({
            id: newId("prc"),
            productId: p.id,
            openToAffiliates: p.openToAffiliates,
            rateBps: p.openRateBps,
            flatFeeMinor: p.openFlatFeeMinor,
            effectiveAt: actor.at,
            changedByUserId: actor.shop.ownerUserId,
          })),
        );
        await onProgress?.({ phase: "importing", done: Math.min(i + BATCH, total), total });
      }
    });
  } catch (error) {
    // The check saw these SKUs free; someone added one since (a second tab, the product form).
    if (isUniqueViolation(error, "products_shop_sku_key")) throw new UserFacingError("A product with one of these SKUs was added while the file was being imported. Nothing was imported: check the file again.");
    throw error;
  }
  return { imported: total, check };
}
