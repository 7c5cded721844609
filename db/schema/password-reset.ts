import { sql } from "drizzle-orm";
import { check, index, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { tstz } from "./columns";
import { users } from "./users";

/**
 * Password reset links. Only the SHA-256 of the token is kept, so a copy of the database cannot
 * reset anyone's password; a token works once (used_at) and until expires_at.
 */
export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    tokenHash: text("token_hash").notNull(),
    createdAt: tstz("created_at").notNull(),
    expiresAt: tstz("expires_at").notNull(),
    /** Set when the token was used, or when a newer request or a completed reset made it worthless. */
    usedAt: tstz("used_at"),
  },
  (t) => [
    uniqueIndex("password_reset_tokens_hash_key").on(t.tokenHash),
    index("password_reset_tokens_user_idx").on(t.userId),
    check("password_reset_tokens_expiry_check", sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);

export type PasswordResetToken = typeof passwordResetTokens.$inferSelect;
