import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { findLinkForRedirect, insertClicks, type RedirectLink } from "@/db/queries/links";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { addDays } from "@/lib/clock";
import { ClickWriter } from "@/lib/links/click-writer";
import { followShortLink, type FollowDeps, type FollowInput } from "@/lib/links/follow";
import { getOrCreateLink } from "@/lib/links/generate";
import { LinkCache } from "@/lib/links/link-cache";
import { redirectMetrics } from "@/lib/links/metrics";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
const BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
let handle: DbHandle;
let deps: FollowDeps;
let productLink: t.Link;
let product: t.Product;

const visit = (code: string, overrides: Partial<FollowInput> = {}) =>
  followShortLink(deps, { code, method: "GET", userAgent: BROWSER, referrer: "https://www.instagram.com/", ip: "203.0.113.9", visitorId: null, at: NOW, ...overrides });

const clicksOf = (linkId: string) => handle.db.select().from(t.clicks).where(eq(t.clicks.linkId, linkId)).orderBy(t.clicks.clickedAt, t.clicks.id);

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, addDays(NOW, -1));
  const mai = (await findUserByEmail(handle.db, "mai@demo.test"))!;
  product = (await handle.db.select().from(t.products).where(eq(t.products.sku, "BRI-0002")))[0]!;
  productLink = (await getOrCreateLink(handle.db, { creatorId: mai.id, target: { type: "product", productId: product.id }, channel: "instagram", subId: "it", at: NOW })).link;
  const cache = new LinkCache<RedirectLink | null>(1000, 0);
  const writer = new ClickWriter((batch) => insertClicks(handle.db, batch));
  deps = {
    lookup: (code) => cache.get(code, async () => (await findLinkForRedirect(handle.db, code)) ?? null),
    record: (click) => writer.record(click),
  };
});
afterAll(async () => {
  await handle?.close();
});

