import "server-only";
import { z } from "zod";
import { orderSourceEnum, orderStateEnum, type OrderState } from "@/db/schema";
import { isId } from "@/lib/ids";
import { dayRange, oneOf, pageNumber } from "./search-params";

/** Shared by the seller's order pages, their actions and the tests: every rule lives here once. */

export const ORDER_STATES = orderStateEnum.enumValues;
export const ORDER_SOURCES = orderSourceEnum.enumValues;

/** What a seller does to a whole order; refunds go line by line (refundLineSchema). */
export const SELLER_ORDER_COMMANDS = ["ship", "deliver", "complete", "cancel"] as const;
export type SellerOrderCommand = (typeof SELLER_ORDER_COMMANDS)[number];

const orderId = z.string().refine((value) => isId(value, "ord"), "The order was not found.");

export const orderCommandSchema = z.object({
  orderId,
  command: z.enum(SELLER_ORDER_COMMANDS, { error: "Choose what to do with the order" }),
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
