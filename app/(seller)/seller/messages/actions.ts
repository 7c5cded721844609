"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import { openThread, sendMessage } from "@/lib/messages/threads";
import { openCreatorThreadSchema, sendMessageSchema } from "@/lib/validation/messages";

/** "Message" on a creator's profile: their conversation with the shop, started if need be. */
export const openCreatorThreadAction = formAction({ role: "seller", schema: openCreatorThreadSchema }, async ({ creatorId }, { actor }): Promise<null> => {
  const threadId = await openThread(actor.db, { side: "seller", userId: actor.user.id, shop: actor.shop, at: actor.at }, { creatorId });
  redirect(`/seller/messages/${threadId}`);
});

export const sendSellerMessageAction = formAction({ role: "seller", schema: sendMessageSchema }, async ({ threadId, body }, { actor }) => {
  const sent = await sendMessage(actor.db, { side: "seller", userId: actor.user.id, shop: actor.shop, at: actor.at }, { threadId }, body);
  revalidatePath("/seller/messages", "layout");
  return { messageId: sent.messageId };
});
