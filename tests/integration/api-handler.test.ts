import { setDatabaseForTests } from "@/db";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { GET as ping } from "@/app/api/v1/ping/route";
import type { DbHandle } from "@/db/client";
import { listShopApiKeys } from "@/db/queries/api-keys";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { ApiError } from "@/lib/api/errors";
import { MAX_BODY_BYTES, apiRoute } from "@/lib/api/handler";
import { MAX_LIVE_KEYS, createApiKey, revokeApiKey, type CreatedApiKey, type KeyActor } from "@/lib/api/key-commands";
import { hashApiKey } from "@/lib/api/keys";
import { signPayload } from "@/lib/api/signature";
import { ConflictError, NotFoundError, UserFacingError, invalidFields } from "@/lib/errors";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
const PING = "http://localhost/api/v1/ping";
const ORDERS = "http://localhost/api/v1/test-orders";
let handle: DbHandle;
let sellerA: KeyActor & { shop: t.Shop };
let sellerB: KeyActor & { shop: t.Shop };
let keyA: CreatedApiKey;
let keyB: CreatedApiKey;

const unixNow = () => Math.floor(Date.now() / 1000);

type Credentials = Pick<CreatedApiKey, "key" | "signingSecret">;

/** A request as an integrator's server sends it: bearer key, and the body signed with the secret. */
function signedRequest(
  url: string,
  credentials: Credentials,
  { method = "GET", body = "", timestamp = unixNow(), headers = {} }: { method?: string; body?: string; timestamp?: number; headers?: Record<string, string> } = {},
) {
  return new Request(url, {
    method,
    body: method === "GET" ? undefined : body,
    headers: { Authorization: `Bearer ${credentials.key}`, "X-Signature": signPayload(credentials.signingSecret, timestamp, body), ...headers },
  });
}

async function errorOf(response: Response) {
  const body = (await response.json()) as { error: { code: string; message: string; fields?: Record<string, string> } };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(typeof body.error.message).toBe("string");
  return { status: response.status, ...body.error };
}

const keyRow = async (created: CreatedApiKey) => (await handle.db.select().from(t.apiKeys).where(eq(t.apiKeys.id, created.apiKey.id)))[0]!;

// A POST endpoint of the kind the order API will be, to exercise the wrapper's body handling.
const orderSchema = z.object({
  externalOrderId: z.string().min(1),
  lines: z.array(z.object({ sku: z.string().min(1), quantity: z.number().int().positive() })).min(1),
});
const postOrder = apiRoute(async ({ json, shop }) => {
  const order = orderSchema.parse(json);
  if (order.externalOrderId === "missing") throw new NotFoundError("The order");
  if (order.externalOrderId === "closed") throw new UserFacingError("The order is already completed.");
  if (order.externalOrderId === "bad-sku") throw invalidFields({ "lines.0.sku": "No product with this SKU" });
  if (order.externalOrderId === "duplicate") throw new ConflictError("This order was already reported with other lines.");
  if (order.externalOrderId === "slow-down") throw new ApiError(429, "rate_limited", "Too many requests.");
  if (order.externalOrderId === "crash") throw new Error("connection to 10.0.0.7 lost, password=hunter2");
  return { shopId: shop.id, lines: order.lines.length };
});

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, NOW);
  // The route handlers use the app's getDb(): point its process-wide handle at this test database.
  setDatabaseForTests(handle);
  const shopOf = async (email: string) => {
    const owner = (await findUserByEmail(handle.db, email))!;
    return (await handle.db.select().from(t.shops).where(eq(t.shops.ownerUserId, owner.id)))[0]!;
  };
  sellerA = { shop: await shopOf("seller@demo.test"), at: NOW };
  sellerB = { shop: await shopOf("seller.vn@demo.test"), at: NOW };
  keyA = await createApiKey(handle.db, sellerA, { name: "Checkout A" });
  keyB = await createApiKey(handle.db, sellerB, { name: "Checkout B" });
});

