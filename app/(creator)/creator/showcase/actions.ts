"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/server/form-action";
import { addToShowcase, moveInShowcase, pinShowcaseItem, removeFromShowcase, reorderShowcase, restoreShowcaseItem, unpinShowcaseItem } from "@/lib/showcase/editor";
import { showcaseAddSchema, showcaseEditSchema, showcaseReorderSchema } from "@/lib/validation/showcase";

export const addToShowcaseAction = formAction({ role: "creator", schema: showcaseAddSchema }, async ({ productId }, { actor }) => {
  const item = await addToShowcase(actor.db, { creatorId: actor.user.id, at: actor.at }, productId);
  revalidatePath("/creator/showcase");
  return { itemId: item.id };
});

export const editShowcaseAction = formAction({ role: "creator", schema: showcaseEditSchema }, async ({ itemId, op }, { actor }) => {
  const editor = { creatorId: actor.user.id, at: actor.at };
  if (op === "remove") await removeFromShowcase(actor.db, editor, itemId);
  else if (op === "restore") await restoreShowcaseItem(actor.db, editor, itemId);
  else if (op === "pin") await pinShowcaseItem(actor.db, editor, itemId);
  else if (op === "unpin") await unpinShowcaseItem(actor.db, editor, itemId);
  else await moveInShowcase(actor.db, editor, itemId, op);
  revalidatePath("/creator/showcase");
  return { op };
});

/** Drag and drop (or the keyboard) gives the whole new order at once; a stale one is refused and the page shows the current order. */
export const reorderShowcaseAction = formAction({ role: "creator", schema: showcaseReorderSchema }, async ({ itemIds }, { actor }) => {
  try {
    await reorderShowcase(actor.db, { creatorId: actor.user.id, at: actor.at }, itemIds);
  } finally {
    revalidatePath("/creator/showcase");
  }
  return { count: itemIds.length };
});
