import { setDatabaseForTests } from "@/db";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq, inArray, sql } from "drizzle-orm";
import { GET as getOrder } from "@/app/api/v1/orders/[externalId]/route";
import { POST as postEvent } from "@/app/api/v1/orders/[externalId]/events/route";
import { POST as postOrder } from "@/app/api/v1/orders/route";
import type { DbHandle } from "@/db/client";
import { insertClicks } from "@/db/queries/links";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { createApiKey, type CreatedApiKey } from "@/lib/api/key-commands";
import { answerDirectly } from "@/lib/api/node";
import { signPayload } from "@/lib/api/signature";
import { addDays, addHours } from "@/lib/clock";
import { ConflictError, UserFacingError } from "@/lib/errors";
import { findConversion, recordConversions } from "@/lib/orders/conversions";
import { conversionOrderSchema } from "@/lib/validation/conversion";
import { getOrCreateLink } from "@/lib/links/generate";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date();
const BASE = "http://localhost/api/v1/orders";
let handle: DbHandle;
let key: CreatedApiKey;
let shop: t.Shop;
let product: t.Product;
let otherShopProduct: t.Product;
let clickId: string;

const db = () => handle.db;

type Credentials = Pick<CreatedApiKey, "key" | "signingSecret">;

function signedInit(method: "GET" | "POST", body = "", credentials: Credentials = key, timestamp = Math.floor(Date.now() / 1000)): RequestInit & { headers: Record<string, string> } {
  return {
    method,
    body: method === "GET" ? undefined : body,
    headers: { Authorization: `Bearer ${credentials.key}`, "X-Signature": signPayload(credentials.signingSecret, timestamp, body), "Content-Type": "application/json" },
  };
}

function signed(url: string, method: "GET" | "POST", body = "", credentials: Credentials = key, timestamp?: number) {
  return new Request(url, signedInit(method, body, credentials, timestamp));
}

// The server process answers POST /api/v1/orders itself (lib/api/node.ts): the same listener on a real loopback port.
let direct: http.Server;
let directUrl = "";

const baseOrderBody = (externalId: string, overrides: Record<string, unknown> = {}) => ({
  external_id: externalId,
  occurred_at: addHours(NOW, -1).toISOString(),
  currency: "USD",
  click_id: clickId,
  lines: [
    { line_id: "a", product_id: product.id, quantity: 2, unit_price: 5000, discount: 500 },
    { line_id: "b", sku: "BRI-0016", quantity: 1, unit_price: 2000 },
  ],
  ...overrides,
});

const post = (body: unknown, credentials?: Credentials) => postOrder(signed(BASE, "POST", typeof body === "string" ? body : JSON.stringify(body), credentials));
const params = (externalId: string) => ({ params: Promise.resolve({ externalId }) });
const event = (externalId: string, body: unknown) => postEvent(signed(`${BASE}/${externalId}/events`, "POST", JSON.stringify(body)), params(externalId));
const ordersCount = async () => (await db().select({ n: count() }).from(t.orders))[0]!.n;