describe("following a short link", () => {
  it("stores the click, sets a visitor and sends the buyer to the product page", async () => {
    const result = await visit(productLink.code);
    expect(result).toMatchObject({ status: 302, location: `/p/${product.id}`, stored: true });
    const clicks = await clicksOf(productLink.id);
    expect(clicks).toHaveLength(1);
    expect(clicks[0]).toMatchObject({ isBot: false, isUnique: true, earning: true, referrer: "https://www.instagram.com/" });
    expect(clicks[0]!.ipHash).toMatch(/^[0-9a-f]{32}$/);
    expect(result.status === 302 && result.visitorId).toBe(clicks[0]!.visitorId);
  });

  it("counts a second click of the same visitor within the hour as a raw click, not a unique one", async () => {
    const first = await visit(productLink.code, { at: addDays(NOW, 1) });
    const visitorId = first.status === 302 ? first.visitorId : null;
    await visit(productLink.code, { at: new Date(addDays(NOW, 1).getTime() + 30 * 60_000), visitorId });
    await visit(productLink.code, { at: new Date(addDays(NOW, 1).getTime() + 91 * 60_000), visitorId });
    const mine = (await clicksOf(productLink.id)).filter((c) => c.visitorId === visitorId);
    expect(mine.map((c) => c.isUnique)).toEqual([true, false, true]);
  });

  it("makes only the first of one visitor's simultaneous clicks unique (same batch)", async () => {
    const at = addDays(NOW, 2);
    const visitorId = "v_SameBatchVisitor00000000";
    await Promise.all([1, 2, 3].map(() => visit(productLink.code, { at, visitorId })));
    const mine = (await clicksOf(productLink.id)).filter((c) => c.visitorId === visitorId);
    expect(mine.filter((c) => c.isUnique)).toHaveLength(1);
    expect(mine).toHaveLength(3);
  });

  it("redirects bots and link previews but marks them, with no visitor cookie and no unique click", async () => {
    const result = await visit(productLink.code, { userAgent: "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", at: addDays(NOW, 3) });
    expect(result).toMatchObject({ status: 302, location: `/p/${product.id}`, visitorId: null, stored: true });
    const [bot] = (await clicksOf(productLink.id)).filter((c) => c.isBot);
    expect(bot).toMatchObject({ isBot: true, isUnique: false });
  });

  it("redirects HEAD requests without storing anything", async () => {
    const before = (await clicksOf(productLink.id)).length;
    expect(await visit(productLink.code, { method: "HEAD" })).toMatchObject({ status: 302, stored: null, clickId: null });
    expect(await clicksOf(productLink.id)).toHaveLength(before);
  });

  it("answers 404 for an unknown or malformed code and stores nothing", async () => {
    const before = await handle.db.select().from(t.clicks);
    expect(await visit("zzzzzzzz")).toEqual({ status: 404 });
    expect(await visit("../../etc")).toEqual({ status: 404 });
    expect(await handle.db.select().from(t.clicks)).toHaveLength(before.length);
  });

  it("still takes the buyer to the product after the link's 100 days, but the click earns nothing", async () => {
    const late = addDays(NOW, 101);
    const result = await visit(productLink.code, { at: late });
    expect(result).toMatchObject({ status: 302, location: `/p/${product.id}` });
    const [click] = (await clicksOf(productLink.id)).filter((c) => c.clickedAt.getTime() === late.getTime());
    expect(click!.earning).toBe(false);
  });

  it("sends buyers of an archived product to a friendly page instead", async () => {
    await handle.db.update(t.products).set({ status: "archived" }).where(eq(t.products.id, product.id));
    try {
      expect(await visit(productLink.code)).toMatchObject({ status: 302, location: expect.stringMatching(/^\/unavailable\?shop=/) });
    } finally {
      await handle.db.update(t.products).set({ status: "active" }).where(eq(t.products.id, product.id));
    }
  });

  it("appends the click id to a product sold on the seller's own site", async () => {
    const [external] = await handle.db.select().from(t.products).where(eq(t.products.externalUrl, "https://brightside-home.example/products/linen-throw"));
    const ana = (await findUserByEmail(handle.db, "ana@demo.test"))!;
    const { link } = await getOrCreateLink(handle.db, { creatorId: ana.id, target: { type: "product", productId: external!.id }, channel: "blog", subId: "", at: NOW });
    const result = await visit(link.code);
    expect(result.status).toBe(302);
    if (result.status !== 302) return;
    expect(result.location).toBe(`https://brightside-home.example/products/linen-throw?aff_click=${result.clickId}`);
    expect(await handle.db.select().from(t.clicks).where(eq(t.clicks.id, result.clickId!))).toHaveLength(1);
  });

  it("answers 410 for a disabled link", async () => {
    await handle.db.update(t.links).set({ disabledAt: NOW }).where(eq(t.links.id, productLink.id));
    try {
      expect(await visit(productLink.code)).toEqual({ status: 410 });
    } finally {
      await handle.db.update(t.links).set({ disabledAt: null }).where(eq(t.links.id, productLink.id));
    }
  });

  it("still redirects when the click cannot be stored, and counts it as lost", async () => {
    const lostBefore = redirectMetrics.clicksLost;
    const failing: FollowDeps = { ...deps, record: async () => Promise.reject(new Error("connection refused")) };
    const result = await followShortLink(failing, { code: productLink.code, method: "GET", userAgent: BROWSER, referrer: null, ip: null, visitorId: null, at: NOW });
    expect(result).toMatchObject({ status: 302, location: `/p/${product.id}`, stored: false });
    expect(redirectMetrics.clicksLost).toBe(lostBefore + 1);
  });

  it("answers 503 when the link cannot be looked up and nothing is cached", async () => {
    const down: FollowDeps = { ...deps, lookup: async () => Promise.reject(new Error("connection refused")) };
    expect(await followShortLink(down, { code: productLink.code, method: "GET", userAgent: BROWSER, referrer: null, ip: null, visitorId: null, at: NOW })).toEqual({ status: 503 });
  });
});
