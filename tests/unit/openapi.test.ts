import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { orderStateEnum } from "@/db/schema";
import { openApiDocument } from "@/lib/api/openapi";
import { conversionOrderSchema, ORDER_EVENT_TYPES, orderEventSchema } from "@/lib/validation/conversion";

type Json = Record<string, unknown>;
type Path = (string | number)[];

const doc = openApiDocument as unknown as Json & { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json> } };
const bodyOf = (path: string) => ((doc.paths[path]!.post!.requestBody as Json).content as Record<string, { schema: Json }>)["application/json"]!.schema;

const validOrder = {
  external_id: "ext-1",
  occurred_at: "2026-11-22T10:00:00Z",
  currency: "USD",
  click_id: "clk_1",
  buyer_email: "buyer@example.com",
  lines: [{ line_id: "l1", product_id: "prd_1", sku: "SKU-1", quantity: 2, unit_price: 1000, discount: 0 }],
};
const validEvent = { event_id: "evt-1", type: "refunded", occurred_at: "2026-11-22T10:00:00Z", lines: [{ line_id: "l1", quantity: 1 }] };

const BODIES = [
  { name: "POST /api/v1/orders", schema: conversionOrderSchema as z.ZodType, doc: bodyOf("/api/v1/orders"), valid: validOrder },
  { name: "POST /api/v1/orders/{external_id}/events", schema: orderEventSchema as z.ZodType, doc: bodyOf("/api/v1/orders/{external_id}/events"), valid: validEvent },
];

const LIMITS = ["maxLength", "minLength", "maxItems", "minItems", "minimum", "maximum", "enum"] as const;

/** Every documented node with a limit, with the path of the value it describes (array items as index 0). */
function limitedNodes(node: Json, path: Path = []): { path: Path; node: Json }[] {
  const found = LIMITS.some((limit) => limit in node) ? [{ path, node }] : [];
  for (const branch of (node.anyOf as Json[] | undefined) ?? []) found.push(...limitedNodes(branch, path));
  for (const [key, child] of Object.entries((node.properties as Record<string, Json> | undefined) ?? {})) found.push(...limitedNodes(child, [...path, key]));
  if (node.items) found.push(...limitedNodes(node.items as Json, [...path, 0]));
  return found;
}

function withValue(base: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

const valueAt = (base: unknown, path: Path) => path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], base);

/** The schema's own refusals of the value at `path` (its type, length, range or enum), leaving aside rules across fields. */
function refusedAt(schema: z.ZodType, body: unknown, path: Path): boolean {
  const result = schema.safeParse(body);
  return !result.success && result.error.issues.some((issue) => issue.code !== "custom" && JSON.stringify(issue.path) === JSON.stringify(path));
}

const text = (length: number, node: Json) => (node.format === "email" ? `${"a".repeat(Math.max(1, length - 12))}@example.com` : "x".repeat(length));
/** n items like the first, each with its own line_id. */
const items = (first: unknown, n: number) => Array.from({ length: n }, (_, i) => (typeof first === "object" && first && "line_id" in first ? { ...first, line_id: `l${i}` } : first));

