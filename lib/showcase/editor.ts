import "server-only";
import type { Database } from "@/db/client";
import { creatorFollowerCount, findLinkableProduct } from "@/db/queries/links";
import { currentShowcase, insertShowcaseItem, lockShowcase, nextShowcasePosition, removeShowcaseItem, setShowcasePosition } from "@/db/queries/showcase";
import { isUniqueViolation } from "@/db/sql-helpers";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import type { CreatorRef } from "@/lib/actor";
import { canLinkProduct, canLinkShowcase } from "@/lib/links/rules";
import { currentAffiliateThreshold } from "@/lib/creators/threshold";
import { refuseUnless } from "@/lib/verdict";

/**
 * Editing a showcase (DOMAIN: Joining, Links). Only affiliate creators have one. Products come and go
 * with `added_at` / `removed_at` so a showcase link earns on what the showcase held when the buyer
 * ordered; the order is the items' positions.
 */

async function requireAffiliate(db: Database, creatorId: string) {
  refuseUnless(canLinkShowcase((await creatorFollowerCount(db, creatorId)) ?? 0, await currentAffiliateThreshold(db)));
}

export async function addToShowcase(db: Database, actor: CreatorRef, productId: string) {
  await requireAffiliate(db, actor.creatorId);
  const product = await findLinkableProduct(db, productId);
  if (!product) throw new NotFoundError("The product");
  refuseUnless(canLinkProduct(product));
  try {
    return await db.transaction(async (tx) => {
      await lockShowcase(tx, actor.creatorId);
      const position = await nextShowcasePosition(tx, actor.creatorId);
      return insertShowcaseItem(tx, { id: newId("shi"), creatorId: actor.creatorId, productId, position, addedAt: actor.at });
    });
  } catch (error) {
    // The partial unique index allows a product once among the current items.
    if (isUniqueViolation(error, "showcase_items_current_key")) throw new UserFacingError(`${product.title} is already in your showcase.`);
    throw error;
  }
}

export async function removeFromShowcase(db: Database, actor: CreatorRef, itemId: string) {
  const removed = await removeShowcaseItem(db, { creatorId: actor.creatorId, itemId }, actor.at);
  if (!removed) throw new NotFoundError("That showcase item");
  return removed;
}

/**
 * Moves an item one place up or down; the first item cannot go up, nor the last down. The items are
 * numbered 0, 1, 2… in their new order (only rows whose number changes are written), so gaps left
 * by removed items or equal positions in older data never make a move a no-op.
 */
export async function moveInShowcase(db: Database, actor: CreatorRef, itemId: string, direction: "up" | "down") {
  await requireAffiliate(db, actor.creatorId);
  await db.transaction(async (tx) => {
    await lockShowcase(tx, actor.creatorId);
    const items = await currentShowcase(tx, actor.creatorId);
    const index = items.findIndex((item) => item.id === itemId);
    if (index < 0) throw new NotFoundError("That showcase item");
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= items.length) return;
    const order = [...items];
    [order[index], order[target]] = [order[target]!, order[index]!];
    for (const [position, item] of order.entries()) {
      if (item.position !== position) await setShowcasePosition(tx, { creatorId: actor.creatorId, itemId: item.id }, position);
    }
  });
}
