"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/server/form-action";
import { now } from "@/lib/clock";
import { addToShowcase, moveInShowcase, removeFromShowcase } from "@/lib/showcase/editor";
import { showcaseAddSchema, showcaseEditSchema } from "@/lib/validation/showcase";

export const addToShowcaseAction = formAction({ role: "creator", schema: showcaseAddSchema }, async ({ productId }, { db, user }) => {
  const item = await addToShowcase(db, { creatorId: user.id, at: now() }, productId);
  revalidatePath("/creator/showcase");
  return { itemId: item.id };
});

export const editShowcaseAction = formAction({ role: "creator", schema: showcaseEditSchema }, async ({ itemId, op }, { db, user }) => {
  const actor = { creatorId: user.id, at: now() };
  if (op === "remove") await removeFromShowcase(db, actor, itemId);
  else await moveInShowcase(db, actor, itemId, op);
  revalidatePath("/creator/showcase");
  return { op };
});
