import "server-only";
import { z } from "zod";
import { orderStateEnum } from "@/db/schema";
import { conversionLineSchema, conversionOrderSchema, orderEventSchema } from "@/lib/validation/conversion";

/**
 * The conversion API's contract, served at /api/v1/openapi.json and rendered at /docs/api.
 * The request bodies are generated from the validation schemas (lib/validation/conversion.ts) with
 * zod's toJSONSchema, so every documented limit is the one the API checks
 * (tests/unit/openapi.test.ts); descriptions come from each field's `.describe()`. Only the
 * answers, which no schema parses, are written here.
 */
type JsonSchema = Record<string, unknown>;

/** A request body as JSON Schema (what a client sends: defaults are optional). */
export function requestSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io: "input",
    target: "draft-2020-12",
    // zod's own regular expressions for date-time and e-mail are an implementation detail: the format says it.
    override: ({ jsonSchema }) => {
      if (jsonSchema.format === "date-time" || jsonSchema.format === "email") delete jsonSchema.pattern;
    },
  }) as JsonSchema;
  delete json.$schema;
  return json;
}

const error = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: { code: { type: "string" }, message: { type: "string" }, fields: { type: "object", additionalProperties: { type: "string" } } },
    },
  },
};

const line = requestSchema(conversionLineSchema);

const orderOut = {
  type: "object",
  properties: {
    order: {
      type: "object",
      properties: {
        id: { type: "string" },
        external_id: { type: "string" },
        state: { type: "string", enum: orderStateEnum.enumValues },
        currency: { type: "string" },
        occurred_at: { type: "string", format: "date-time" },
        subtotal: { type: "integer" },
        discount: { type: "integer" },
        total: { type: "integer" },
        lines: {
          type: "array",
          items: {
            type: "object",
            properties: {
              line_id: { type: "string" },
              product_id: { type: "string" },
              sku: { type: "string" },
              quantity: { type: "integer" },
              paid: { type: "integer", description: "What the buyer paid for the line: the commission base" },
              refunded_quantity: { type: "integer" },
              cancelled_quantity: { type: "integer" },
              attribution: {
                type: "object",
                description: "earns with the creator's handle, link code and click id; or why nothing earns (no_click, click_too_old, link_expired, no_plan)",
              },
              commission: { type: ["object", "null"], description: "id, state, amount, rate_bps, flat_fee, plan, plan_id" },
            },
          },
        },
      },
    },
  },
};

const externalIdParameter = {
  name: "external_id",
  in: "path",
  required: true,
  schema: requestSchema(conversionOrderSchema.shape.external_id),
  description: "An id that names no order of your shop (one with a NUL, say) answers 404",
};

const responses = (ok: Record<string, unknown>) => ({
  ...ok,
  "401": { description: "Missing, unknown or revoked key; bad signature; timestamp more than 5 minutes off", content: { "application/json": { schema: error } } },
  "404": { description: "No such order in your shop", content: { "application/json": { schema: error } } },
  "409": { description: "Conflicts with what is there (an external_id reused with other content; an event the order's state does not allow)", content: { "application/json": { schema: error } } },
  "413": { description: "Body larger than 256 KB", content: { "application/json": { schema: error } } },
  "422": { description: "Validation failed; error.fields names each failing field", content: { "application/json": { schema: error } } },
});

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Linkshare conversion API",
    version: "1.0.0",
    description:
      "Report orders from your own checkout so creators earn on them. Every request carries `Authorization: Bearer <api key>` and `X-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\" with your signing secret>` (GET requests sign the empty body). Keys and secrets are created on your seller pages (API keys).",
  },
  servers: [{ url: "/" }],
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    schemas: { Error: error, OrderLine: line, Order: orderOut },
  },
  security: [{ bearer: [] }],
  paths: {
    "/api/v1/orders": {
      post: {
        summary: "Record a paid order",
        description:
          "Creates the order as paid at occurred_at and attributes each line to the buyer's last qualifying click (click_id is the aff_click value the short link appended). The exact same request again answers 200 with the same body and creates nothing; the same external_id with other content answers 409.",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: requestSchema(conversionOrderSchema),
            },
          },
        },
        responses: responses({ "201": { description: "Created", content: { "application/json": { schema: orderOut } } }, "200": { description: "Replayed", content: { "application/json": { schema: orderOut } } } }),
      },
    },
    "/api/v1/orders/{external_id}": {
      get: {
        summary: "An order with its lines, states and commissions",
        parameters: [externalIdParameter],
        responses: responses({ "200": { description: "The order", content: { "application/json": { schema: orderOut } } } }),
      },
    },
    "/api/v1/orders/{external_id}/events": {
      post: {
        summary: "Report what happened to an order",
        description:
          "Applied once per event_id: the same event again (same type and lines) answers 200; the same event_id with another type or other lines answers 409. shipped, delivered, completed, cancelled (before shipping), refunded (lines with quantities for a partial refund; without lines everything still open). A shipped event may carry carrier and tracking_number (both or neither, 1 to 60 characters each), which the buyer sees on their order page. An event the order's state does not allow answers 409.",
        parameters: [externalIdParameter],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: requestSchema(orderEventSchema),
            },
          },
        },
        responses: responses({ "201": { description: "Applied", content: { "application/json": { schema: orderOut } } }, "200": { description: "Already applied", content: { "application/json": { schema: orderOut } } } }),
      },
    },
    "/api/v1/ping": {
      get: { summary: "Check your key, secret and signing code", responses: responses({ "200": { description: "Your shop" } }) },
    },
  },
};
