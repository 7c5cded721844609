import "server-only";
import type { Database } from "@/db/client";
import { findShopProducts } from "@/db/queries/products";
import type { Product } from "@/db/schema";
import { flatFeeError, rewardError } from "@/lib/catalogue/rates";
import type { Reward } from "@/lib/commissions/effective-rate";
import { NotFoundError, invalidFields } from "@/lib/errors";
import { aboveOpenPlanError } from "./rewards";

/** Who acts on a plan or campaign and when: the seller's shop and the app clock's time (lib/actor.ts). */
export type { ShopActor } from "@/lib/actor";

/** One product of a targeted plan or campaign with what it pays: a rate, a flat fee, or both. */
export type PlanProductInput = Reward & { productId: string };

/** The form field a product row's message goes next to (see lib/validation/plans.ts). */
export const rateField = (productId: string) => `rate_${productId}`;
export const feeField = (productId: string) => `fee_${productId}`;

export function uniqueProductIds(rows: PlanProductInput[]): void {
  if (new Set(rows.map((r) => r.productId)).size !== rows.length) throw invalidFields({ products: "Each product can be in the plan once" });
}

/**
 * Checks the rows of a plan or campaign against the seller's shop and returns its products by id.
 * A product of another shop is "not found", like a made-up id, and nothing is written. New rows
 * must be active and open to creators (a closed product earns nothing, whatever plan includes it);
 * rows already in the plan (`kept`) may stay after their product was closed or archived. With
 * `aboveOpenPlan`, a new or changed reward must pay more than the product's open plan.
 */
export async function checkPlanProducts(
  db: Database,
  shopId: string,
  rows: PlanProductInput[],
  options: { aboveOpenPlan: boolean; kept?: Map<string, Reward> },
): Promise<Map<string, Product>> {
  uniqueProductIds(rows);
  const owned = new Map((await findShopProducts(db, { shopId, productIds: rows.map((r) => r.productId) })).map((p) => [p.id, p]));
  if (owned.size !== rows.length) throw new NotFoundError("One of the selected products");
  const errors: Record<string, string> = {};
  for (const row of rows) {
    const product = owned.get(row.productId)!;
    const before = options.kept?.get(row.productId);
    const error =
      rewardError(row.rateBps, row.flatFeeMinor) ??
      (before ? null : product.status === "archived" ? "This product is archived" : !product.openToAffiliates ? "This product is closed to creators: open it first" : null) ??
      (options.aboveOpenPlan && !(before && before.rateBps === row.rateBps && before.flatFeeMinor === row.flatFeeMinor) ? aboveOpenPlanError(row, product) : null);
    if (error) errors[rateField(row.productId)] = error;
    const feeError = flatFeeError(row.flatFeeMinor, product.priceMinor);
    if (feeError) errors[feeField(row.productId)] = feeError;
  }
  if (Object.keys(errors).length > 0) throw invalidFields(errors);
  return owned;
}
