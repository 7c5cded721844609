import { pgEnum, pgTable, text, integer, primaryKey, check, index, uniqueIndex } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { minor, tstz } from "./columns";
import { media, users } from "./users";
import { shops } from "./shops";
import { products } from "./products";

/** draft, live and ended are stored; "expired" is derived from ends_at and the clock. */
export const targetedPlanStatusEnum = pgEnum("targeted_plan_status", ["draft", "live", "ended"]);
export const invitationStatusEnum = pgEnum("invitation_status", ["pending", "accepted", "declined", "withdrawn"]);

export const targetedPlans = pgTable(
  "targeted_plans",
  {
    id: text("id").primaryKey(),
    shopId: text("shop_id").notNull().references(() => shops.id),
    name: text("name").notNull(),
    message: text("message").notNull().default(""),
    startsAt: tstz("starts_at").notNull(),
    endsAt: tstz("ends_at").notNull(),
    status: targetedPlanStatusEnum("status").notNull().default("draft"),
    endedAt: tstz("ended_at"),
    createdAt: tstz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("targeted_plans_shop_idx").on(t.shopId),
    check("targeted_plans_dates_chk", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const targetedPlanProducts = pgTable(
  "targeted_plan_products",
  {
    planId: text("plan_id").notNull().references(() => targetedPlans.id),
    productId: text("product_id").notNull().references(() => products.id),
    rateBps: integer("rate_bps").notNull(),
    flatFeeMinor: minor("flat_fee_minor").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.productId] }),
    check("targeted_plan_products_rate_chk", sql`${t.rateBps} between 100 and 8000 or (${t.rateBps} = 0 and ${t.flatFeeMinor} > 0)`),
    check("targeted_plan_products_fee_chk", sql`${t.flatFeeMinor} >= 0`),
  ],
);

export const targetedPlanCreators = pgTable(
  "targeted_plan_creators",
  {
    planId: text("plan_id").notNull().references(() => targetedPlans.id),
    creatorId: text("creator_id").notNull().references(() => users.id),
    status: invitationStatusEnum("status").notNull().default("pending"),
    invitedAt: tstz("invited_at").notNull(),
    respondedAt: tstz("responded_at"),
    /** The seller's last reminder of a pending invitation (at most one a day). */
    remindedAt: tstz("reminded_at"),
    /** When the seller withdrew a pending invitation (status withdrawn): the creator can no longer accept it. */
    withdrawnAt: tstz("withdrawn_at"),
  },
  (t) => [primaryKey({ columns: [t.planId, t.creatorId] }), index("targeted_plan_creators_creator_idx").on(t.creatorId)],
);

/** A campaign belongs to a shop, or to the platform when shop_id is null. */
export const campaigns = pgTable(
  "campaigns",
  {
    id: text("id").primaryKey(),
    shopId: text("shop_id").references(() => shops.id),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    bannerMediaId: text("banner_media_id").references(() => media.id),
    startsAt: tstz("starts_at").notNull(),
    endsAt: tstz("ends_at").notNull(),
    createdByUserId: text("created_by_user_id").references(() => users.id),
    createdAt: tstz("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("campaigns_slug_key").on(t.slug), check("campaigns_dates_chk", sql`${t.endsAt} > ${t.startsAt}`)],
);

/**
 * A product's stints in a campaign: a row per period, so a product taken out and put back keeps its
 * earlier period (a campaign click covers the products in the campaign at the time of the order).
 */
export const campaignProducts = pgTable(
  "campaign_products",
  {
    id: text("id").primaryKey().default(sql`gen_random_uuid()::text`),
    campaignId: text("campaign_id").notNull().references(() => campaigns.id),
    productId: text("product_id").notNull().references(() => products.id),
    rateBps: integer("rate_bps").notNull(),
    flatFeeMinor: minor("flat_fee_minor").notNull().default(0),
    addedAt: tstz("added_at").notNull(),
    removedAt: tstz("removed_at"),
  },
  (t) => [
    uniqueIndex("campaign_products_current_key").on(t.campaignId, t.productId).where(sql`${t.removedAt} is null`),
    index("campaign_products_campaign_idx").on(t.campaignId, t.productId, t.addedAt),
    check("campaign_products_rate_chk", sql`${t.rateBps} between 100 and 8000 or (${t.rateBps} = 0 and ${t.flatFeeMinor} > 0)`),
    check("campaign_products_fee_chk", sql`${t.flatFeeMinor} >= 0`),
  ],
);

export type TargetedPlan = typeof targetedPlans.$inferSelect;
export type Campaign = typeof campaigns.$inferSelect;
