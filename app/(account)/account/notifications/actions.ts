"use server";

import { revalidatePath } from "next/cache";
import { UserFacingError } from "@/lib/errors";
import { readAllNotifications, readNotification, setEmailPreferences } from "@/lib/notifications/inbox";
import { emailPreferencesSchema, markAllReadSchema, notificationIdSchema } from "@/lib/validation/notifications";
import { formAction } from "@/server/form-action";

const SESSION_ENDED = "Your session has ended. Sign in again.";

// Every role has notifications: the account area's actions take whoever is signed in, and touch only their own.
export const markNotificationReadAction = formAction({ role: null, schema: notificationIdSchema }, async ({ notificationId }, { actor }) => {
  if (!actor.user) throw new UserFacingError(SESSION_ENDED);
  await readNotification(actor.db, { userId: actor.user.id, notificationId, at: actor.at });
  revalidatePath("/", "layout");
  return { read: true };
});

export const markAllNotificationsReadAction = formAction({ role: null, schema: markAllReadSchema }, async (_input, { actor }) => {
  if (!actor.user) throw new UserFacingError(SESSION_ENDED);
  const count = await readAllNotifications(actor.db, { userId: actor.user.id, at: actor.at });
  revalidatePath("/", "layout");
  return { count };
});

export const saveEmailPreferencesAction = formAction({ role: null, schema: emailPreferencesSchema }, async ({ emailKinds }, { actor }) => {
  if (!actor.user) throw new UserFacingError(SESSION_ENDED);
  await setEmailPreferences(actor.db, { userId: actor.user.id, emailKinds, at: actor.at });
  revalidatePath("/account/notifications");
  return { saved: true };
});