describe("the OpenAPI document is the API's schemas", () => {
  for (const body of BODIES) {
    describe(body.name, () => {
      const nodes = limitedNodes(body.doc);

      it("documents limits, and the example body passes", () => {
        expect(nodes.length).toBeGreaterThanOrEqual(5);
        expect(body.schema.safeParse(body.valid).success).toBe(true);
      });

      for (const { path, node } of nodes) {
        it(`${path.join(".") || "(body)"}: ${LIMITS.filter((l) => l in node).map((l) => `${l} ${JSON.stringify(node[l])}`).join(", ")} is what the schema accepts`, () => {
          const check = (value: unknown, refused: boolean) => expect(refusedAt(body.schema, withValue(body.valid, path, value), path), `${path.join(".")} = ${JSON.stringify(value)?.slice(0, 40)}`).toBe(refused);
          if (typeof node.maxLength === "number") {
            check(text(node.maxLength, node), false);
            check(text(node.maxLength + 1, node), true);
          }
          if (typeof node.minLength === "number") {
            check(text(node.minLength, node), false);
            if (node.minLength > 0) check(text(node.minLength - 1, node), true);
          }
          if (typeof node.maximum === "number") {
            check(node.maximum, false);
            check(node.maximum + (node.maximum >= Number.MAX_SAFE_INTEGER ? 2 : 1), true);
          }
          if (typeof node.minimum === "number") {
            check(node.minimum, false);
            check(node.minimum - 1, true);
          }
          const first = (valueAt(body.valid, path) as unknown[] | undefined)?.[0];
          if (typeof node.maxItems === "number") {
            check(items(first, node.maxItems), false);
            check(items(first, node.maxItems + 1), true);
          }
          if (typeof node.minItems === "number") {
            check(items(first, node.minItems), false);
            if (node.minItems > 0) check(items(first, node.minItems - 1), true);
          }
          if (Array.isArray(node.enum)) {
            for (const value of node.enum) check(value, false);
            check("not-one-of-them", true);
          }
        });
      }
    });
  }

  it("documents every field of each body, and requires what the schema requires", () => {
    const order = bodyOf("/api/v1/orders");
    expect(Object.keys(order.properties as Json).sort()).toEqual(Object.keys(conversionOrderSchema.shape).sort());
    expect(order.required).toEqual(["external_id", "occurred_at", "currency", "lines"]);
    const event = bodyOf("/api/v1/orders/{external_id}/events");
    expect(Object.keys(event.properties as Json).sort()).toEqual(Object.keys(orderEventSchema.shape).sort());
    expect(event.required).toEqual(["event_id", "type", "occurred_at"]);
  });

  it("the limits that had drifted from the schemas now match them: quantity, line count, id lengths", () => {
    const orderLine = ((bodyOf("/api/v1/orders").properties as Record<string, Json>).lines!.items as Json).properties as Record<string, Json>;
    expect(orderLine.quantity).toMatchObject({ type: "integer", minimum: 1, maximum: 100_000 });
    expect(orderLine.product_id).toMatchObject({ maxLength: 64 });
    expect(orderLine.sku).toMatchObject({ maxLength: 64 });
    expect(doc.components.schemas.OrderLine).toEqual((bodyOf("/api/v1/orders").properties as Record<string, Json>).lines!.items);
    const click = (bodyOf("/api/v1/orders").properties as Record<string, Json>).click_id!;
    expect(click.anyOf).toContainEqual({ type: "string", maxLength: 64 });
    const eventLines = (bodyOf("/api/v1/orders/{external_id}/events").properties as Record<string, Json>).lines!;
    expect(eventLines.maxItems).toBe(200);
    expect(((eventLines.items as Json).properties as Record<string, Json>).line_id).toMatchObject({ maxLength: 128 });
    for (const path of ["/api/v1/orders/{external_id}", "/api/v1/orders/{external_id}/events"]) {
      const operation = Object.values(doc.paths[path]!)[0] as { parameters: { schema: Json }[] };
      expect(operation.parameters[0]!.schema).toMatchObject({ type: "string", maxLength: 128 });
    }
  });

  it("takes its enums from the schemas: event types, and an order's states from the database enum", () => {
    expect((bodyOf("/api/v1/orders/{external_id}/events").properties as Record<string, Json>).type!.enum).toEqual(ORDER_EVENT_TYPES);
    const order = ((doc.components.schemas.Order!.properties as Record<string, Json>).order!.properties as Record<string, Json>).state!;
    expect(order.enum).toEqual(orderStateEnum.enumValues);
  });

  it("keeps the descriptions, security and paths of the contract", () => {
    expect(Object.keys(doc.paths)).toEqual(["/api/v1/orders", "/api/v1/orders/{external_id}", "/api/v1/orders/{external_id}/events", "/api/v1/ping"]);
    expect(doc.security).toEqual([{ bearer: [] }]);
    const order = bodyOf("/api/v1/orders").properties as Record<string, Json>;
    expect(order.occurred_at!.description).toMatch(/^With a time zone; from the year 1970/);
    expect(order.currency!.description).toBe("Your shop's currency (ISO 4217)");
    expect(((order.lines!.items as Json).properties as Record<string, Json>).unit_price!.description).toBe("Minor units (cents; whole dong for VND)");
    expect(JSON.stringify(doc)).not.toContain('"$schema"');
  });
});