afterAll(async () => {
  setDatabaseForTests(undefined);
  await handle?.close();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("GET /api/v1/ping", () => {
  it("answers a signed request with the key's shop", async () => {
    const response = await ping(signedRequest(PING, keyA));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ shop: { id: sellerA.shop.id, name: "Brightside Home", currency: "USD" } });
  });

  it("shows each seller's key its own shop only", async () => {
    const responseB = await ping(signedRequest(PING, keyB));
    expect(await responseB.json()).toEqual({ shop: { id: sellerB.shop.id, name: "Saigon Craft Co.", currency: "VND" } });
    // A's key with B's secret (or the other way round) is not a valid pair.
    expect(await errorOf(await ping(signedRequest(PING, { key: keyA.key, signingSecret: keyB.signingSecret })))).toMatchObject({ status: 401, code: "invalid_signature" });
    expect(await errorOf(await ping(signedRequest(PING, { key: keyB.key, signingSecret: keyA.signingSecret })))).toMatchObject({ status: 401, code: "invalid_signature" });
  });

  it("records the key's last use, at most once a minute", async () => {
    const created = await createApiKey(handle.db, sellerA, { name: "Last used" });
    expect((await keyRow(created)).lastUsedAt).toBeNull();
    expect((await ping(signedRequest(PING, created))).status).toBe(200);
    const first = (await keyRow(created)).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    expect(Math.abs(first!.getTime() - Date.now())).toBeLessThan(60_000);
    expect((await ping(signedRequest(PING, created))).status).toBe(200);
    expect((await keyRow(created)).lastUsedAt).toEqual(first);
  });

  it("refuses a request without a key, with an unknown key or a malformed one (401 unauthorized)", async () => {
    const withoutKey = new Request(PING, { headers: { "X-Signature": signPayload(keyA.signingSecret, unixNow(), "") } });
    const missing = await ping(withoutKey);
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await errorOf(missing)).toMatchObject({ status: 401, code: "unauthorized" });
    const unknown = { key: `lsk_live_${"x".repeat(40)}`, signingSecret: keyA.signingSecret };
    expect(await errorOf(await ping(signedRequest(PING, unknown)))).toMatchObject({ status: 401, code: "unauthorized", message: "Invalid API key." });
    expect(await errorOf(await ping(signedRequest(PING, { key: "not-a-key", signingSecret: keyA.signingSecret })))).toMatchObject({ status: 401, code: "unauthorized" });
    const basic = new Request(PING, { headers: { Authorization: `Basic ${keyA.key}`, "X-Signature": signPayload(keyA.signingSecret, unixNow(), "") } });
    expect(await errorOf(await ping(basic))).toMatchObject({ status: 401, code: "unauthorized" });
  });

  it("refuses a missing, malformed or wrong signature and writes nothing", async () => {
    const created = await createApiKey(handle.db, sellerA, { name: "Unsigned" });
    const unsigned = new Request(PING, { headers: { Authorization: `Bearer ${created.key}` } });
    expect(await errorOf(await ping(unsigned))).toMatchObject({ status: 401, code: "invalid_signature" });
    const malformed = new Request(PING, { headers: { Authorization: `Bearer ${created.key}`, "X-Signature": "v1=abc" } });
    expect(await errorOf(await ping(malformed))).toMatchObject({ status: 401, code: "invalid_signature" });
    const wrongSecret = signedRequest(PING, { key: created.key, signingSecret: "whsec_guessed" });
    expect(await errorOf(await ping(wrongSecret))).toMatchObject({ status: 401, code: "invalid_signature" });
    // Signed over a body the server never received: GET signatures cover the empty body.
    const otherBody = new Request(PING, { headers: { Authorization: `Bearer ${created.key}`, "X-Signature": signPayload(created.signingSecret, unixNow(), "{}") } });
    expect(await errorOf(await ping(otherBody))).toMatchObject({ status: 401, code: "invalid_signature" });
    expect((await keyRow(created)).lastUsedAt).toBeNull();
  });

  it("refuses a signature more than 5 minutes old or ahead (401 timestamp_out_of_range)", async () => {
    const created = await createApiKey(handle.db, sellerA, { name: "Old clock" });
    // Clear of the boundary: the second can tick between signing and checking (the exact edge is in the unit tests).
    for (const offset of [-305, 305, -86_400]) {
      const error = await errorOf(await ping(signedRequest(PING, created, { timestamp: unixNow() + offset })));
      expect(error, `offset ${offset}`).toMatchObject({ status: 401, code: "timestamp_out_of_range" });
    }
    expect((await keyRow(created)).lastUsedAt).toBeNull();
    expect((await ping(signedRequest(PING, created, { timestamp: unixNow() - 240 }))).status).toBe(200);
  });
});

