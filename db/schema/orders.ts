import { pgEnum, pgTable, text, integer, jsonb, index, uniqueIndex, check } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { currency, minor, tstz } from "./columns";
import { shops } from "./shops";
import { products } from "./products";
import { clicks } from "./links";
import { users } from "./users";

export const orderStateEnum = pgEnum("order_state", ["placed", "paid", "shipped", "delivered", "completed", "cancelled", "refunded"]);
export const orderSourceEnum = pgEnum("order_source", ["storefront", "api"]);
export const orderEventTypeEnum = pgEnum("order_event_type", ["placed", "paid", "shipped", "delivered", "completed", "cancelled", "refunded"]);

export type ShippingAddress = { line1: string; line2?: string; city: string; postalCode: string; country: string };

export const orders = pgTable(
  "orders",
  {
    id: text("id").primaryKey(),
    shopId: text("shop_id").notNull().references(() => shops.id),
    source: orderSourceEnum("source").notNull(),
    /** The seller's own order id for orders from the conversion API; unique per shop. */
    externalId: text("external_id"),
    /** Hash of the API request body, so a replay with a different body is told apart (409). */
    requestHash: text("request_hash"),
    currency: currency().notNull(),
    state: orderStateEnum("state").notNull(),
    buyerName: text("buyer_name"),
    buyerEmail: text("buyer_email"),
    /** The signed-in account that placed a storefront order, if any: a creator buying through their own link earns nothing. */
    buyerUserId: text("buyer_user_id").references(() => users.id),
    shippingAddress: jsonb("shipping_address").$type<ShippingAddress>(),
    /** The visitor cookie at checkout, and the click id an external checkout passed back. */
    visitorId: text("visitor_id"),
    clickId: text("click_id").references(() => clicks.id),
    subtotalMinor: minor("subtotal_minor").notNull(),
    discountMinor: minor("discount_minor").notNull().default(0),
    totalMinor: minor("total_minor").notNull(),
    /** Secret for the buyer's order status page. */
    statusToken: text("status_token").notNull(),
    placedAt: tstz("placed_at").notNull(),
    paidAt: tstz("paid_at"),
    shippedAt: tstz("shipped_at"),
    /** Who carries the parcel and its tracking number, given on Ship and shown to the buyer. */
    carrier: text("carrier"),
    trackingNumber: text("tracking_number"),
    deliveredAt: tstz("delivered_at"),
    completedAt: tstz("completed_at"),
    cancelledAt: tstz("cancelled_at"),
  },
  (t) => [
    uniqueIndex("orders_shop_external_key").on(t.shopId, t.externalId),
    uniqueIndex("orders_status_token_key").on(t.statusToken),
    index("orders_shop_placed_idx").on(t.shopId, t.placedAt),
    // Both or neither, each 1 to 60 characters.
    check("orders_tracking_chk", sql`(${t.carrier} is null) = (${t.trackingNumber} is null) and coalesce(char_length(${t.carrier}) between 1 and 60 and char_length(${t.trackingNumber}) between 1 and 60, true)`),
    check("orders_amounts_chk", sql`${t.subtotalMinor} >= 0 and ${t.discountMinor} >= 0 and ${t.totalMinor} >= 0`),
  ],
);

export const orderLines = pgTable(
  "order_lines",
  {
    id: text("id").primaryKey(),
    orderId: text("order_id").notNull().references(() => orders.id),
    /** The seller's line id (API) or a position ("1", "2", ...) for storefront orders. */
    lineRef: text("line_ref").notNull(),
    productId: text("product_id").notNull().references(() => products.id),
    quantity: integer("quantity").notNull(),
    unitPriceMinor: minor("unit_price_minor").notNull(),
    discountMinor: minor("discount_minor").notNull().default(0),
    /** What the buyer paid for the line: the commission base (after discounts, before shipping and tax). */
    paidMinor: minor("paid_minor").notNull(),
    refundedQuantity: integer("refunded_quantity").notNull().default(0),
    cancelledQuantity: integer("cancelled_quantity").notNull().default(0),
  },
  (t) => [
    uniqueIndex("order_lines_order_ref_key").on(t.orderId, t.lineRef),
    index("order_lines_product_idx").on(t.productId),
    check("order_lines_quantity_chk", sql`${t.quantity} > 0`),
    check("order_lines_refund_chk", sql`${t.refundedQuantity} + ${t.cancelledQuantity} between 0 and ${t.quantity}`),
    check("order_lines_paid_chk", sql`${t.paidMinor} >= 0 and ${t.discountMinor} >= 0`),
  ],
);

export const orderEvents = pgTable(
  "order_events",
  {
    id: text("id").primaryKey(),
    orderId: text("order_id").notNull().references(() => orders.id),
    /** Client-chosen id from the conversion API: the same event sent twice is applied once. */
    eventRef: text("event_ref").notNull(),
    type: orderEventTypeEnum("type").notNull(),
    occurredAt: tstz("occurred_at").notNull(),
    lines: jsonb("lines").$type<{ lineRef: string; quantity: number }[]>(),
    recordedAt: tstz("recorded_at").notNull(),
  },
  (t) => [uniqueIndex("order_events_order_ref_key").on(t.orderId, t.eventRef)],
);

export type Order = typeof orders.$inferSelect;
export type OrderLine = typeof orderLines.$inferSelect;
export type OrderState = (typeof orderStateEnum.enumValues)[number];
