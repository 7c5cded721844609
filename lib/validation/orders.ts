import "server-only";
import { z } from "zod";
import { commissionStateEnum, orderSourceEnum, orderStateEnum, type OrderState } from "@/db/schema";
import { isId } from "@/lib/ids";
import { dayRange, oneOf, pageNumber } from "./search-params";

/** Shared by the seller's order pages, their actions and the tests: every rule lives here once. */

export const ORDER_STATES = orderStateEnum.enumValues;
export const ORDER_SOURCES = orderSourceEnum.enumValues;

/** What a seller does to a whole order; refunds go line by line (refundLineSchema). */
export const SELLER_ORDER_COMMANDS = ["ship", "deliver", "complete", "cancel"] as const;
export type SellerOrderCommand = (typeof SELLER_ORDER_COMMANDS)[number];

const orderId = z.string().refine((value) => isId(value, "ord"), "The order was not found.");

// Trimmed; an empty field is no value (the form sends both fields, filled or not).
const shipmentText = z
  .string()
  .trim()
  .max(60, "Use at most 60 characters")
  .optional()
  .transform((value) => value || undefined);

/**
 * Ship, deliver, complete or cancel one order. On Ship, a carrier and a tracking number may be given:
 * both or neither (the buyer sees them on their order page, and one without the other tells them nothing).
 */
export const orderCommandSchema = z
  .object({
    orderId,
    command: z.enum(SELLER_ORDER_COMMANDS, { error: "Choose what to do with the order" }),
    carrier: shipmentText,
    trackingNumber: shipmentText,
  })
  .superRefine((value, ctx) => {
    if (value.command !== "ship") return;
    if (value.carrier && !value.trackingNumber) ctx.addIssue({ code: "custom", path: ["trackingNumber"], message: "Enter the tracking number too, or leave both empty" });
    if (value.trackingNumber && !value.carrier) ctx.addIssue({ code: "custom", path: ["carrier"], message: "Enter the carrier too, or leave both empty" });
  });

/** What can be done to many orders at once from the list; cancelling stays one order at a time, confirmed. */
export const BULK_ORDER_COMMANDS = ["ship", "complete"] as const;
export type BulkOrderCommand = (typeof BULK_ORDER_COMMANDS)[number];
export const MAX_BULK_ORDERS = 100;

const SELECT_ONE = "Select at least one order.";
export const bulkOrderCommandSchema = z.object({
  command: z.enum(BULK_ORDER_COMMANDS, { error: "Choose what to do with the order" }),
  ids: z
    .array(orderId, { error: SELECT_ONE })
    .min(1, SELECT_ONE)
    .max(MAX_BULK_ORDERS, "Select at most 100 orders at once."),
});

export const refundLineSchema = z.object({
  orderId,
  lineRef: z.string().min(1, "Choose a line").max(100),
  quantity: z.coerce
    .number({ error: "Enter how many units to refund" })
    .int("Whole units only")
    .min(1, "Refund at least one unit")
    .max(100_000, "That is more units than the line has"),
});

/** The order list's query-string keys, read with readSearchParams (one string or nothing each). */
export const ORDER_LIST_KEYS = ["state", "from", "to", "product", "creator", "source", "page"] as const;
export type OrderListQuery = { [K in (typeof ORDER_LIST_KEYS)[number]]?: string };

export type OrderListFilters = {
  state?: OrderState;
  source?: (typeof ORDER_SOURCES)[number];
  /** Placed at or after this instant. */
  placedFrom?: Date;
  /** Placed before this instant (the day after the "to" date: the whole "to" day is included). */
  placedBefore?: Date;
  /** Title or SKU of a product on the order. */
  product?: string;
  /** Handle of a creator who earns on the order, without the "@". */
  creator?: string;
  page: number;
};

/** The order list's query string as filters; unexpected values fall back to "all" instead of failing. */
export function orderListFilters(query: OrderListQuery, timeZone: string): OrderListFilters {
  const { from, before } = dayRange(query, timeZone);
  const creator = query.creator?.trim().replace(/^@/, "").slice(0, 60);
  const product = query.product?.trim().slice(0, 100);
  return {
    state: oneOf(query.state, ORDER_STATES),
    source: oneOf(query.source, ORDER_SOURCES),
    placedFrom: from,
    placedBefore: before,
    product: product || undefined,
    creator: creator || undefined,
    page: pageNumber(query.page),
  };
}

/** The shop's commission export's query-string keys (/seller/commissions.csv): state, the days earned, a creator. */
export const SHOP_COMMISSION_KEYS = ["state", "from", "to", "creator"] as const;
export type ShopCommissionQuery = { [K in (typeof SHOP_COMMISSION_KEYS)[number]]?: string };

export type ShopCommissionListFilters = {
  state?: (typeof commissionStateEnum.enumValues)[number];
  /** Earned at or after this instant. */
  earnedFrom?: Date;
  /** Earned before this instant (the day after the "to" date). */
  earnedBefore?: Date;
  creator?: string;
};

/** The commission export's query string as filters; unexpected values fall back to "all", as the order list's do. */
export function shopCommissionFilters(query: ShopCommissionQuery, timeZone: string): ShopCommissionListFilters {
  const { from, before } = dayRange(query, timeZone);
  const creator = query.creator?.trim().replace(/^@/, "").slice(0, 60);
  return { state: oneOf(query.state, commissionStateEnum.enumValues), earnedFrom: from, earnedBefore: before, creator: creator || undefined };
}
