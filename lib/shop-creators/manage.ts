import "server-only";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { deleteCreatorBlock, deleteCreatorTag, findShopCreator, insertCreatorBlock, insertCreatorTag, MAX_TAGS_PER_CREATOR } from "@/db/queries/shop-creators";
import { isUniqueViolation } from "@/db/sql-helpers";
import type { ShopActor } from "@/lib/actor";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";

type Seller = ShopActor<"id" | "name" | "ownerUserId">;

async function creatorOfShop(db: Database, actor: Seller, creatorId: string) {
  const creator = await findShopCreator(db, actor.shop.id, creatorId);
  if (!creator) throw new NotFoundError("The creator");
  return creator;
}

/** A tag as stored: trimmed, lower case, inner spaces as one; 1 to 30 characters. */
export function normaliseTag(input: string): string {
  return input.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");
}

/**
 * Tags a creator for this shop. At most 20 tags per creator: the 21st is refused, by the slots' unique
 * key when two requests race for the last one. Adding a tag the creator has is a no-op.
 */
export async function tagCreator(db: Database, actor: Seller, creatorId: string, input: string): Promise<"added" | "exists"> {
  const tag = normaliseTag(input);
  if (tag.length < 1 || tag.length > 30) throw new UserFacingError("A tag has 1 to 30 characters.", { tag: "A tag has 1 to 30 characters." });
  await creatorOfShop(db, actor, creatorId);
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await insertCreatorTag(db, { shopId: actor.shop.id, creatorId, tag, at: actor.at });
      if (result === "full") throw new UserFacingError(`A creator has at most ${MAX_TAGS_PER_CREATOR} tags.`, { tag: `A creator has at most ${MAX_TAGS_PER_CREATOR} tags.` });
      return result;
    } catch (error) {
      // Two tags took the same free slot at once: the loser tries the next free one. Each loss means
      // another request filled a slot, so after 20 losses the next try sees the creator full.
      if (attempt < MAX_TAGS_PER_CREATOR && isUniqueViolation(error, "shop_creator_tags_slot_key")) continue;
      throw error;
    }
  }
}

export async function untagCreator(db: Database, actor: Seller, creatorId: string, input: string) {
  await deleteCreatorTag(db, { shopId: actor.shop.id, creatorId, tag: normaliseTag(input) });
}

/**
 * Ends the shop's collaboration with a creator (DOMAIN: What sellers see and do): from this moment
 * their links earn nothing on the shop's products (attribution reads the block at the order), buyers
 * are still redirected, and what they earned stays. The creator is told once; it is in the audit log.
 */
export async function blockCreatorForShop(db: Database, actor: Seller, creatorId: string, reason: string) {
  await creatorOfShop(db, actor, creatorId);
  return db.transaction(async (tx) => {
    const blocked = await insertCreatorBlock(tx, { shopId: actor.shop.id, creatorId, reason: reason.trim().slice(0, 500), at: actor.at });
    if (!blocked) return { changed: false };
    await recordAudit(tx, { actorUserId: actor.shop.ownerUserId, action: "shop:block-creator", subjectId: creatorId, detail: reason.trim().slice(0, 500) || null, at: actor.at });
    await notify(tx, { recipientId: creatorId, kind: "collaboration_ended", params: { shop: actor.shop.name }, at: actor.at });
    return { changed: true };
  });
}

/** Lets the creator earn on the shop again, from now on (orders while blocked stay unearned). */
export async function unblockCreatorForShop(db: Database, actor: Seller, creatorId: string) {
  await creatorOfShop(db, actor, creatorId);
  return db.transaction(async (tx) => {
    const changed = await deleteCreatorBlock(tx, actor.shop.id, creatorId);
    if (changed) await recordAudit(tx, { actorUserId: actor.shop.ownerUserId, action: "shop:unblock-creator", subjectId: creatorId, detail: null, at: actor.at });
    return { changed };
  });
}
