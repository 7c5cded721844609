import { boolean, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { tstz } from "./columns";
import { users } from "./users";

export const notificationKindEnum = pgEnum("notification_kind", [
  "claim_approved",
  "claim_rejected",
  "tier_reached",
  "invitation_received",
  "commission_available",
  "withdrawal_paid",
  "withdrawal_rejected",
  "link_expiring",
  "collaboration_ended",
  "message_received",
  "rate_cut",
  "invitation_reminder",
]);
export const notificationEmailStateEnum = pgEnum("notification_email_state", ["pending", "sent", "skipped", "failed"]);

/**
 * What a notification's text needs, translated when it is shown or mailed (in the recipient's
 * language): `platform` is a key of common.socialPlatforms, `amountMinor` with `currency` is shown as money.
 */
export type NotificationParams = Record<string, string | number>;

/**
 * Something that concerns a user (DOMAIN: Notifications), written in the same transaction as the
 * event, so it exists exactly when the event does. Its e-mail is sent later by the minute jobs
 * (email_state), so a mail server that fails never holds up or undoes the event.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: text("id").primaryKey(),
    recipientId: text("recipient_id").notNull().references(() => users.id),
    kind: notificationKindEnum("kind").notNull(),
    params: jsonb("params").$type<NotificationParams>().notNull(),
    readAt: tstz("read_at"),
    createdAt: tstz("created_at").notNull(),
    emailState: notificationEmailStateEnum("email_state").notNull().default("pending"),
    emailAttempts: integer("email_attempts").notNull().default(0),
    /** A sender took this e-mail until then; another process leaves it alone meanwhile. */
    emailLeasedUntil: tstz("email_leased_until"),
    emailedAt: tstz("emailed_at"),
  },
  (t) => [
    index("notifications_recipient_idx").on(t.recipientId, t.createdAt),
    index("notifications_unread_idx").on(t.recipientId).where(sql`${t.readAt} is null`),
    index("notifications_email_pending_idx").on(t.createdAt).where(sql`${t.emailState} = 'pending'`),
    check("notifications_attempts_chk", sql`${t.emailAttempts} >= 0`),
  ],
);

/** E-mail per kind (in the app they always show): no row means e-mail on. */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: text("user_id").notNull().references(() => users.id),
    kind: notificationKindEnum("kind").notNull(),
    email: boolean("email").notNull(),
    updatedAt: tstz("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

export type Notification = typeof notifications.$inferSelect;
export type NotificationKind = (typeof notificationKindEnum.enumValues)[number];