beforeAll(async () => {
  direct = http.createServer((req, res) => {
    if (!answerDirectly(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => direct.listen(0, "127.0.0.1", resolve));
  directUrl = `http://127.0.0.1:${(direct.address() as AddressInfo).port}/api/v1/orders`;
  handle = await createTestDatabase();
  await seedDemo(db(), addDays(NOW, -1));
  setDatabaseForTests(handle);
  const seller = (await findUserByEmail(db(), "seller@demo.test"))!;
  shop = (await db().select().from(t.shops).where(eq(t.shops.ownerUserId, seller.id)))[0]!;
  key = await createApiKey(db(), { shop, at: NOW }, { name: "Checkout" });
  product = (await db().select().from(t.products).where(eq(t.products.sku, "BRI-0012")))[0]!;
  otherShopProduct = (await db().select().from(t.products).where(eq(t.products.sku, "SAI-0002")))[0]!;
  const mai = (await findUserByEmail(db(), "mai@demo.test"))!;
  const { link } = await getOrCreateLink(db(), { creatorId: mai.id, target: { type: "product", productId: product.id }, channel: "blog", subId: "api", at: addDays(NOW, -1) });
  clickId = "clk_apitestclick000000000000";
  await insertClicks(db(), [{ id: clickId, linkId: link.id, clickedAt: addHours(NOW, -2), visitorId: "v_ApiVisitor0000000000000", ipHash: null, userAgent: null, referrer: null, isBot: false, earning: true, uniqueCandidate: true }]);
});
afterAll(async () => {
  direct?.closeAllConnections();
  await new Promise((resolve) => direct?.close(resolve));
  setDatabaseForTests(undefined);
  await handle?.close();
});

// Every case twice: through Next's route handler and through the server's direct route, with their own external ids.
describe.each([
  { path: "Next's route handler", prefix: "", send: (init: RequestInit) => postOrder(new Request(BASE, init)) },
  { path: "the server's direct route (node:http)", prefix: "direct-", send: (init: RequestInit) => fetch(directUrl, init) },
])("POST /api/v1/orders through $path", ({ prefix, send }) => {
  const orderBody = (externalId: string, overrides: Record<string, unknown> = {}) => baseOrderBody(prefix + externalId, overrides);
  const post = (body: unknown, credentials?: Credentials) => send(signedInit("POST", typeof body === "string" ? body : JSON.stringify(body), credentials));

  it("creates the order and attributes each line: the clicked product earns, the other says why not", async () => {
    const response = await post(orderBody("ext-1001"));
    expect(response.status).toBe(201);
    const { order } = (await response.json()) as { order: { state: string; lines: { line_id: string; paid: number; attribution: { earns: boolean; reason?: string; creator?: string }; commission: { amount: number; state: string } | null }[] } };
    expect(order.state).toBe("paid");
    const [a, b] = order.lines;
    expect(a).toMatchObject({ line_id: "a", paid: 9500, attribution: { earns: true, creator: "mai" }, commission: { state: "pending" } });
    expect(b).toMatchObject({ line_id: "b", attribution: { earns: false, reason: "no_click" }, commission: null });
  });

  it("answers the exact same request again with 200 and the same body, creating nothing", async () => {
    const body = orderBody("ext-1002");
    const first = await post(body);
    const before = await ordersCount();
    const again = await post(body);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    expect(await ordersCount()).toBe(before);
  });

  it("refuses the same external_id with a different body with 409", async () => {
    await post(orderBody("ext-1003"));
    const response = await post(orderBody("ext-1003", { lines: [{ line_id: "a", product_id: product.id, quantity: 9, unit_price: 5000 }] }));
    expect(response.status).toBe(409);
    expect((await response.json()) as object).toMatchObject({ error: { code: "conflict" } });
  });

  it("creates one order and at most one commission per line when the same order is posted 20 times at once", async () => {
    const body = orderBody("ext-race");
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(body)));
    expect(responses.map((r) => r.status).sort()).toEqual([...Array(19).fill(200), 201]);
    const orders = await db().select().from(t.orders).where(eq(t.orders.externalId, prefix + "ext-race"));
    expect(orders).toHaveLength(1);
    const commissions = await db().select().from(t.commissions).innerJoin(t.orderLines, eq(t.orderLines.id, t.commissions.orderLineId)).where(eq(t.orderLines.orderId, orders[0]!.id));
    expect(commissions).toHaveLength(1);
  });

  // Bodies are built lazily: the table is read before beforeAll has loaded the products.
  it.each<[string, () => unknown, number, string]>([
    ["invalid JSON", () => "{not json", 400, "invalid_json"],
    ["missing fields", () => ({ external_id: "x-1" }), 422, "validation_failed"],
    ["a negative quantity", () => orderBody("x-2", { lines: [{ line_id: "a", product_id: "prd_x", quantity: -1, unit_price: 100 }] }), 422, "validation_failed"],
    ["an unknown product", () => orderBody("x-3", { lines: [{ line_id: "a", product_id: "prd_doesnotexist", quantity: 1, unit_price: 100 }] }), 422, "validation_failed"],
    ["an unsupported currency", () => orderBody("x-5", { currency: "EUR" }), 422, "validation_failed"],
    ["a total beyond any real amount", () => orderBody("x-6", { lines: [{ line_id: "a", product_id: product.id, quantity: 100_000, unit_price: Number.MAX_SAFE_INTEGER }] }), 422, "validation_failed"],
    ["a huge body", () => JSON.stringify({ pad: "x".repeat(300 * 1024) }), 413, "payload_too_large"],
    // PostgreSQL's text holds neither a lone surrogate nor NUL, and its timestamps stop at 294276.
    ["a lone surrogate in external_id", () => orderBody("x-7\ud800"), 422, "validation_failed"],
    ["a NUL in line_id", () => orderBody("x-8", { lines: [{ line_id: "a\u0000", product_id: product.id, quantity: 1, unit_price: 100 }] }), 422, "validation_failed"],
    ["a time in the year 0", () => orderBody("x-9", { occurred_at: "0000-01-01T00:00:00Z" }), 422, "validation_failed"],
    ["a time in the year 2099", () => orderBody("x-10", { occurred_at: "2099-01-01T00:00:00Z" }), 422, "validation_failed"],
    ["a time ten minutes ahead of the server", () => orderBody("x-11", { occurred_at: new Date(Date.now() + 10 * 60_000).toISOString() }), 422, "validation_failed"],
  ])("answers %s with a 4xx error body and writes nothing", async (_label, body, status, code) => {
    const before = await ordersCount();
    const response = await post(body());
    expect(response.status).toBe(status);
    const json = (await response.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe(code);
    expect(await ordersCount()).toBe(before);
  });

  it("names occurred_at when it is more than 5 minutes ahead of the server's clock, and takes a little clock skew", async () => {
    const response = await post(orderBody("x-12", { occurred_at: "2099-06-01T00:00:00Z" }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty("occurred_at");
    expect((await post(orderBody("x-13", { occurred_at: new Date(Date.now() + 60_000).toISOString() }))).status).toBe(201);
  });

  it("refuses another shop's product, naming the field", async () => {
    const response = await post(orderBody("x-4", { lines: [{ line_id: "a", product_id: otherShopProduct.id, quantity: 1, unit_price: 100 }] }));
    expect(response.status).toBe(422);
    expect((await response.json()) as object).toMatchObject({ error: { fields: { "lines.0.product_id": expect.any(String) } } });
  });

  it("refuses bad signatures, old timestamps and unknown keys with 401, writing nothing", async () => {
    const before = await ordersCount();
    const body = JSON.stringify(orderBody("x-sig"));
    const tampered = signedInit("POST", body);
    expect((await send({ ...tampered, body: body.replace("x-sig", "x-sig2") })).status).toBe(401);
    expect((await send(signedInit("POST", body, key, Math.floor(Date.now() / 1000) - 305))).status).toBe(401);
    expect((await send(signedInit("POST", body, { key: "lsk_live_unknown000000", signingSecret: key.signingSecret }))).status).toBe(401);
    expect(await ordersCount()).toBe(before);
  });
});

describe("the server's direct route", () => {
  it("takes POST /api/v1/orders only (a query string allowed) and leaves every other request to Next", async () => {
    const origin = new URL(directUrl).origin;
    for (const [method, path] of [["GET", "/api/v1/orders"], ["PUT", "/api/v1/orders"], ["POST", "/api/v1/orders/"], ["POST", "/api/v1/ordersx"], ["POST", "/api/v1/orders/ext-1/events"], ["POST", "/api/v1/ping"]]) {
      // The test server answers 404 for what the direct route leaves alone.
      expect((await fetch(`${origin}${path}`, { method, body: method === "GET" ? undefined : "{}" })).status, `${method} ${path}`).toBe(404);
    }
    const unsigned = await fetch(`${directUrl}?source=shopify`, { method: "POST", body: "{}" });
    expect(unsigned.status).toBe(401);
    expect(unsigned.headers.get("content-type")).toBe("application/json");
    expect(unsigned.headers.get("www-authenticate")).toBe('Bearer realm="conversion-api"');
    expect(((await unsigned.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
  });

  it("refuses a body that passes 256 KB while it streams in (no Content-Length), writing nothing", async () => {
    const before = await ordersCount();
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(directUrl, { method: "POST", headers: { "Transfer-Encoding": "chunked" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve({ status: response.statusCode!, body: Buffer.concat(chunks).toString() }));
      });
      request.on("error", reject);
      const chunk = "x".repeat(16 * 1024);
      for (let i = 0; i < 20; i++) request.write(chunk);
      request.end();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "payload_too_large" } });
    expect(await ordersCount()).toBe(before);
  });

  it("lets a client go away in the middle of its body without harm: the next request is answered", async () => {
    await new Promise<void>((resolve) => {
      const request = http.request(directUrl, { method: "POST", headers: { "Content-Length": "1000" } });
      request.on("error", () => resolve());
      request.write("{\"external_id\":");
      setTimeout(() => {
        request.destroy();
        resolve();
      }, 50);
    });
    expect((await fetch(directUrl, { method: "POST", body: "{}" })).status).toBe(401);
  });
});

describe("orders posted together (one transaction per batch)", () => {
  const request = (body: unknown, on: t.Shop = shop) => ({ actor: { shop: on, at: NOW }, input: conversionOrderSchema.parse(body) });
  const outcome = (r: Awaited<ReturnType<typeof recordConversions>>[number]) =>
    r.ok ? r.value.status : r.error instanceof ConflictError ? 409 : r.error instanceof UserFacingError ? 422 : "error";

  it("answers each order of a batch on its own: new, replayed, reused id, bad product, another shop", async () => {
    await post(baseOrderBody("batch-old"));
    const vnShop = (await db().select().from(t.shops).where(eq(t.shops.id, otherShopProduct.shopId)))[0]!;
    const badProduct = baseOrderBody("batch-bad", { lines: [{ line_id: "a", product_id: "prd_nope", quantity: 1, unit_price: 100 }] });
    const results = await recordConversions(db(), [
      request(baseOrderBody("batch-new")),
      request(baseOrderBody("batch-new")),
      request(baseOrderBody("batch-new", { lines: [{ line_id: "z", product_id: product.id, quantity: 1, unit_price: 1 }] })),
      request(baseOrderBody("batch-old")),
      request(badProduct),
      request(badProduct),
      request(baseOrderBody("batch-usd-in-vnd", {}), vnShop),
      request(baseOrderBody("batch-vn", { currency: "VND", click_id: null, lines: [{ line_id: "a", product_id: otherShopProduct.id, quantity: 1, unit_price: 250_000 }] }), vnShop),
    ]);
    expect(results.map(outcome)).toEqual([201, 200, 409, 200, 422, 422, 422, 201]);
    expect(await db().select().from(t.orders).where(eq(t.orders.externalId, "batch-bad"))).toHaveLength(0);
  });

  it("answers a new order with exactly what reading it back later gives", async () => {
    const [created] = await recordConversions(db(), [request(baseOrderBody("batch-shape")), request(baseOrderBody("batch-shape-2", { click_id: null }))]);
    if (!created?.ok) throw new Error("the order was not recorded");
    expect(created.value.body).toEqual(await findConversion(db(), { shop, at: NOW }, "batch-shape"));
    expect(created.value.body.order.lines[0]!.commission).not.toBeNull();
  });

  it("keeps one order's database failure from failing its neighbours", async () => {
    // A real fault inside PostgreSQL for one external_id: the batch's transaction fails, and each order is tried again alone.
    await handle.db.execute(sql`create function refuse_boom() returns trigger language plpgsql as $$ begin if new.external_id = 'batch-boom' then raise exception 'boom'; end if; return new; end $$`);
    await handle.db.execute(sql`create trigger refuse_boom before insert on orders for each row execute function refuse_boom()`);
    try {
      const results = await recordConversions(db(), [request(baseOrderBody("batch-fine-1")), request(baseOrderBody("batch-boom")), request(baseOrderBody("batch-fine-2"))]);
      expect(results.map(outcome)).toEqual([201, "error", 201]);
      const written = await db().select({ id: t.orders.externalId }).from(t.orders).where(inArray(t.orders.externalId, ["batch-fine-1", "batch-boom", "batch-fine-2"]));
      expect(written.map((o) => o.id).sort()).toEqual(["batch-fine-1", "batch-fine-2"]);
    } finally {
      await handle.db.execute(sql`drop trigger refuse_boom on orders`);
      await handle.db.execute(sql`drop function refuse_boom()`);
    }
  });
});

describe("order events", () => {
  it("moves the order through its life once per event_id, and refuses what its state does not allow with 409", async () => {
    await post(baseOrderBody("ext-life"));
    // Steps of ten minutes after the order (placed an hour ago), all in the past: a time ahead of the server's clock is refused.
    const at = (step: number) => addHours(NOW, -1 + (step + 1) / 6).toISOString();
    expect((await event("ext-life", { event_id: "e1", type: "shipped", occurred_at: at(0) })).status).toBe(201);
    const repeats = await Promise.all(Array.from({ length: 20 }, () => event("ext-life", { event_id: "e2", type: "delivered", occurred_at: at(1) })));
    expect(repeats.map((r) => r.status).sort()).toEqual([...Array(19).fill(200), 201]);
    expect((await db().select().from(t.orderEvents).where(eq(t.orderEvents.eventRef, "e2")))).toHaveLength(1);
    const cancel = await event("ext-life", { event_id: "e3", type: "cancelled", occurred_at: at(2) });
    expect(cancel.status).toBe(409);
    expect(((await cancel.json()) as { error: { message: string } }).error.message).toMatch(/refund its lines/);
    expect((await event("ext-life", { event_id: "e4", type: "refunded", occurred_at: at(3), lines: [{ line_id: "a", quantity: 1 }] })).status).toBe(201);
    const response = await getOrder(signed(`${BASE}/ext-life`, "GET"), params("ext-life"));
    const { order } = (await response.json()) as { order: { state: string; lines: { line_id: string; refunded_quantity: number; commission: { amount: number } | null }[] } };
    expect(order.state).toBe("delivered");
    expect(order.lines[0]).toMatchObject({ line_id: "a", refunded_quantity: 1 });
  });

  it("refuses an event_id used again with another type with 409, and the same event again is 200", async () => {
    await post(baseOrderBody("ext-reuse"));
    const at = addHours(NOW, -0.5).toISOString();
    expect((await event("ext-reuse", { event_id: "r1", type: "shipped", occurred_at: at })).status).toBe(201);
    expect((await event("ext-reuse", { event_id: "r1", type: "shipped", occurred_at: at })).status).toBe(200);
    const reused = await event("ext-reuse", { event_id: "r1", type: "cancelled", occurred_at: at });
    expect(reused.status).toBe(409);
    expect((await reused.json()) as object).toMatchObject({ error: { code: "conflict" } });
    const otherLines = await event("ext-reuse", { event_id: "r1", type: "shipped", occurred_at: at, lines: [{ line_id: "a", quantity: 1 }] });
    expect(otherLines.status).toBe(409);
    expect(await db().select().from(t.orderEvents).where(eq(t.orderEvents.eventRef, "r1"))).toHaveLength(1);
  });

  it("refuses an event more than 5 minutes ahead of the server's clock with 422 naming occurred_at, applying nothing", async () => {
    await post(baseOrderBody("ext-future"));
    const response = await event("ext-future", { event_id: "f1", type: "shipped", occurred_at: "2099-01-01T00:00:00Z" });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty("occurred_at");
    expect(await db().select().from(t.orderEvents).where(eq(t.orderEvents.eventRef, "f1"))).toHaveLength(0);
  });

  it.each(["a\u0000b", "x\ud800", "a".repeat(300)])("answers an external id PostgreSQL cannot hold (%j) with a 4xx JSON error, never a 500", async (externalId) => {
    const read = await getOrder(signed(`${BASE}/x`, "GET"), params(externalId));
    expect(read.status).toBe(404);
    expect((await read.json()) as object).toMatchObject({ error: { code: "not_found" } });
    const applied = await event(externalId, { event_id: "n1", type: "shipped", occurred_at: addHours(NOW, -0.5).toISOString() });
    expect(applied.status).toBe(404);
    expect((await applied.json()) as object).toMatchObject({ error: { code: "not_found" } });
  });

  it("answers 404 for an order of another shop or none", async () => {
    const vnSeller = (await findUserByEmail(db(), "seller.vn@demo.test"))!;
    const vnShop = (await db().select().from(t.shops).where(eq(t.shops.ownerUserId, vnSeller.id)))[0]!;
    const vnKey = await createApiKey(db(), { shop: vnShop, at: NOW }, { name: "VN" });
    const response = await getOrder(signed(`${BASE}/ext-1001`, "GET", "", vnKey), params("ext-1001"));
    expect(response.status).toBe(404);
  });
});
