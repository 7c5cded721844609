import { pgTable, text, index, uniqueIndex, jsonb } from "drizzle-orm/pg-core";
import { tstz } from "./columns";
import { shops } from "./shops";

/** Conversion API keys: the key is stored hashed; the signing secret is shown once to the seller. */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    shopId: text("shop_id").notNull().references(() => shops.id),
    name: text("name").notNull(),
    /** First characters of the key, to recognise it in a list. */
    prefix: text("prefix").notNull(),
    keyHash: text("key_hash").notNull(),
    signingSecret: text("signing_secret").notNull(),
    createdAt: tstz("created_at").notNull(),
    lastUsedAt: tstz("last_used_at"),
    revokedAt: tstz("revoked_at"),
  },
  (t) => [uniqueIndex("api_keys_hash_key").on(t.keyHash), index("api_keys_shop_idx").on(t.shopId)],
);

/** Platform-wide settings that must be the same on every app process (e.g. the demo clock offset). */
export const appSettings = pgTable("app_settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: tstz("updated_at").notNull().defaultNow(),
});

export type ApiKey = typeof apiKeys.$inferSelect;
