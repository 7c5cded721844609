import "server-only";

/**
 * The conversion API's contract, served at /api/v1/openapi.json and rendered at /docs/api.
 * Kept next to the validation schemas it describes (lib/validation/conversion.ts).
 */
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

const line = {
  type: "object",
  required: ["line_id", "quantity", "unit_price"],
  properties: {
    line_id: { type: "string", maxLength: 128, description: "Your id for the line, unique within the order" },
    product_id: { type: "string", description: "The portal's product id (give this or sku)" },
    sku: { type: "string", description: "Your SKU (give this or product_id)" },
    quantity: { type: "integer", minimum: 1 },
    unit_price: { type: "integer", minimum: 0, description: "Minor units (cents; whole dong for VND)" },
    discount: { type: "integer", minimum: 0, default: 0, description: "Minor units off this line" },
  },
};

const orderOut = {
  type: "object",
  properties: {
    order: {
      type: "object",
      properties: {
        id: { type: "string" },
        external_id: { type: "string" },
        state: { type: "string", enum: ["placed", "paid", "shipped", "delivered", "completed", "cancelled", "refunded"] },
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
              schema: {
                type: "object",
                required: ["external_id", "occurred_at", "currency", "lines"],
                properties: {
                  external_id: { type: "string", maxLength: 128 },
                  occurred_at: { type: "string", format: "date-time", description: "With a time zone; from the year 1970 to at most 5 minutes after the server's time (a later time is 422)" },
                  currency: { type: "string", description: "Your shop's currency (ISO 4217)" },
                  click_id: { type: ["string", "null"] },
                  buyer_email: { type: "string", format: "email", maxLength: 254, description: "The buyer's e-mail, if you know it: a creator buying through their own link earns nothing" },
                  lines: { type: "array", minItems: 1, maxItems: 200, items: line },
                },
              },
            },
          },
        },
        responses: responses({ "201": { description: "Created", content: { "application/json": { schema: orderOut } } }, "200": { description: "Replayed", content: { "application/json": { schema: orderOut } } } }),
      },
    },
    "/api/v1/orders/{external_id}": {
      get: {
        summary: "An order with its lines, states and commissions",
        parameters: [{ name: "external_id", in: "path", required: true, schema: { type: "string", maxLength: 128 }, description: "An id that names no order of your shop (one with a NUL, say) answers 404" }],
        responses: responses({ "200": { description: "The order", content: { "application/json": { schema: orderOut } } } }),
      },
    },
    "/api/v1/orders/{external_id}/events": {
      post: {
        summary: "Report what happened to an order",
        description:
          "Applied once per event_id: the same event again (same type and lines) answers 200; the same event_id with another type or other lines answers 409. shipped, delivered, completed, cancelled (before shipping), refunded (lines with quantities for a partial refund; without lines everything still open). An event the order's state does not allow answers 409.",
        parameters: [{ name: "external_id", in: "path", required: true, schema: { type: "string", maxLength: 128 }, description: "An id that names no order of your shop (one with a NUL, say) answers 404" }],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["event_id", "type", "occurred_at"],
                properties: {
                  event_id: { type: "string", maxLength: 128 },
                  type: { type: "string", enum: ["paid", "shipped", "delivered", "completed", "cancelled", "refunded"] },
                  occurred_at: { type: "string", format: "date-time", description: "With a time zone; from the year 1970 to at most 5 minutes after the server's time (a later time is 422)" },
                  lines: { type: "array", items: { type: "object", required: ["line_id", "quantity"], properties: { line_id: { type: "string" }, quantity: { type: "integer", minimum: 1 } } } },
                },
              },
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
} as const;
