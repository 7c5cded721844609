import { pgEnum, pgTable, text, integer, check, index, uniqueIndex, primaryKey, smallint } from "drizzle-orm/pg-core";
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
    /** Days before a cut of a product's open rate or fee takes effect (DOMAIN: Fair rate changes). */
    rateNoticeDays: integer("rate_notice_days").notNull().default(7),
    createdAt: tstz("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("shops_owner_key").on(t.ownerUserId),
    uniqueIndex("shops_slug_key").on(t.slug),
    // The shop form's bounds (SHOP_DAY_LIMITS in lib/validation/catalogue.ts).
    check("shops_return_window_chk", sql`${t.returnWindowDays} between 1 and 90`),
    check("shops_holding_days_chk", sql`${t.holdingDays} between 1 and 180`),
    check("shops_rate_notice_days_chk", sql`${t.rateNoticeDays} between 2 and 60`),
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

/**
 * A seller's own tags on a creator ("skincare", "tet-2027"), to filter their creators by. At most 20
 * per creator and shop, by constraint: each tag takes one of 20 slots.
 */
export const shopCreatorTags = pgTable(
  "shop_creator_tags",
  {
    shopId: text("shop_id").notNull().references(() => shops.id),
    creatorId: text("creator_id").notNull().references(() => users.id),
    tag: text("tag").notNull(),
    slot: smallint("slot").notNull(),
    createdAt: tstz("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.shopId, t.creatorId, t.tag] }),
    uniqueIndex("shop_creator_tags_slot_key").on(t.shopId, t.creatorId, t.slot),
    index("shop_creator_tags_tag_idx").on(t.shopId, t.tag),
    check("shop_creator_tags_slot_chk", sql`${t.slot} between 1 and 20`),
    check("shop_creator_tags_tag_chk", sql`char_length(${t.tag}) between 1 and 30`),
  ],
);

export const shopDomainStateEnum = pgEnum("shop_domain_state", ["pending", "verified", "revoked"]);
export type ShopDomainState = (typeof shopDomainStateEnum.enumValues)[number];

/**
 * The shop's own web domains. External product URLs may point only at a VERIFIED one: the seller
 * proves control with the token (a DNS TXT record or a file on the site), or an admin confirms it.
 * Until then, and from the moment an admin revokes it, buyers get the built-in product page, so a
 * short link can never be made into a redirect to someone else's site.
 */
export const shopDomains = pgTable(
  "shop_domains",
  {
    id: text("id").primaryKey(),
    shopId: text("shop_id").notNull().references(() => shops.id),
    /** A lower-case host name ("shop.example.com"); it covers its subdomains. */
    domain: text("domain").notNull(),
    /** What the seller publishes to prove control; not a secret (it ends up in public DNS). */
    token: text("token").notNull(),
    state: shopDomainStateEnum("state").notNull().default("pending"),
    /** How it was verified: "file", "dns" or "admin". */
    verifiedBy: text("verified_by"),
    verifiedAt: tstz("verified_at"),
    revokedAt: tstz("revoked_at"),
    revokedReason: text("revoked_reason"),
    /** The last automatic check and what went wrong in it (null when it passed). */
    checkedAt: tstz("checked_at"),
    lastError: text("last_error"),
    createdAt: tstz("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("shop_domains_shop_domain_key").on(t.shopId, t.domain),
    index("shop_domains_state_idx").on(t.state, t.checkedAt),
    check("shop_domains_verified_chk", sql`${t.state} <> 'verified' or ${t.verifiedAt} is not null`),
    check("shop_domains_revoked_chk", sql`${t.state} <> 'revoked' or ${t.revokedAt} is not null`),
  ],
);

export type Shop = typeof shops.$inferSelect;
export type ShopDomain = typeof shopDomains.$inferSelect;