describe("the API wrapper with a JSON body", () => {
  const validOrder = JSON.stringify({ externalOrderId: "A-1", lines: [{ sku: "BRI-0001", quantity: 1 }] });

  it("passes the parsed body and the key's shop to the handler", async () => {
    const response = await postOrder(signedRequest(ORDERS, keyB, { method: "POST", body: validOrder }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ shopId: sellerB.shop.id, lines: 1 });
  });

  it("answers 400 invalid_json for a body that is not JSON, is empty or is not UTF-8", async () => {
    for (const body of ["{not json", "", '{"a":1'])
      expect(await errorOf(await postOrder(signedRequest(ORDERS, keyA, { method: "POST", body }))), JSON.stringify(body)).toMatchObject({ status: 400, code: "invalid_json" });
    const latin1 = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]); // {"a":"é"} in Latin-1
    const request = new Request(ORDERS, {
      method: "POST",
      body: latin1,
      headers: { Authorization: `Bearer ${keyA.key}`, "X-Signature": signPayload(keyA.signingSecret, unixNow(), latin1) },
    });
    expect(await errorOf(await postOrder(request))).toMatchObject({ status: 400, code: "invalid_json" });
  });

  it("answers 422 validation_failed naming every failing field", async () => {
    const body = JSON.stringify({ externalOrderId: "", lines: [{ sku: "BRI-0001", quantity: 0 }, { sku: "", quantity: 1.5 }] });
    const error = await errorOf(await postOrder(signedRequest(ORDERS, keyA, { method: "POST", body })));
    expect(error).toMatchObject({ status: 422, code: "validation_failed" });
    expect(Object.keys(error.fields!).sort()).toEqual(["externalOrderId", "lines.0.quantity", "lines.1.quantity", "lines.1.sku"]);
    expect(await errorOf(await postOrder(signedRequest(ORDERS, keyA, { method: "POST", body: "[]" })))).toMatchObject({ status: 422, fields: { body: expect.any(String) } });
  });

  it("maps the domain's errors: not found 404, conflict 409, user-facing 422 (with its fields), ApiError as thrown", async () => {
    const send = (externalOrderId: string) => postOrder(signedRequest(ORDERS, keyA, { method: "POST", body: JSON.stringify({ externalOrderId, lines: [{ sku: "X", quantity: 1 }] }) }));
    expect(await errorOf(await send("missing"))).toEqual({ status: 404, code: "not_found", message: "The order was not found." });
    expect(await errorOf(await send("closed"))).toEqual({ status: 422, code: "unprocessable_entity", message: "The order is already completed." });
    expect(await errorOf(await send("bad-sku"))).toMatchObject({ status: 422, code: "validation_failed", fields: { "lines.0.sku": "No product with this SKU" } });
    expect(await errorOf(await send("duplicate"))).toEqual({ status: 409, code: "conflict", message: "This order was already reported with other lines." });
    expect(await errorOf(await send("slow-down"))).toEqual({ status: 429, code: "rate_limited", message: "Too many requests." });
  });

  it("answers an unexpected failure with a generic 500 and logs the cause on the server", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await postOrder(signedRequest(ORDERS, keyA, { method: "POST", body: JSON.stringify({ externalOrderId: "crash", lines: [{ sku: "X", quantity: 1 }] }) }));
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toEqual({ error: { code: "internal_error", message: expect.any(String) } });
    expect(text).not.toMatch(/hunter2|10\.0\.0\.7|connection/);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]![1])).toContain("hunter2");
  });

  it("takes a body of exactly 256 KB and refuses one byte more with 413, declared or not", async () => {
    const padded = (size: number) => {
      const base = JSON.stringify({ externalOrderId: "A-2", lines: [{ sku: "BRI-0001", quantity: 1 }], note: "" });
      return base.replace('"note":""', `"note":"${"x".repeat(size - base.length)}"`);
    };
    expect(Buffer.byteLength(padded(MAX_BODY_BYTES))).toBe(MAX_BODY_BYTES);
    expect((await postOrder(signedRequest(ORDERS, keyA, { method: "POST", body: padded(MAX_BODY_BYTES) }))).status).toBe(200);
    const tooBig = padded(MAX_BODY_BYTES + 1);
    expect(await errorOf(await postOrder(signedRequest(ORDERS, keyA, { method: "POST", body: tooBig })))).toMatchObject({ status: 413, code: "payload_too_large" });
    const declared = signedRequest(ORDERS, keyA, { method: "POST", body: validOrder, headers: { "Content-Length": String(10 * 1024 * 1024) } });
    expect(await errorOf(await postOrder(declared))).toMatchObject({ status: 413, code: "payload_too_large" });
  });

  it("checks the signature over the exact bytes: the same JSON re-spaced is refused", async () => {
    const request = new Request(ORDERS, {
      method: "POST",
      body: JSON.stringify(JSON.parse(validOrder), null, 2),
      headers: { Authorization: `Bearer ${keyA.key}`, "X-Signature": signPayload(keyA.signingSecret, unixNow(), validOrder) },
    });
    expect(await errorOf(await postOrder(request))).toMatchObject({ status: 401, code: "invalid_signature" });
  });

  it("hands the route's params to the handler", async () => {
    const getOrder = apiRoute<{ id: string }>(async ({ params }) => ({ id: params.id }));
    const response = await getOrder(signedRequest(`${ORDERS}/ord_1`, keyA), { params: Promise.resolve({ id: "ord_1" }) });
    expect(await response.json()).toEqual({ id: "ord_1" });
  });
});

