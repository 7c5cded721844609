"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/server/form-action";
import { addToShowcase, moveInShowcase, removeFromShowcase } from "@/lib/showcase/editor";
import { showcaseAddSchema, showcaseEditSchema } from "@/lib/validation/showcase";

export const addToShowcaseAction = formAction({ role: "creator", schema: showcaseAddSchema }, async ({ productId }, { actor }) => {
  const item = await addToShowcase(actor.db, { creatorId: actor.user.id, at: actor.at }, productId);
  revalidatePath("/creator/showcase");
  return { itemId: item.id };
});

export const editShowcaseAction = formAction({ role: "creator", schema: showcaseEditSchema }, async ({ itemId, op }, { actor }) => {
  const editor = { creatorId: actor.user.id, at: actor.at };
  if (op === "remove") await removeFromShowcase(actor.db, editor, itemId);
  else await moveInShowcase(actor.db, editor, itemId, op);
  revalidatePath("/creator/showcase");
  return { op };
});
