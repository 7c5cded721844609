import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { notificationPreferences, notifications, shops, users, type NotificationKind, type NotificationParams } from "../schema";

export async function insertNotification(db: Database, row: { id: string; recipientId: string; kind: NotificationKind; params: NotificationParams; createdAt: Date }) {
  await db.insert(notifications).values(row);
}

export async function unreadNotificationCount(db: Database, recipientId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.recipientId, recipientId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function listNotifications(db: Database, params: { recipientId: string; limit: number; offset: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: notifications.id, kind: notifications.kind, params: notifications.params, readAt: notifications.readAt, createdAt: notifications.createdAt })
      .from(notifications)
      .where(eq(notifications.recipientId, params.recipientId))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(params.limit)
      .offset(params.offset),
    db.select({ n: count() }).from(notifications).where(eq(notifications.recipientId, params.recipientId)),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Marks one of the recipient's notifications read (the recipient in the WHERE: nobody marks another's). */
export async function markNotificationRead(db: Database, params: { recipientId: string; notificationId: string; at: Date }): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: params.at })
    .where(and(eq(notifications.id, params.notificationId), eq(notifications.recipientId, params.recipientId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}

export async function markAllNotificationsRead(db: Database, params: { recipientId: string; at: Date }): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: params.at })
    .where(and(eq(notifications.recipientId, params.recipientId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/** The kinds the user turned e-mail off for (no row: on). */
export async function emailPreferences(db: Database, userId: string): Promise<Map<NotificationKind, boolean>> {
  const rows = await db.select({ kind: notificationPreferences.kind, email: notificationPreferences.email }).from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  return new Map(rows.map((r) => [r.kind, r.email]));
}

export async function saveEmailPreferences(db: Database, params: { userId: string; email: Record<NotificationKind, boolean>; at: Date }) {
  const values = Object.entries(params.email).map(([kind, email]) => ({ userId: params.userId, kind: kind as NotificationKind, email, updatedAt: params.at }));
  await db
    .insert(notificationPreferences)
    .values(values)
    .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { email: sql`excluded.email`, updatedAt: sql`excluded.updated_at` } });
}

/**
 * Takes up to `limit` notifications whose e-mail is due and not taken by another sender, for
 * `leaseMs`: two processes running the minute jobs never mail one notification twice at once, and
 * one that died mid-send leaves its e-mails to be picked up when the lease ends.
 */
export async function leaseDueEmails(db: Database, params: { at: Date; limit: number; leaseMs: number }) {
  const due = db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.emailState, "pending"), or(isNull(notifications.emailLeasedUntil), lte(notifications.emailLeasedUntil, params.at))))
    .orderBy(asc(notifications.createdAt))
    .limit(params.limit)
    .for("update", { skipLocked: true });
  const leased = await db
    .update(notifications)
    .set({ emailLeasedUntil: new Date(params.at.getTime() + params.leaseMs) })
    .where(inArray(notifications.id, due))
    .returning({
      id: notifications.id,
      recipientId: notifications.recipientId,
      kind: notifications.kind,
      params: notifications.params,
      emailAttempts: notifications.emailAttempts,
      createdAt: notifications.createdAt,
    });
  if (leased.length === 0) return [];
  const recipients = await db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, timeZone: users.timeZone, suspendedAt: users.suspendedAt })
    .from(users)
    .where(inArray(users.id, [...new Set(leased.map((n) => n.recipientId))]));
  const byId = new Map(recipients.map((r) => [r.id, r]));
  return leased.map((n) => ({ ...n, recipient: byId.get(n.recipientId)! }));
}

export async function recordEmailOutcome(
  db: Database,
  params: { notificationId: string; outcome: "sent" | "skipped" } | { notificationId: string; outcome: "retry" | "failed"; attempts: number; retryAt: Date | null },
  at: Date,
) {
  if (!("attempts" in params)) {
    await db
      .update(notifications)
      .set({ emailState: params.outcome, emailedAt: params.outcome === "sent" ? at : null, emailLeasedUntil: null })
      .where(eq(notifications.id, params.notificationId));
    return;
  }
  await db
    .update(notifications)
    .set({ emailState: params.outcome === "failed" ? "failed" : "pending", emailAttempts: params.attempts, emailLeasedUntil: params.retryAt })
    .where(eq(notifications.id, params.notificationId));
}

/** The shop's name as a notification shows it (invitations name the shop that invites). */
export async function shopNameForNotice(db: Database, shopId: string): Promise<string> {
  const [row] = await db.select({ name: shops.name }).from(shops).where(eq(shops.id, shopId)).limit(1);
  return row?.name ?? "";
}
