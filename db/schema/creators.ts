import { pgTable, text, integer, boolean, index, uniqueIndex, check, smallint, primaryKey } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { tstz } from "./columns";
import { media, users } from "./users";
import { products } from "./products";

export const creatorProfiles = pgTable(
  "creator_profiles",
  {
    userId: text("user_id").primaryKey().references(() => users.id),
    handle: text("handle").notNull(),
    displayName: text("display_name").notNull(),
    bio: text("bio").notNull().default(""),
    avatarMediaId: text("avatar_media_id").references(() => media.id),
    categories: text("categories").array().notNull().default(sql`'{}'::text[]`),
    /** Verified follower count; at the threshold (default 600) a link-share creator becomes an affiliate creator. */
    followerCount: integer("follower_count").notNull().default(0),
    followersVerifiedAt: tstz("followers_verified_at"),
    autoWithdraw: boolean("auto_withdraw").notNull().default(false),
    createdAt: tstz("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("creator_profiles_handle_key").on(sql`lower(${t.handle})`),
    check("creator_profiles_followers_chk", sql`${t.followerCount} >= 0`),
  ],
);

/**
 * Handles a creator used before: /s/<old handle> keeps leading to their showcase for a while after a
 * change (lib/creators/profile.ts). Stored lower-cased; a creator who takes the handle as their own
 * removes the row, so a redirect never shadows a live handle.
 */
export const creatorPreviousHandles = pgTable(
  "creator_previous_handles",
  {
    handle: text("handle").primaryKey(),
    creatorId: text("creator_id").notNull().references(() => users.id),
    replacedAt: tstz("replaced_at").notNull(),
  },
  (t) => [index("creator_previous_handles_creator_idx").on(t.creatorId)],
);

/**
 * A creator's showcase: products with the time each was added and removed, because a showcase link
 * earns on the products in it at the time of the order, not on what it holds today.
 */
export const showcaseItems = pgTable(
  "showcase_items",
  {
    id: text("id").primaryKey(),
    creatorId: text("creator_id").notNull().references(() => users.id),
    productId: text("product_id").notNull().references(() => products.id),
    position: integer("position").notNull(),
    addedAt: tstz("added_at").notNull(),
    removedAt: tstz("removed_at"),
    /** 1 to 3 when the creator pinned the item to the top of the public showcase: at most three pins, by constraint. */
    pinSlot: smallint("pin_slot"),
  },
  (t) => [
    index("showcase_items_creator_idx").on(t.creatorId, t.position),
    uniqueIndex("showcase_items_current_key").on(t.creatorId, t.productId).where(sql`${t.removedAt} is null`),
    uniqueIndex("showcase_items_pin_key").on(t.creatorId, t.pinSlot).where(sql`${t.removedAt} is null and ${t.pinSlot} is not null`),
    check("showcase_items_pin_chk", sql`${t.pinSlot} between 1 and 3`),
  ],
);

/** Products a creator marked in the marketplace to come back to. */
export const productFavourites = pgTable(
  "product_favourites",
  {
    creatorId: text("creator_id").notNull().references(() => users.id),
    productId: text("product_id").notNull().references(() => products.id),
    createdAt: tstz("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.creatorId, t.productId] }), index("product_favourites_product_idx").on(t.productId)],
);

export type CreatorProfile = typeof creatorProfiles.$inferSelect;
