import "server-only";
import type { Database } from "@/db/client";
import { cancelRateChanges, creatorsLinkingProduct, findShopProduct, insertRateChanges, lockWaitingCuts } from "@/db/queries/products";
import type { Product, Shop } from "@/db/schema";
import { addDays } from "@/lib/clock";
import { NotFoundError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { notify } from "@/lib/notifications/notify";

/**
 * Fair rate changes (DOMAIN: Commission plans): a raise of a product's open plan applies at once; a
 * cut (a lower rate or a lower flat fee) only after the shop's notice period, during which the
 * creators who linked the product are told and every order still earns the current plan. The cut
 * is written to the rate history at once with its later `effective_at`, which is all that
 * effectiveRate reads, so an order's commission is right whenever it comes; the product's current
 * plan (what pages show) follows when the minute jobs apply it (applyDueRateChanges). Opening or
 * closing a product to creators applies at once. A later decision replaces a cut still waiting.
 */

export type OpenPlan = Pick<Product, "openToAffiliates" | "openRateBps" | "openFlatFeeMinor">;
export type RateChangeShop = Pick<Shop, "id" | "name" | "ownerUserId" | "currency" | "rateNoticeDays">;

export function openPlanChanged(before: OpenPlan, after: OpenPlan): boolean {
  return before.openToAffiliates !== after.openToAffiliates || before.openRateBps !== after.openRateBps || before.openFlatFeeMinor !== after.openFlatFeeMinor;
}

/** A cut: the product stays open to creators and its rate or its flat fee goes down. */
export function isCut(current: OpenPlan, next: OpenPlan): boolean {
  return current.openToAffiliates && next.openToAffiliates && (next.openRateBps < current.openRateBps || next.openFlatFeeMinor < current.openFlatFeeMinor);
}

export type PlanDecision = { plan: OpenPlan; cutFrom: Date | null };

/**
 * Decides a new open plan for one product of the shop, inside the caller's transaction (which also
 * writes the product's other fields): returns the plan the product shows now (the current one while
 * a cut waits) and, for a cut, the day it takes effect.
 */
export async function decideOpenPlan(tx: Database, shop: RateChangeShop, product: Pick<Product, "id" | "title"> & OpenPlan, next: OpenPlan, at: Date): Promise<PlanDecision> {
  const waiting = await lockWaitingCuts(tx, [product.id]);
  if (!openPlanChanged(product, next)) return { plan: product, cutFrom: waiting[0]?.effectiveAt ?? null };
  const row = (effectiveAt: Date, appliedAt: Date | null) => ({
    id: newId("prc"),
    productId: product.id,
    openToAffiliates: next.openToAffiliates,
    rateBps: next.openRateBps,
    flatFeeMinor: next.openFlatFeeMinor,
    effectiveAt,
    decidedAt: at,
    appliedAt,
    changedByUserId: shop.ownerUserId,
  });
  if (!isCut(product, next)) {
    await cancelRateChanges(tx, waiting.map((w) => w.id), at);
    await insertRateChanges(tx, [row(at, at)]);
    return { plan: next, cutFrom: null };
  }
  // The same cut asked again keeps its day: the notice is not started over.
  const same = waiting.find((w) => w.rateBps === next.openRateBps && w.flatFeeMinor === next.openFlatFeeMinor && w.openToAffiliates === next.openToAffiliates);
  if (same) return { plan: product, cutFrom: same.effectiveAt };
  const effectiveAt = addDays(at, shop.rateNoticeDays);
  await cancelRateChanges(tx, waiting.map((w) => w.id), at);
  await insertRateChanges(tx, [row(effectiveAt, null)]);
  for (const creatorId of await creatorsLinkingProduct(tx, product.id)) {
    await notify(tx, {
      recipientId: creatorId,
      kind: "rate_cut",
      params: {
        product: product.title,
        productId: product.id,
        shop: shop.name,
        currency: shop.currency,
        fromRateBps: product.openRateBps,
        fromFeeMinor: product.openFlatFeeMinor,
        toRateBps: next.openRateBps,
        toFeeMinor: next.openFlatFeeMinor,
        effectiveAt: effectiveAt.toISOString(),
      },
      at,
    });
  }
  return { plan: product, cutFrom: effectiveAt };
}

/**
 * The seller keeps the product's current open plan: a cut still waiting is replaced (it never
 * applies). Scoped to the seller's shop; false when no cut was waiting.
 */
export async function keepCurrentPlan(db: Database, shop: Pick<Shop, "id">, productId: string, at: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await findShopProduct(tx, { shopId: shop.id, productId }))) throw new NotFoundError("The product");
    const waiting = await lockWaitingCuts(tx, [productId]);
    await cancelRateChanges(tx, waiting.map((w) => w.id), at);
    return waiting.length > 0;
  });
}
