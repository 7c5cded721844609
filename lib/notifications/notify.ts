import "server-only";
import type { Database } from "@/db/client";
import { insertNotification, shopNameForNotice } from "@/db/queries/notifications";
import type { NotificationKind, NotificationParams } from "@/db/schema";
import { newId } from "@/lib/ids";

/**
 * Tells a user about an event (DOMAIN: Notifications). Call it with the event's transaction: the
 * notification is kept exactly when the event is. Only the kind and its facts are stored; the text
 * is made in the reader's language when it is shown, and its e-mail is sent by the minute jobs.
 */
export async function notify(tx: Database, params: { recipientId: string; kind: NotificationKind; params: NotificationParams; at: Date }) {
  await insertNotification(tx, { id: newId("ntf"), recipientId: params.recipientId, kind: params.kind, params: params.params, createdAt: params.at });
}

/** Creators invited to a targeted plan they can now see (at publication, or added to a live plan). */
export async function notifyInvitations(tx: Database, params: { creatorIds: readonly string[]; planName: string; shopId: string; at: Date }) {
  if (params.creatorIds.length === 0) return;
  const shop = await shopNameForNotice(tx, params.shopId);
  for (const recipientId of params.creatorIds) await notify(tx, { recipientId, kind: "invitation_received", params: { plan: params.planName, shop }, at: params.at });
}

/** A creator reminded by the shop of an invitation they have not answered. */
export async function notifyInvitationReminder(tx: Database, params: { creatorId: string; planName: string; shopId: string; at: Date }) {
  const shop = await shopNameForNotice(tx, params.shopId);
  await notify(tx, { recipientId: params.creatorId, kind: "invitation_reminder", params: { plan: params.planName, shop }, at: params.at });
}
