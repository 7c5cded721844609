import { pgTable, text, integer, check, uniqueIndex, primaryKey } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { currency, tstz } from "./columns";
import { media, users } from "./users";

export const shops = pgTable(
  "shops",
  {
    id: text("id").primaryKey(),
    ownerUserId: text("owner_user_id").notNull().references(() => users.id),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    currency: currency().notNull(),
    country: text("country").notNull().default("US"),
    logoMediaId: text("logo_media_id").references(() => media.id),
    returnWindowDays: integer("return_window_days").notNull().default(7),
    holdingDays: integer("holding_days").notNull().default(15),
    defaultOpenRateBps: integer("default_open_rate_bps").notNull().default(500),
    /** The shop's own web domains: external product URLs may only point at these. */
    domains: text("domains").array().notNull().default(sql`'{}'::text[]`),
    createdAt: tstz("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("shops_owner_key").on(t.ownerUserId),
    uniqueIndex("shops_slug_key").on(t.slug),
    check("shops_return_window_chk", sql`${t.returnWindowDays} between 0 and 365`),
    check("shops_holding_days_chk", sql`${t.holdingDays} between 0 and 365`),
    check("shops_default_rate_chk", sql`${t.defaultOpenRateBps} between 100 and 8000`),
  ],
);

/** Creators a seller has blocked: their clicks never earn on the shop's products. */
export const shopBlockedCreators = pgTable(
  "shop_blocked_creators",
  {
    shopId: text("shop_id").notNull().references(() => shops.id),
    creatorId: text("creator_id").notNull().references(() => users.id),
    reason: text("reason").notNull().default(""),
    blockedAt: tstz("blocked_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.creatorId] })],
);

export type Shop = typeof shops.$inferSelect;
