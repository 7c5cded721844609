import { index, pgTable, text } from "drizzle-orm/pg-core";
import { tstz } from "./columns";

/**
 * E-mails written instead of sent when no SMTP_URL is configured (the demo, tests, a fresh
 * install): an admin reads them at /admin/outbox, so password resets work with no mail server.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: text("id").primaryKey(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    createdAt: tstz("created_at").notNull(),
  },
  (t) => [index("outbox_created_idx").on(t.createdAt, t.id)],
);

export type OutboxMessage = typeof outbox.$inferSelect;
