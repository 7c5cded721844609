import { check, index, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { tstz } from "./columns";
import { shops } from "./shops";
import { users } from "./users";

/**
 * One conversation between a shop and a creator (DOMAIN: What sellers see and do; issue #15's
 * Messages): at most one per pair. Each side's read mark says up to when it has read; unread counts
 * are the other side's messages after it. A creator can mute the shop (no notification, the
 * messages still arrive).
 */
export const messageThreads = pgTable(
  "message_threads",
  {
    id: text("id").primaryKey(),
    shopId: text("shop_id").notNull().references(() => shops.id),
    creatorId: text("creator_id").notNull().references(() => users.id),
    createdAt: tstz("created_at").notNull(),
    lastMessageAt: tstz("last_message_at").notNull(),
    sellerReadAt: tstz("seller_read_at"),
    creatorReadAt: tstz("creator_read_at"),
    creatorMutedAt: tstz("creator_muted_at"),
  },
  (t) => [
    uniqueIndex("message_threads_pair_key").on(t.shopId, t.creatorId),
    index("message_threads_shop_idx").on(t.shopId, t.lastMessageAt),
    index("message_threads_creator_idx").on(t.creatorId, t.lastMessageAt),
  ],
);

/** A message as sent: text only, 1 to 2,000 characters, never edited. */
export const messages = pgTable(
  "messages",
  {
    id: text("id").primaryKey(),
    threadId: text("thread_id").notNull().references(() => messageThreads.id),
    senderUserId: text("sender_user_id").notNull().references(() => users.id),
    body: text("body").notNull(),
    createdAt: tstz("created_at").notNull(),
  },
  (t) => [
    index("messages_thread_idx").on(t.threadId, t.createdAt),
    check("messages_body_chk", sql`char_length(${t.body}) between 1 and 2000`),
  ],
);

export type MessageThread = typeof messageThreads.$inferSelect;
export type Message = typeof messages.$inferSelect;
