import "server-only";
import { z } from "zod";
import { orderEventTypeEnum } from "@/db/schema";
import { invalidFields } from "@/lib/errors";
import { minorUnitsField as minorUnits } from "./money";
import { storableText } from "./text";

/**
 * The conversion API's request bodies. Money is in integer minor units. The OpenAPI document
 * (/api/v1/openapi.json, lib/api/openapi.ts) is generated from these schemas: a field's
 * `.describe()` is its documentation there, and every limit documented is the one checked here.
 */
const isoTime = z.iso
  .datetime({ offset: true, error: "Must be an ISO 8601 time with a zone, like 2026-11-22T10:00:00Z" })
  .transform((s) => new Date(s))
  .refine((d) => d.getUTCFullYear() >= 1970 && d.getUTCFullYear() <= 9999, "Must be a time between the years 1970 and 9999");
// PostgreSQL's text holds neither NUL nor a lone UTF-16 surrogate (JSON can carry one as \ud800): the one rule of ./text.
const text = (error?: string) => storableText({ error, message: "Contains a character that is not allowed (NUL or a lone surrogate)" });
const ref = (what: string) => text(`${what} is required`).trim().min(1, `${what} is required`).max(128, "At most 128 characters");

/** How far ahead of the server's clock an occurred_at may be: clock skew between two servers, not a sale still to come. */
export const MAX_OCCURRED_AT_AHEAD_MS = 5 * 60_000;

/**
 * Refuses an occurred_at more than 5 minutes after `at` (the request's time) with 422 naming the
 * field. Checked by the endpoint rather than built into the schemas, which are made once, not per request.
 */
export function refuseFutureOccurredAt(occurredAt: Date, at: Date): void {
  if (occurredAt.getTime() - at.getTime() > MAX_OCCURRED_AT_AHEAD_MS) {
    throw invalidFields({ occurred_at: "Must not be more than 5 minutes after the server's time: send when it happened, not when it will" });
  }
}

const OCCURRED_AT = "With a time zone; from the year 1970 to at most 5 minutes after the server's time (a later time is 422)";

/** One line of a reported order (components.schemas.OrderLine of the document). */
export const conversionLineSchema = z
  .object({
    line_id: ref("line_id").describe("Your id for the line, unique within the order"),
    product_id: text().trim().max(64).optional().describe("The portal's product id (give this or sku)"),
    sku: text().trim().max(64).optional().describe("Your SKU (give this or product_id)"),
    quantity: z.number({ error: "quantity is required" }).int("Must be a whole number").min(1, "Must be more than 0").max(100_000, "Too many units"),
    unit_price: minorUnits.describe("Minor units (cents; whole dong for VND)"),
    discount: minorUnits.optional().default(0).describe("Minor units off this line"),
  })
  .refine((l) => l.product_id || l.sku, { message: "Give product_id or sku", path: ["product_id"] })
  .refine((l) => l.discount <= l.unit_price * l.quantity, { message: "The discount is larger than the line", path: ["discount"] });

export const conversionOrderSchema = z.object({
  external_id: ref("external_id"),
  occurred_at: isoTime.describe(OCCURRED_AT),
  currency: z.string({ error: "currency is required" }).regex(/^[A-Z]{3}$/, "An ISO 4217 code, like USD").describe("Your shop's currency (ISO 4217)"),
  click_id: text().trim().max(64).nullable().optional().default(null),
  // Optional, and absent rather than null when not sent, so the fingerprint of earlier requests is unchanged.
  buyer_email: z
    .email({ error: "Must be an e-mail address" })
    .max(254, "At most 254 characters")
    .optional()
    .describe("The buyer's e-mail, if you know it: a creator buying through their own link earns nothing"),
  lines: z
    .array(conversionLineSchema, { error: "lines must be a list" })
    .min(1, "An order needs at least one line")
    .max(200, "At most 200 lines")
    .refine((lines) => new Set(lines.map((l) => l.line_id)).size === lines.length, { message: "line_id values must be unique" })
    // Amounts stay exact integers (and fit the database's bigint): no real order comes near this.
    .refine((lines) => lines.reduce((sum, l) => sum + l.unit_price * l.quantity, 0) <= Number.MAX_SAFE_INTEGER, { message: "The order's total is larger than any amount this API accepts" }),
});

export type ConversionOrder = z.infer<typeof conversionOrderSchema>;

/** Every order event but "placed", which only the portal's own checkout records. */
type ApiOrderEventType = Exclude<(typeof orderEventTypeEnum.enumValues)[number], "placed">;
export const ORDER_EVENT_TYPES = orderEventTypeEnum.enumValues.filter((type): type is ApiOrderEventType => type !== "placed") as [ApiOrderEventType, ...ApiOrderEventType[]];

const shipmentText = (what: string) => text().trim().min(1, `${what} must not be empty`).max(60, "At most 60 characters").optional();

export const orderEventSchema = z
  .object({
    event_id: ref("event_id"),
    type: z.enum(ORDER_EVENT_TYPES, { error: `type must be one of ${ORDER_EVENT_TYPES.join(", ")}` }),
    occurred_at: isoTime.describe(OCCURRED_AT),
    lines: z
      .array(z.object({ line_id: ref("line_id"), quantity: z.number().int("Must be a whole number").min(1, "Must be more than 0") }))
      .max(200)
      .optional(),
    carrier: shipmentText("carrier").describe("shipped only, with tracking_number: who carries the parcel; the buyer sees it on their order page"),
    tracking_number: shipmentText("tracking_number").describe("shipped only, with carrier: the parcel's tracking number"),
  })
  // Both or neither, and only when the order ships: a tracking number on another event would be dropped silently.
  .superRefine((event, ctx) => {
    const given = event.carrier !== undefined || event.tracking_number !== undefined;
    if (given && event.type !== "shipped") ctx.addIssue({ code: "custom", path: [event.carrier !== undefined ? "carrier" : "tracking_number"], message: "Only a shipped event takes carrier and tracking_number" });
    else if (event.carrier !== undefined && event.tracking_number === undefined) ctx.addIssue({ code: "custom", path: ["tracking_number"], message: "Send tracking_number with carrier" });
    else if (event.tracking_number !== undefined && event.carrier === undefined) ctx.addIssue({ code: "custom", path: ["carrier"], message: "Send carrier with tracking_number" });
  });

export type OrderEventInput = z.infer<typeof orderEventSchema>;
