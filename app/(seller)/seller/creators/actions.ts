"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/server/form-action";
import { blockCreatorForShop, tagCreator, unblockCreatorForShop, untagCreator } from "@/lib/shop-creators/manage";
import { creatorBlockSchema, creatorTagSchema } from "@/lib/validation/shop-creators";

export const tagCreatorAction = formAction({ role: "seller", schema: creatorTagSchema }, async ({ creatorId, op, tag }, { actor }) => {
  if (op === "add") await tagCreator(actor.db, actor, creatorId, tag);
  else await untagCreator(actor.db, actor, creatorId, tag);
  revalidatePath(`/seller/creators/${creatorId}`);
  return { op, at: Date.now() };
});

export const blockCreatorAction = formAction({ role: "seller", schema: creatorBlockSchema }, async ({ creatorId, block, reason }, { actor }) => {
  const { changed } = block === "1" ? await blockCreatorForShop(actor.db, actor, creatorId, reason) : await unblockCreatorForShop(actor.db, actor, creatorId);
  revalidatePath(`/seller/creators/${creatorId}`);
  return { blocked: block === "1", changed };
});
