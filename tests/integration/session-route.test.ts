import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setDatabaseForTests } from "@/db";
import type { DbHandle } from "@/db/client";
import { findShopByOwner } from "@/db/queries/shops";
import { findUserByEmail } from "@/db/queries/users";
import { createUser } from "@/lib/account/new-account";
import { seedDemo } from "@/db/seed/demo";
import { NO_SHOP_MESSAGE } from "@/server/context";
import { publicRoute } from "@/server/public-route";
import { sessionRoute, type ActorResolver } from "@/server/session-route";
import type { SessionUser } from "@/lib/actor";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, UserFacingError } from "@/lib/errors";
import { HttpError } from "@/lib/http/errors";
import { createTestDatabase } from "./support/test-db";

/**
 * sessionRoute with its one seam, the actor resolver: here built from a given session user on the
 * test's real database, with actorFor's contract (UnauthenticatedError, ForbiddenError, the no-shop
 * UserFacingError). Everything after it (origin, body limit, error mapping) is the real wrapper.
 */
const AT = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;
let creator: SessionUser;
let seller: SessionUser;
let shoplessSeller: SessionUser;

/** `who` is read at each request: the users are created in beforeAll, after the routes below are built. */
function sessionOf(who: () => SessionUser | null): ActorResolver {
  return (async (kind) => {
    const user = who();
    if (!user) throw new UnauthenticatedError();
    const role = kind === "new-seller" ? "seller" : kind;
    if (user.role !== role) throw new ForbiddenError();
    const base = { db: handle.db, user, at: AT };
    if (role !== "seller") return base;
    const shop = (await findShopByOwner(handle.db, user.id)) ?? null;
    if (!shop && kind === "seller") throw new UserFacingError(NO_SHOP_MESSAGE);
    return { ...base, shop };
  }) as ActorResolver;
}

const URL_ = "http://127.0.0.1:3000/seller/thing";
const request = (init: RequestInit = {}) => new Request(URL_, init);
const noParams = { params: Promise.resolve({}) };

async function user(email: string, role: SessionUser["role"]): Promise<SessionUser> {
  const row = await createUser(handle.db, { email, name: email, passwordHash: "x", role, createdAt: AT });
  return { id: row.id, role, name: row.name, email };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, AT);
  setDatabaseForTests(handle);
  const demoSeller = (await findUserByEmail(handle.db, "seller@demo.test"))!;
  seller = { id: demoSeller.id, role: "seller", name: demoSeller.name, email: demoSeller.email };
  creator = await user("route-creator@test.test", "creator");
  shoplessSeller = await user("route-seller@test.test", "seller");
});

afterAll(async () => {
  await handle?.close();
});

