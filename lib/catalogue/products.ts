import "server-only";
import type { Database } from "@/db/client";
import { insertMedia } from "@/db/queries/media";
import { findShopProduct, findShopProducts, insertProduct, insertRateChanges, updateShopProduct } from "@/db/queries/products";
import { isUniqueViolation } from "@/db/sql-helpers";
import type { Product } from "@/db/schema";
import type { ShopActor } from "@/lib/actor";
import { NotFoundError, invalidFields, UserFacingError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import type { ImageCheck } from "@/lib/media/image-upload";
import type { ProductInput } from "@/lib/validation/catalogue";
import { flatFeeError, rewardError } from "./rates";
import { decideOpenPlan, openPlanChanged, type OpenPlan } from "./rate-changes";

/** A seller's product commands need the shop's name and notice period for fair rate changes. */
type ProductActor = ShopActor<"id" | "currency" | "ownerUserId" | "name" | "rateNoticeDays">;

function rateChange(productId: string, plan: OpenPlan, actor: ShopActor) {
  return {
    id: newId("prc"),
    productId,
    openToAffiliates: plan.openToAffiliates,
    rateBps: plan.openRateBps,
    flatFeeMinor: plan.openFlatFeeMinor,
    effectiveAt: actor.at,
    changedByUserId: actor.shop.ownerUserId,
  };
}

async function storeImage(db: Database, image: ImageCheck | null, actor: ShopActor): Promise<string | undefined> {
  if (!image) return undefined;
  if (!image.ok) throw invalidFields({ image: image.error });
  return insertMedia(db, { ownerUserId: actor.shop.ownerUserId, contentType: image.contentType, bytes: image.bytes, at: actor.at });
}

function skuTaken(error: unknown): never {
  if (isUniqueViolation(error, "products_shop_sku_key")) throw invalidFields({ sku: "Another product of your shop has this SKU" });
  throw error;
}

function productValues(input: ProductInput) {
  return {
    title: input.title,
    description: input.description,
    category: input.category,
    sku: input.sku,
    priceMinor: input.price,
    stock: input.stock,
    externalUrl: input.externalUrl,
    openToAffiliates: input.openToAffiliates,
    openRateBps: input.openRate,
    openFlatFeeMinor: input.openFlatFee,
  };
}

/** A new product with its first open-plan entry, in one transaction. */
export async function createProduct(db: Database, actor: ShopActor, input: ProductInput, image: ImageCheck | null): Promise<Product> {
  try {
    return await db.transaction(async (tx) => {
      const product = await insertProduct(tx, {
        id: newId("prd"),
        shopId: actor.shop.id,
        currency: actor.shop.currency,
        imageMediaId: await storeImage(tx, image, actor),
        createdAt: actor.at,
        updatedAt: actor.at,
        ...productValues(input),
      });
      await insertRateChanges(tx, [rateChange(product.id, product, actor)]);
      return product;
    });
  } catch (error) {
    return skuTaken(error);
  }
}

/**
 * Edits a product of the seller's shop. A change of its open plan goes through decideOpenPlan
 * (./rate-changes.ts): a raise applies at once, a cut after the shop's notice period.
 */
export async function updateProduct(db: Database, actor: ProductActor, productId: string, input: ProductInput, image: ImageCheck | null): Promise<Product> {
  try {
    return await db.transaction(async (tx) => {
      const before = await findShopProduct(tx, { shopId: actor.shop.id, productId });
      if (!before) throw new NotFoundError("The product");
      const imageMediaId = await storeImage(tx, image, actor);
      const values = productValues(input);
      const { plan } = await decideOpenPlan(tx, actor.shop, before, values, actor.at);
      const after = await updateShopProduct(
        tx,
        { shopId: actor.shop.id, productId },
        { ...values, openToAffiliates: plan.openToAffiliates, openRateBps: plan.openRateBps, openFlatFeeMinor: plan.openFlatFeeMinor, ...(imageMediaId ? { imageMediaId } : {}), updatedAt: actor.at },
      );
      return after!;
    });
  } catch (error) {
    return skuTaken(error);
  }
}

/**
 * Archiving hides a product from creators and buyers but keeps it: orders and links point at it.
 * Products are never deleted.
 */
export async function setProductArchived(db: Database, actor: ShopActor, productId: string, archived: boolean): Promise<Product> {
  const row = await updateShopProduct(db, { shopId: actor.shop.id, productId }, archived ? { status: "archived", archivedAt: actor.at, updatedAt: actor.at } : { status: "active", archivedAt: null, updatedAt: actor.at });
  if (!row) throw new NotFoundError("The product");
  return row;
}

export type OpenPlanEdit = { openToAffiliates?: boolean; rateBps?: number; flatFeeMinor?: number };

/**
 * Bulk edit of the open plan for selected products. All of them must belong to the seller's shop,
 * or nothing is written. Commissions already earned keep their frozen rate; only history is added.
 * Each product's change is decided as a single edit's (a cut waits for the shop's notice period).
 */
export async function editOpenPlan(db: Database, actor: ProductActor, productIds: string[], edit: OpenPlanEdit): Promise<number> {
  const ids = [...new Set(productIds)];
  if (ids.length === 0) throw new UserFacingError("Select at least one product.");
  if (edit.openToAffiliates === undefined && edit.rateBps === undefined && edit.flatFeeMinor === undefined) throw new UserFacingError("Choose what to change.");
  return db.transaction(async (tx) => {
    const owned = await findShopProducts(tx, { shopId: actor.shop.id, productIds: ids });
    if (owned.length !== ids.length) throw new NotFoundError("One of the selected products");
    let changed = 0;
    for (const product of owned) {
      const next: OpenPlan = {
        openToAffiliates: edit.openToAffiliates ?? product.openToAffiliates,
        openRateBps: edit.rateBps ?? product.openRateBps,
        openFlatFeeMinor: edit.flatFeeMinor ?? product.openFlatFeeMinor,
      };
      const error = rewardError(next.openRateBps, next.openFlatFeeMinor);
      if (error) throw invalidFields({ rate: `${product.title}: ${error}` });
      const feeError = flatFeeError(next.openFlatFeeMinor, product.priceMinor);
      if (feeError) throw invalidFields({ flatFee: `${product.title}: ${feeError}` });
      if (!openPlanChanged(product, next)) continue;
      const { plan } = await decideOpenPlan(tx, actor.shop, product, next, actor.at);
      await updateShopProduct(tx, { shopId: actor.shop.id, productId: product.id }, { ...plan, updatedAt: actor.at });
      changed++;
    }
    return changed;
  });
}
