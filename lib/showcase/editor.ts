import "server-only";
import type { Database } from "@/db/client";
import { creatorFollowerCount, findLinkableProduct } from "@/db/queries/links";
import {
  currentShowcase,
  findRemovedShowcaseItem,
  insertShowcaseItem,
  lockShowcase,
  nextShowcasePosition,
  removeShowcaseItem,
  setShowcasePin,
  setShowcasePosition,
  takenPinSlots,
} from "@/db/queries/showcase";
import { isUniqueViolation } from "@/db/sql-helpers";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import type { CreatorRef } from "@/lib/actor";
import { canLinkProduct, canLinkShowcase } from "@/lib/links/rules";
import { currentAffiliateThreshold } from "@/lib/creators/threshold";
import { refuseUnless } from "@/lib/verdict";
import { freePinSlot, isSameItemSet, PIN_LIMIT } from "./order";

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

export const STALE_SHOWCASE_MESSAGE = "Your showcase changed in another window or tab: it now shows its current order. Try again.";
export const PIN_LIMIT_MESSAGE = `You can pin at most ${PIN_LIMIT} products: unpin one first.`;

type Positioned = { id: string; position: number };

/** Numbers the items 0, 1, 2… in the given order, writing only the rows whose number changes. */
async function writeOrder(tx: Database, creatorId: string, order: Positioned[]) {
  for (const [position, item] of order.entries()) {
    if (item.position !== position) await setShowcasePosition(tx, { creatorId, itemId: item.id }, position);
  }
}

/**
 * Puts the whole showcase in a new order in one transaction. The list must be exactly the creator's
 * current items: one from a tab opened before an add or a removal (or holding someone else's item)
 * is refused as a whole rather than half applied, and the page shows the order as it is.
 */
export async function reorderShowcase(db: Database, actor: CreatorRef, itemIds: readonly string[]) {
  await requireAffiliate(db, actor.creatorId);
  await db.transaction(async (tx) => {
    await lockShowcase(tx, actor.creatorId);
    const items = await currentShowcase(tx, actor.creatorId);
    if (!isSameItemSet(items.map((i) => i.id), itemIds)) throw new ConflictError(STALE_SHOWCASE_MESSAGE);
    const byId = new Map(items.map((i) => [i.id, i]));
    await writeOrder(tx, actor.creatorId, itemIds.map((id) => byId.get(id)!));
  });
}

/**
 * Pins an item to the top of the public showcase. The slot is chosen inside the transaction, and the
 * database's unique index on the current items' slots is what keeps the pins at three: of two pins
 * racing for the last free slot one writes it and the other hits the index, looks again, finds no
 * slot and is refused. (A loser whose slot was taken while another stayed free tries that one.)
 */
export async function pinShowcaseItem(db: Database, actor: CreatorRef, itemId: string) {
  await requireAffiliate(db, actor.creatorId);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const slot = freePinSlot(await takenPinSlots(tx, actor.creatorId));
        const current = (await currentShowcase(tx, actor.creatorId)).find((item) => item.id === itemId);
        if (!current) throw new NotFoundError("That showcase item");
        if (current.pinSlot !== null) return current.pinSlot;
        if (slot === undefined) throw new UserFacingError(PIN_LIMIT_MESSAGE);
        const pinned = await setShowcasePin(tx, { creatorId: actor.creatorId, itemId }, slot);
        if (!pinned) throw new NotFoundError("That showcase item");
        return slot;
      });
    } catch (error) {
      if (!isUniqueViolation(error, "showcase_items_pin_key")) throw error;
      if (attempt >= PIN_LIMIT) throw new UserFacingError(PIN_LIMIT_MESSAGE);
    }
  }
}

export async function unpinShowcaseItem(db: Database, actor: CreatorRef, itemId: string) {
  const unpinned = await setShowcasePin(db, { creatorId: actor.creatorId, itemId }, null);
  if (!unpinned) throw new NotFoundError("That showcase item");
}

/**
 * Undoes a removal: the product comes back where it was, as a new item from `at` on (the removed
 * row keeps its dates, because a showcase link earned nothing on the product in between). Its pin
 * is not given back: the slot may have gone to another product since.
 */
export async function restoreShowcaseItem(db: Database, actor: CreatorRef, removedItemId: string) {
  await requireAffiliate(db, actor.creatorId);
  const removed = await findRemovedShowcaseItem(db, { creatorId: actor.creatorId, itemId: removedItemId });
  if (!removed) throw new NotFoundError("That showcase item");
  const product = await findLinkableProduct(db, removed.productId);
  if (!product) throw new NotFoundError("The product");
  refuseUnless(canLinkProduct(product));
  try {
    return await db.transaction(async (tx) => {
      await lockShowcase(tx, actor.creatorId);
      const items: Positioned[] = await currentShowcase(tx, actor.creatorId);
      const index = items.filter((item) => item.position < removed.position).length;
      const item = await insertShowcaseItem(tx, { id: newId("shi"), creatorId: actor.creatorId, productId: removed.productId, position: index, addedAt: actor.at });
      await writeOrder(tx, actor.creatorId, items.toSpliced(index, 0, item));
      return item;
    });
  } catch (error) {
    if (isUniqueViolation(error, "showcase_items_current_key")) throw new UserFacingError(`${product.title} is already in your showcase.`);
    throw error;
  }
}
