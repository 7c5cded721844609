"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import { muteThread, openThread, sendMessage } from "@/lib/messages/threads";
import { muteThreadSchema, openShopThreadSchema, sendMessageSchema } from "@/lib/validation/messages";

/** "Message the shop" on a shop's page: the conversation, started if the creator may start one. */
export const openShopThreadAction = formAction({ role: "creator", schema: openShopThreadSchema }, async ({ shopId }, { actor }): Promise<null> => {
  const threadId = await openThread(actor.db, { side: "creator", userId: actor.user.id, at: actor.at }, { shopId });
  redirect(`/creator/messages/${threadId}`);
});

export const sendCreatorMessageAction = formAction({ role: "creator", schema: sendMessageSchema }, async ({ threadId, body }, { actor }) => {
  const sent = await sendMessage(actor.db, { side: "creator", userId: actor.user.id, at: actor.at }, { threadId }, body);
  revalidatePath("/creator/messages", "layout");
  return { messageId: sent.messageId };
});

/** Mute (no notifications; the messages still arrive) or unmute the thread's shop. */
export const muteThreadAction = formAction({ role: "creator", schema: muteThreadSchema }, async ({ threadId, muted }, { actor }) => {
  await muteThread(actor.db, { userId: actor.user.id, at: actor.at }, { threadId, muted: muted === "1" });
  revalidatePath(`/creator/messages/${threadId}`);
  return { muted: muted === "1" };
});