describe("API key commands", () => {
  it("creates a key whose secret is shown once: only its hash is stored, and the list never carries the secrets", async () => {
    const created = await createApiKey(handle.db, sellerA, { name: "Shown once" });
    expect(created.key).toMatch(/^lsk_live_/);
    expect(created.signingSecret).toMatch(/^whsec_/);
    expect(created.apiKey).toMatchObject({ name: "Shown once", prefix: created.key.slice(0, 13), createdAt: NOW, lastUsedAt: null, revokedAt: null });
    const row = await keyRow(created);
    expect(row.keyHash).toBe(hashApiKey(created.key));
    expect(JSON.stringify(row)).not.toContain(created.key);
    const listed = await listShopApiKeys(handle.db, sellerA.shop.id);
    expect(listed.map((k) => k.id)).toContain(created.apiKey.id);
    for (const key of listed) expect(Object.keys(key).sort()).toEqual(["createdAt", "id", "lastUsedAt", "name", "prefix", "revokedAt"]);
    expect(JSON.stringify(listed)).not.toContain(created.signingSecret);
  });

  it("revokes a key: the next request with it is refused (401 key_revoked) and writes nothing", async () => {
    const created = await createApiKey(handle.db, sellerA, { name: "To revoke" });
    expect((await ping(signedRequest(PING, created))).status).toBe(200);
    const usedAt = (await keyRow(created)).lastUsedAt;
    const later = { ...sellerA, at: new Date(NOW.getTime() + 60_000) };
    const revoked = await revokeApiKey(handle.db, later, created.apiKey.id);
    expect(revoked.revokedAt).toEqual(later.at);
    expect(await errorOf(await ping(signedRequest(PING, created)))).toMatchObject({ status: 401, code: "key_revoked" });
    expect((await keyRow(created)).lastUsedAt).toEqual(usedAt);
    // Revoking again changes nothing.
    expect((await revokeApiKey(handle.db, { ...sellerA, at: new Date(NOW.getTime() + 120_000) }, created.apiKey.id)).revokedAt).toEqual(later.at);
  });

  it("treats another seller's key as not found and leaves it working", async () => {
    await expect(revokeApiKey(handle.db, sellerA, keyB.apiKey.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeApiKey(handle.db, sellerA, "key_unknown")).rejects.toBeInstanceOf(NotFoundError);
    expect((await keyRow(keyB)).revokedAt).toBeNull();
    expect((await ping(signedRequest(PING, keyB))).status).toBe(200);
    expect((await listShopApiKeys(handle.db, sellerA.shop.id)).map((k) => k.id)).not.toContain(keyB.apiKey.id);
  });

  it(`allows at most ${MAX_LIVE_KEYS} active keys per shop; revoked ones do not count`, async () => {
    const live = async () => (await listShopApiKeys(handle.db, sellerB.shop.id)).filter((k) => !k.revokedAt);
    const made: CreatedApiKey[] = [];
    while ((await live()).length < MAX_LIVE_KEYS) made.push(await createApiKey(handle.db, sellerB, { name: "Filler" }));
    await expect(createApiKey(handle.db, sellerB, { name: "One too many" })).rejects.toThrow(/at most 10 active API keys/);
    await revokeApiKey(handle.db, sellerB, made[0]!.apiKey.id);
    await expect(createApiKey(handle.db, sellerB, { name: "Replacement" })).resolves.toMatchObject({ apiKey: { name: "Replacement" } });
  });
});
