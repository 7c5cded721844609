import "server-only";
import type { Database } from "@/db/client";
import { markAllNotificationsRead, markNotificationRead, saveEmailPreferences } from "@/db/queries/notifications";
import { notificationKindEnum, type NotificationKind } from "@/db/schema";

/** The kinds a user can be told about, in the order the preferences list them. */
export const NOTIFICATION_KINDS: readonly NotificationKind[] = notificationKindEnum.enumValues;

export async function readNotification(db: Database, params: { userId: string; notificationId: string; at: Date }) {
  return markNotificationRead(db, { recipientId: params.userId, notificationId: params.notificationId, at: params.at });
}

export async function readAllNotifications(db: Database, params: { userId: string; at: Date }) {
  return markAllNotificationsRead(db, { recipientId: params.userId, at: params.at });
}

/** E-mail on or off per kind; in the app every kind always shows. */
export async function setEmailPreferences(db: Database, params: { userId: string; emailKinds: readonly NotificationKind[]; at: Date }) {
  const email = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, params.emailKinds.includes(k)])) as Record<NotificationKind, boolean>;
  await saveEmailPreferences(db, { userId: params.userId, email, at: params.at });
}