describe("sessionRoute: who may ask", () => {
  const handler = vi.fn(async ({ actor }: { actor: { user: SessionUser; shop: { id: string } } }) => Response.json({ user: actor.user.id, shop: actor.shop.id }));
  const route = (who: SessionUser | null, refusals?: { unauthenticated?: string; forbidden?: string; noShop?: string }) =>
    sessionRoute({ role: "seller", refusals, resolveActor: sessionOf(() => who) }, handler);

  it("answers 401 unauthenticated in JSON, never cached, without running the handler", async () => {
    handler.mockClear();
    const response = await route(null)(request(), noParams);
    expect(response.status).toBe(401);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: { code: "unauthenticated", message: "Your session has ended. Sign in again." } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 403 forbidden to another role, 409 no_shop to a seller without a shop, each in the route's words when it has them", async () => {
    const forbidden = await route(creator, { forbidden: "Only sellers can do this." })(request(), noParams);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({ error: { code: "forbidden", message: "Only sellers can do this." } });
    const noShop = await route(shoplessSeller)(request(), noParams);
    expect(noShop.status).toBe(409);
    expect(await noShop.json()).toEqual({ error: { code: "no_shop", message: NO_SHOP_MESSAGE } });
    const worded = await route(shoplessSeller, { noShop: "Set up your shop before importing products." })(request(), noParams);
    expect(await worded.json()).toEqual({ error: { code: "no_shop", message: "Set up your shop before importing products." } });
    const unauthenticated = await route(null, { unauthenticated: "Sign in again." })(request(), noParams);
    expect(await unauthenticated.json()).toEqual({ error: { code: "unauthenticated", message: "Sign in again." } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("runs the handler with the actor, its shop from the database, and the route's params", async () => {
    const shop = (await findShopByOwner(handle.db, seller.id))!;
    const response = await route(seller)(request(), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ user: seller.id, shop: shop.id });
    const withParams = sessionRoute<"creator", { id: string }>({ role: "creator", resolveActor: sessionOf(() => creator) }, ({ params, actor }) => Response.json({ id: params.id, at: actor.at.toISOString() }));
    expect(await (await withParams(request(), { params: Promise.resolve({ id: "lnk_1" }) })).json()).toEqual({ id: "lnk_1", at: AT.toISOString() });
  });
});

describe("sessionRoute: state-changing requests", () => {
  const resolveActor = vi.fn(sessionOf(() => null));
  const route = sessionRoute({ role: "seller", resolveActor: resolveActor as unknown as ActorResolver }, () => new Response("ran"));

  it("refuses a POST, PUT, PATCH or DELETE another site made the browser send (403 cross_origin) before looking at the session", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      for (const headers of [{ "sec-fetch-site": "cross-site" }, { "sec-fetch-site": "same-site" }, { origin: "https://evil.test" }] as Record<string, string>[]) {
        const response = await route(request({ method, headers, body: method === "DELETE" ? undefined : "x" }), noParams);
        expect(response.status).toBe(403);
        expect(response.headers.get("Cache-Control")).toBe("no-store");
        expect((await response.json()).error.code).toBe("cross_origin");
      }
    }
    expect(resolveActor).not.toHaveBeenCalled();
  });

  it("lets the portal's own pages, header-less clients and GETs through to the session check", async () => {
    const same = await route(request({ method: "POST", headers: { "sec-fetch-site": "same-origin" }, body: "x" }), noParams);
    expect(same.status).toBe(401);
    const headerless = await route(request({ method: "POST", body: "x" }), noParams);
    expect(headerless.status).toBe(401);
    const crossSiteGet = await route(request({ headers: { "sec-fetch-site": "cross-site" } }), noParams);
    expect(crossSiteGet.status).toBe(401);
  });
});

describe("sessionRoute: the body", () => {
  const LIMIT = 1024;
  const route = sessionRoute(
    { role: "seller", resolveActor: sessionOf(() => null), body: { limit: LIMIT, code: "file_too_large", message: "Too big." } },
    async ({ body }) => new Response(String((await body()).length)),
  );
  const seen = sessionRoute({ role: "seller", resolveActor: sessionOf(() => seller), body: { limit: LIMIT, code: "file_too_large", message: "Too big." } }, async ({ body }) =>
    Response.json({ bytes: (await body()).length }),
  );
  const post = (body: BodyInit, headers: Record<string, string> = {}) => request({ method: "POST", headers: { "sec-fetch-site": "same-origin", ...headers }, body, duplex: "half" } as RequestInit);

  it("is read only after the session check", async () => {
    expect((await route(post("x".repeat(LIMIT + 1)), noParams)).status).toBe(401);
  });

  it("reads up to the limit, and answers 413 with the route's code past it, declared or streamed", async () => {
    expect(await (await seen(post("x".repeat(LIMIT)), noParams)).json()).toEqual({ bytes: LIMIT });
    const declared = await seen(post("x".repeat(LIMIT + 1)), noParams);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: { code: "file_too_large", message: "Too big." } });
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 512;
        controller.enqueue(new Uint8Array(512));
      },
    });
    const streamed = await seen(post(endless), noParams);
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).error.code).toBe("file_too_large");
    // Reading stopped at the limit: an endless body is never held whole.
    expect(sent).toBeLessThanOrEqual(LIMIT + 2 * 512);
  });

  it("answers 400 invalid_body for a body that breaks off", async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(10));
        controller.error(new Error("connection reset"));
      },
    });
    const response = await seen(post(broken), noParams);
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("invalid_body");
  });

  it("has a 256 KB limit by default", async () => {
    const plain = sessionRoute({ role: "seller", resolveActor: sessionOf(() => seller) }, async ({ body }) => Response.json({ bytes: (await body()).length }));
    expect((await plain(post("x".repeat(256 * 1024)), noParams)).status).toBe(200);
    const tooBig = await plain(post("x".repeat(256 * 1024 + 1)), noParams);
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json()).error.code).toBe("payload_too_large");
  });
});

describe("sessionRoute and publicRoute: what a handler throws", () => {
  const cases: [unknown, number, object][] = [
    [new NotFoundError("The link"), 404, { code: "not_found", message: "The link was not found." }],
    [new ConflictError("Already there."), 409, { code: "conflict", message: "Already there." }],
    [new UserFacingError("Too late."), 422, { code: "unprocessable_entity", message: "Too late." }],
    [new UserFacingError("Bad.", { q: "Too long." }), 422, { code: "validation_failed", message: "Bad.", fields: { q: "Too long." } }],
    [new HttpError(400, "bad_mode", "Use ?mode=preview."), 400, { code: "bad_mode", message: "Use ?mode=preview." }],
    [new UnauthenticatedError(), 401, { code: "unauthenticated", message: "Your session has ended. Sign in again." }],
    [new ForbiddenError(), 403, { code: "forbidden", message: "You do not have access to this action. Sign in again." }],
  ];

  it("maps typed errors to their status and JSON body, never cached", async () => {
    for (const [error, status, body] of cases) {
      for (const route of [
        sessionRoute({ role: "creator", resolveActor: sessionOf(() => creator) }, () => {
          throw error;
        }),
        publicRoute(() => {
          throw error;
        }),
      ]) {
        const response = await route(request(), noParams);
        expect(response.status).toBe(status);
        expect(response.headers.get("Cache-Control")).toBe("no-store");
        expect(await response.json()).toEqual({ error: body });
      }
    }
  });

  it("answers anything else with a generic 500 and logs it, never sending its text", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      for (const route of [
        sessionRoute({ role: "creator", resolveActor: sessionOf(() => creator) }, async () => {
          throw new Error("password authentication failed for user postgres");
        }),
        publicRoute(async () => {
          throw new Error("password authentication failed for user postgres");
        }),
      ]) {
        const response = await route(request(), noParams);
        expect(response.status).toBe(500);
        const text = await response.text();
        expect(text).not.toContain("password");
        expect(JSON.parse(text)).toEqual({ error: { code: "internal_error", message: "Something went wrong on our side. Please try again later." } });
      }
      expect(log).toHaveBeenCalledTimes(2);
    } finally {
      log.mockRestore();
    }
  });
});
