import { pgEnum, pgTable, text, integer, index, uniqueIndex, check } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { currency, minor, tstz } from "./columns";
import { users } from "./users";
import { links, clicks } from "./links";
import { orderLines } from "./orders";

export const commissionStateEnum = pgEnum("commission_state", ["pending", "locked", "available", "paid", "reversed"]);
export const planKindEnum = pgEnum("plan_kind", ["open", "targeted", "campaign"]);

/**
 * One commission per order line at most (a constraint, not a check in code). Rate, flat fee and plan
 * are frozen when the order is paid; later rate changes never rewrite them.
 */
export const commissions = pgTable(
  "commissions",
  {
    id: text("id").primaryKey(),
    orderLineId: text("order_line_id").notNull().references(() => orderLines.id),
    creatorId: text("creator_id").notNull().references(() => users.id),
    linkId: text("link_id").notNull().references(() => links.id),
    clickId: text("click_id").references(() => clicks.id),
    planKind: planKindEnum("plan_kind").notNull(),
    planId: text("plan_id"),
    rateBps: integer("rate_bps").notNull(),
    flatFeeMinor: minor("flat_fee_minor").notNull().default(0),
    baseMinor: minor("base_minor").notNull(),
    /** Current amount: reduced in proportion by partial refunds before the money is available. */
    amountMinor: minor("amount_minor").notNull(),
    currency: currency().notNull(),
    state: commissionStateEnum("state").notNull(),
    earnedAt: tstz("earned_at").notNull(),
    lockedAt: tstz("locked_at"),
    availableAt: tstz("available_at"),
  },
  (t) => [
    uniqueIndex("commissions_order_line_key").on(t.orderLineId),
    index("commissions_creator_state_idx").on(t.creatorId, t.state),
    // The creator's dashboard: commissions earned in a period. Also carries link_id, order_line_id,
    // state, currency and amount_minor (INCLUDE, migration 0016), so a period is read from the index alone.
    index("commissions_creator_earned_idx").on(t.creatorId, t.earnedAt),
    check("commissions_amount_chk", sql`${t.amountMinor} >= 0 and ${t.baseMinor} >= 0`),
    // DOMAIN: a line's commission (rate plus flat fee) never exceeds what the buyer paid for the line.
    check("commissions_amount_within_base_chk", sql`${t.amountMinor} <= ${t.baseMinor}`),
    check("commissions_flat_fee_chk", sql`${t.flatFeeMinor} >= 0`),
  ],
);

/** Append-only history of every change to a commission, with its time and reason. */
export const commissionEvents = pgTable(
  "commission_events",
  {
    id: text("id").primaryKey(),
    commissionId: text("commission_id").notNull().references(() => commissions.id),
    fromState: commissionStateEnum("from_state"),
    toState: commissionStateEnum("to_state").notNull(),
    amountMinor: minor("amount_minor").notNull(),
    reason: text("reason").notNull(),
    occurredAt: tstz("occurred_at").notNull(),
  },
  (t) => [index("commission_events_commission_idx").on(t.commissionId, t.occurredAt)],
);

export type Commission = typeof commissions.$inferSelect;
export type CommissionState = (typeof commissionStateEnum.enumValues)[number];
