import { pgEnum, pgTable, text, boolean, date, integer, index, uniqueIndex, check, primaryKey, type AnyPgColumn } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { tstz } from "./columns";
import { users } from "./users";
import { products } from "./products";
import { campaigns } from "./plans";
import { shops } from "./shops";

export const linkTypeEnum = pgEnum("link_type", ["product", "showcase", "campaign"]);
export const channelEnum = pgEnum("channel", ["instagram", "youtube", "facebook", "threads", "tiktok", "blog", "email", "other"]);

export const links = pgTable(
  "links",
  {
    id: text("id").primaryKey(),
    /** Random and URL-safe: /l/<code>. Never derived from the id, so codes cannot be walked in sequence. */
    code: text("code").notNull(),
    creatorId: text("creator_id").notNull().references(() => users.id),
    type: linkTypeEnum("type").notNull(),
    productId: text("product_id").references(() => products.id),
    campaignId: text("campaign_id").references(() => campaigns.id),
    channel: channelEnum("channel").notNull(),
    subId: text("sub_id").notNull().default(""),
    createdAt: tstz("created_at").notNull(),
    /** created_at + 100 days: after this the link still redirects but earns nothing. */
    earnsUntil: tstz("earns_until").notNull(),
    disabledAt: tstz("disabled_at"),
    /** When the creator was told this link stops earning within 7 days (once per link). */
    expiryNoticeAt: tstz("expiry_notice_at"),
    /** The expired link this one renews (same target, channel and sub-id); a link is renewed at most once. */
    renewsLinkId: text("renews_link_id").references((): AnyPgColumn => links.id),
  },
  (t) => [
    uniqueIndex("links_code_key").on(t.code),
    uniqueIndex("links_renews_key").on(t.renewsLinkId),
    index("links_creator_idx").on(t.creatorId, t.createdAt),
    index("links_product_idx").on(t.productId),
    check(
      "links_target_chk",
      sql`(${t.type} = 'product' and ${t.productId} is not null and ${t.campaignId} is null)
       or (${t.type} = 'campaign' and ${t.campaignId} is not null and ${t.productId} is null)
       or (${t.type} = 'showcase' and ${t.productId} is null and ${t.campaignId} is null)`,
    ),
  ],
);

export const clicks = pgTable(
  "clicks",
  {
    id: text("id").primaryKey(),
    linkId: text("link_id").notNull().references(() => links.id),
    clickedAt: tstz("clicked_at").notNull(),
    visitorId: text("visitor_id").notNull(),
    ipHash: text("ip_hash"),
    userAgent: text("user_agent"),
    referrer: text("referrer"),
    isBot: boolean("is_bot").notNull().default(false),
    /** First click of this visitor on this link within an hour. */
    isUnique: boolean("is_unique").notNull(),
    /** False when the link was past its 100 days at the time of the click. */
    earning: boolean("earning").notNull(),
  },
  (t) => [
    // Also carries is_bot and is_unique (INCLUDE, migration 0015), so reports count clicks from the index alone.
    index("clicks_link_time_idx").on(t.linkId, t.clickedAt),
    index("clicks_visitor_time_idx").on(t.visitorId, t.clickedAt),
    // The unique-click check: this visitor on this link within the last hour.
    index("clicks_link_visitor_time_idx").on(t.linkId, t.visitorId, t.clickedAt),
  ],
);

const clickCounts = {
  /** Clicks that are not bots, of which unique ones; bot clicks apart. */
  clicks: integer("clicks").notNull(),
  uniqueClicks: integer("unique_clicks").notNull(),
  botClicks: integer("bot_clicks").notNull(),
};

/**
 * Click counts kept by the click writer in the same statement that stores the clicks
 * (db/queries/links.ts insertClicks), so reports read a row per link and day, or per creator or
 * shop and hour, instead of every click; counts only grow (clicks are never edited). Per link and
 * UTC day: a period's figures per link (its whole UTC days from here, the part-days at either end
 * from the clicks). Per creator and per shop and UTC hour: the dashboards' charts, whose hours fold
 * exactly into the days of any zone whose offset is whole hours (a zone such as India's reads the
 * clicks themselves). A link's shop is its product's or its campaign's; a showcase link has none.
 */
export const linkClickDays = pgTable(
  "link_click_days",
  { linkId: text("link_id").notNull().references(() => links.id), day: date("day", { mode: "string" }).notNull(), ...clickCounts },
  (t) => [
    primaryKey({ columns: [t.linkId, t.day] }),
    check("link_click_days_counts_chk", sql`${t.clicks} >= 0 and ${t.uniqueClicks} between 0 and ${t.clicks} and ${t.botClicks} >= 0`),
  ],
);

export const creatorClickHours = pgTable(
  "creator_click_hours",
  { creatorId: text("creator_id").notNull().references(() => users.id), hour: tstz("hour").notNull(), ...clickCounts },
  (t) => [
    primaryKey({ columns: [t.creatorId, t.hour] }),
    check("creator_click_hours_counts_chk", sql`${t.clicks} >= 0 and ${t.uniqueClicks} between 0 and ${t.clicks} and ${t.botClicks} >= 0`),
  ],
);

export const shopClickHours = pgTable(
  "shop_click_hours",
  { shopId: text("shop_id").notNull().references(() => shops.id), hour: tstz("hour").notNull(), ...clickCounts },
  (t) => [
    primaryKey({ columns: [t.shopId, t.hour] }),
    check("shop_click_hours_counts_chk", sql`${t.clicks} >= 0 and ${t.uniqueClicks} between 0 and ${t.clicks} and ${t.botClicks} >= 0`),
  ],
);

/**
 * The visitor cookies (ls_vid) seen in a signed-in user's browser: at sign-in, on the creator's
 * pages and at a signed-in checkout. DOMAIN: a line earns nothing when the buyer is the earning
 * creator, and a click from one of the creator's own visitor ids is the creator buying.
 */
export const userVisitors = pgTable(
  "user_visitors",
  {
    userId: text("user_id").notNull().references(() => users.id),
    visitorId: text("visitor_id").notNull(),
    firstSeenAt: tstz("first_seen_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.visitorId, t.userId] })],
);

export type Link = typeof links.$inferSelect;
export type Click = typeof clicks.$inferSelect;
export type Channel = (typeof channelEnum.enumValues)[number];
export type LinkType = (typeof linkTypeEnum.enumValues)[number];
