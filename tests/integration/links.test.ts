import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, gt, gte, inArray, isNull, lt, lte, sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { findCreatorLink, listCreatorLinks } from "@/db/queries/creator-links";
import { findProductToLink, listOpenProducts, liveCampaigns, openCatalogueFacets } from "@/db/queries/open-catalogue";
import { currentShowcase, findPublicShowcase } from "@/db/queries/showcase";
import { findPublicProduct, shopProductsForBuyers } from "@/db/queries/storefront";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { addDays, addHours } from "@/lib/clock";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { getOrCreateLink, type LinkRequest } from "@/lib/links/generate";
import { addToShowcase, moveInShowcase, removeFromShowcase } from "@/lib/showcase/editor";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;
const db = () => handle.db;
const ids: Record<"mai" | "ana" | "leo" | "sam", string> = { mai: "", ana: "", leo: "", sam: "" };
let open: t.Product[];
let closed: t.Product;
let archived: t.Product;
let usdShop: t.Shop;
let vndShop: t.Shop;

const productLink = (creatorId: string, productId: string, channel: LinkRequest["channel"], subId = "", at = NOW) =>
  getOrCreateLink(db(), { creatorId, target: { type: "product", productId }, channel, subId, at });

async function refusal(promise: Promise<unknown>): Promise<UserFacingError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return error as UserFacingError;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, NOW);
  const users = await db().select().from(t.users);
  for (const name of Object.keys(ids) as (keyof typeof ids)[]) ids[name] = users.find((u) => u.email === `${name}@demo.test`)!.id;
  const products = await db().select().from(t.products).orderBy(asc(t.products.title));
  open = products.filter((p) => p.status === "active" && p.openToAffiliates);
  closed = products.find((p) => p.status === "active" && !p.openToAffiliates)!;
  archived = products.find((p) => p.status === "archived")!;
  const shops = await db().select().from(t.shops);
  usdShop = shops.find((s) => s.currency === "USD")!;
  vndShop = shops.find((s) => s.currency === "VND")!;
  expect(closed).toBeDefined();
  expect(archived).toBeDefined();
});
afterAll(async () => {
  await handle?.close();
});

describe("getting a link", () => {
  it("gives the same link back for the same product, channel and sub-id while it earns, and a new one after its 100 days", async () => {
    const product = open[0]!;
    const first = await productLink(ids.sam, product.id, "instagram", "bio");
    expect(first.created).toBe(true);
    expect(first.link.code).toMatch(/^[A-Za-z0-9]{8}$/);
    expect(first.link.earnsUntil.getTime()).toBe(addDays(NOW, 100).getTime());

    const again = await productLink(ids.sam, product.id, "instagram", "bio", addDays(NOW, 99));
    expect(again).toMatchObject({ created: false, link: { id: first.link.id, code: first.link.code } });

    const later = await productLink(ids.sam, product.id, "instagram", "bio", addDays(NOW, 100));
    expect(later.created).toBe(true);
    expect(later.link.id).not.toBe(first.link.id);
    expect(later.link.code).not.toBe(first.link.code);
    expect(later.link.earnsUntil.getTime()).toBe(addDays(NOW, 200).getTime());
  });

  it("makes a different link for another channel or another sub-id", async () => {
    const product = open[1]!;
    const instagram = await productLink(ids.leo, product.id, "instagram");
    const youtube = await productLink(ids.leo, product.id, "youtube");
    const story = await productLink(ids.leo, product.id, "instagram", "story");
    expect(new Set([instagram.link.id, youtube.link.id, story.link.id]).size).toBe(3);
    expect([instagram.created, youtube.created, story.created]).toEqual([true, true, true]);
    expect((await productLink(ids.leo, product.id, "youtube")).link.id).toBe(youtube.link.id);
  });

  it("two quick requests for the same link make one link", async () => {
    const product = open[2]!;
    const [a, b] = await Promise.all([productLink(ids.leo, product.id, "tiktok", "race"), productLink(ids.leo, product.id, "tiktok", "race")]);
    expect(a.link.id).toBe(b.link.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
  });

  it("refuses a product closed to creators and an archived one, and makes no link", async () => {
    const before = await db().select().from(t.links).where(eq(t.links.creatorId, ids.sam));
    expect((await refusal(productLink(ids.sam, closed.id, "blog"))).message).toBe(`${closed.title} is not open to creators right now.`);
    expect((await refusal(productLink(ids.sam, archived.id, "blog"))).message).toBe(`${archived.title} is not open to creators right now.`);
    expect(await refusal(productLink(ids.sam, "prd_01JD0000000000000000000000", "blog"))).toBeInstanceOf(NotFoundError);
    expect(await db().select().from(t.links).where(eq(t.links.creatorId, ids.sam))).toHaveLength(before.length);
  });

  it("refuses a showcase link to a link-share creator and tells them how to unlock it; an affiliate creator gets one", async () => {
    const error = await refusal(getOrCreateLink(db(), { creatorId: ids.leo, target: { type: "showcase" }, channel: "instagram", subId: "", at: NOW }));
    expect(error.message).toBe("Showcases are for affiliate creators: 250 more verified followers unlock yours (you have 350 of 600).");
    const mai = await getOrCreateLink(db(), { creatorId: ids.mai, target: { type: "showcase" }, channel: "threads", subId: "e2e-free", at: NOW });
    expect(mai.link).toMatchObject({ type: "showcase", creatorId: ids.mai, productId: null, campaignId: null, channel: "threads" });
  });

  it("links a live campaign but not an ended one", async () => {
    const [campaign] = await liveCampaigns(db(), NOW);
    expect(campaign).toMatchObject({ name: "Tết Gift Week", shopName: "Saigon Craft Co." });
    const link = await getOrCreateLink(db(), { creatorId: ids.sam, target: { type: "campaign", campaignId: campaign!.id }, channel: "facebook", subId: "", at: NOW });
    expect(link.link.campaignId).toBe(campaign!.id);
    const ended = await refusal(getOrCreateLink(db(), { creatorId: ids.sam, target: { type: "campaign", campaignId: campaign!.id }, channel: "email", subId: "", at: addDays(NOW, 30) }));
    expect(ended.message).toBe("Tết Gift Week has ended.");
    expect(await liveCampaigns(db(), addDays(NOW, 30))).toEqual([]);
  });
});

describe("a creator's link list", () => {
  it("shows only the creator's own links, newest first, with non-bot clicks and unique clicks counted per link", async () => {
    const creator = ids.ana;
    const product = open[3]!;
    const { link } = await productLink(creator, product.id, "blog", "counted", addHours(NOW, 1));
    const click = (visitorId: string, minutes: number, isUnique: boolean, isBot = false) => ({
      id: newId("clk"),
      linkId: link.id,
      clickedAt: addHours(NOW, 1 + minutes / 60),
      visitorId,
      isBot,
      isUnique,
      earning: true,
    });
    await db()
      .insert(t.clicks)
      .values([click("v_a", 1, true), click("v_a", 10, false), click("v_b", 20, true), click("v_a", 130, true), click("v_bot", 30, false, true)]);

    const { rows, total } = await listCreatorLinks(db(), creator, { pageSize: 100, at: NOW });
    const own = await db().select().from(t.links).where(eq(t.links.creatorId, creator));
    expect(total).toBe(own.length);
    expect(rows.map((r) => r.id).sort()).toEqual(own.map((l) => l.id).sort());
    expect(rows[0]).toMatchObject({ id: link.id, productTitle: product.title, channel: "blog", subId: "counted", clicks: 4, uniqueClicks: 3 });
    const createdTimes = rows.map((r) => r.createdAt.getTime());
    expect(createdTimes).toEqual([...createdTimes].sort((a, b) => b - a));

    // Counts agree with the clicks table for every link, the demo's included.
    const allClicks = await db().select().from(t.clicks);
    for (const row of rows) {
      const mine = allClicks.filter((c) => c.linkId === row.id && !c.isBot);
      expect([row.clicks, row.uniqueClicks]).toEqual([mine.length, mine.filter((c) => c.isUnique).length]);
    }

    const mai = await listCreatorLinks(db(), ids.mai, { pageSize: 100, at: NOW });
    expect(mai.rows.some((r) => r.id === link.id)).toBe(false);
    expect(mai.rows.length).toBeGreaterThan(0);
  });

  it("pages through the links with the total of all of them", async () => {
    const all = await listCreatorLinks(db(), ids.mai, { pageSize: 100, at: NOW });
    const first = await listCreatorLinks(db(), ids.mai, { page: 1, pageSize: 3, at: NOW });
    const second = await listCreatorLinks(db(), ids.mai, { page: 2, pageSize: 3, at: NOW });
    expect(first.total).toBe(all.total);
    expect(first.rows).toHaveLength(3);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(all.rows.slice(0, 6).map((r) => r.id));
  });

  it("finds a link for its creator only: another creator's link id finds nothing (the QR download relies on it)", async () => {
    const { link } = await productLink(ids.leo, open[4]!.id, "email", "qr");
    expect(await findCreatorLink(db(), { creatorId: ids.leo, linkId: link.id })).toMatchObject({ id: link.id, code: link.code });
    expect(await findCreatorLink(db(), { creatorId: ids.mai, linkId: link.id })).toBeUndefined();
    expect(await findCreatorLink(db(), { creatorId: ids.leo, linkId: "lnk_01JD0000000000000000000000" })).toBeUndefined();
  });
});

describe("the open catalogue", () => {
  it("lists only active products open to creators, from every shop, with search, filters and sort", async () => {
    const all = await listOpenProducts(db(), ids.sam, { pageSize: 100 });
    expect(all.total).toBe(open.length);
    expect(all.rows.map((r) => r.id).sort()).toEqual(open.map((p) => p.id).sort());
    expect(new Set(all.rows.map((r) => r.shopName))).toEqual(new Set(["Brightside Home", "Saigon Craft Co."]));
    // The creator's own best rate first (a live campaign's rate counts: marketplace.test.ts has the rest).
    const rates = all.rows.map((r) => r.bestRateBps);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));

    const skillet = await listOpenProducts(db(), ids.sam, { q: "skillet" });
    expect(skillet.rows.map((r) => r.title)).toEqual(["Cast Iron Skillet 26 cm"]);
    const vnd = await listOpenProducts(db(), ids.sam, { shopId: vndShop.id, sort: "price_asc", pageSize: 100 });
    expect(vnd.rows.every((r) => r.shopId === vndShop.id)).toBe(true);
    const prices = vnd.rows.map((r) => r.priceMinor);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const kitchen = await listOpenProducts(db(), ids.sam, { category: "Kitchen", pageSize: 100 });
    expect(kitchen.total).toBe(open.filter((p) => p.category === "Kitchen").length);
    const page2 = await listOpenProducts(db(), ids.sam, { page: 2, pageSize: 5 });
    expect(page2.rows.map((r) => r.id)).toEqual(all.rows.slice(5, 10).map((r) => r.id));

    const facets = await openCatalogueFacets(db(), ids.sam);
    expect(facets.shops.map((s) => s.name)).toEqual(["Brightside Home", "Saigon Craft Co."]);
    expect(facets.categories).toContain("Kitchen");
  });

  it("searches title, description, category and shop name without caring for accents or case, every word a prefix", async () => {
    const titles = async (q: string) => (await listOpenProducts(db(), ids.sam, { q, pageSize: 100 })).rows.map((r) => r.title).sort();
    const openTitles = (test: (p: (typeof open)[number]) => boolean) => open.filter(test).map((p) => p.title).sort();
    // "Bát Tràng Tea Set" by its plain letters, and by its accents.
    expect(await titles("bat trang")).toEqual(["Bát Tràng Tea Set"]);
    expect(await titles("BÁT TRÀNG")).toEqual(["Bát Tràng Tea Set"]);
    // The description: "Single-origin Đắk Lắk, medium roast."
    expect(await titles("dak lak")).toEqual(openTitles((p) => p.description.includes("Đắk Lắk")));
    // A word's beginning; the category; the shop's name (every open product of Saigon Craft Co.).
    expect(await titles("skil")).toEqual(["Cast Iron Skillet 26 cm"]);
    expect(await titles("kitchen")).toEqual(openTitles((p) => p.category === "Kitchen" || /kitchen/i.test(`${p.title} ${p.description}`)));
    expect(await titles("saigon craft")).toEqual(openTitles((p) => p.shopId === vndShop.id));
    // One word in the shop's name, the other in the product's own text.
    const mixed = (await listOpenProducts(db(), ids.sam, { q: "saigon bat", pageSize: 100 })).rows;
    expect(mixed.map((r) => r.title)).toContain("Bát Tràng Tea Set");
    expect(mixed.every((r) => r.shopId === vndShop.id)).toBe(true);
    expect(mixed.length).toBeLessThan(openTitles((p) => p.shopId === vndShop.id).length);
    // Every word must match; punctuation alone finds everything, as an empty box does.
    expect(await titles("bat trang skillet")).toEqual([]);
    expect((await listOpenProducts(db(), ids.sam, { q: "'&|!:*", pageSize: 100 })).total).toBe(open.length);
  });

  it("filters by currency and price, the creator's rate and a live campaign, and sorts by earning per sale and by units sold", async () => {
    const list = async (filters: Parameters<typeof listOpenProducts>[2]) => (await listOpenProducts(db(), ids.sam, { pageSize: 100, ...filters }, NOW)).rows;
    const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
    const usd = open.filter((p) => p.currency === "USD");
    expect(idsOf(await list({ currency: "USD" }))).toEqual(idsOf(usd));
    expect(idsOf(await list({ currency: "USD", minPriceMinor: 4000, maxPriceMinor: 6000 }))).toEqual(idsOf(usd.filter((p) => p.priceMinor >= 4000 && p.priceMinor <= 6000)));
    // Price bounds need the currency: alone they are ignored (a price means nothing across currencies).
    expect(await list({ minPriceMinor: 10_000_000 })).toHaveLength(open.length);
    expect(idsOf(await list({ minRateBps: 1500 }))).toEqual(idsOf((await list({})).filter((p) => p.bestRateBps >= 1500)));
    const inCampaign = await db()
      .selectDistinct({ id: t.campaignProducts.productId })
      .from(t.campaignProducts)
      .innerJoin(t.campaigns, eq(t.campaigns.id, t.campaignProducts.campaignId))
      .where(and(isNull(t.campaignProducts.removedAt), lte(t.campaigns.startsAt, NOW), gt(t.campaigns.endsAt, NOW)));
    expect(inCampaign.length).toBeGreaterThan(0);
    expect(idsOf(await list({ inCampaign: true }))).toEqual(idsOf(open.filter((p) => inCampaign.some((c) => c.id === p.id))));

    // Earning per sale: each currency together, the best first.
    const earning = await list({ sort: "earning" });
    const per = (p: (typeof earning)[number]) => Math.min(p.priceMinor, Math.round((p.priceMinor * p.bestRateBps) / 10_000) + p.bestFlatFeeMinor);
    for (const currency of ["USD", "VND"] as const) {
      const amounts = earning.filter((p) => p.currency === currency).map(per);
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    }
    // Units sold in the 30 days before now, from the orders themselves.
    const sold = await db()
      .select({ productId: t.orderLines.productId, units: sql<number>`sum(${t.orderLines.quantity} - ${t.orderLines.refundedQuantity} - ${t.orderLines.cancelledQuantity})`.mapWith(Number) })
      .from(t.orderLines)
      .innerJoin(t.orders, eq(t.orders.id, t.orderLines.orderId))
      .where(and(gte(t.orders.placedAt, addDays(NOW, -30)), lt(t.orders.placedAt, NOW), inArray(t.orders.state, ["paid", "shipped", "delivered", "completed"])))
      .groupBy(t.orderLines.productId);
    const unitsOf = (id: string) => sold.find((s) => s.productId === id)?.units ?? 0;
    const bySold = (await list({ sort: "sold" })).map((p) => unitsOf(p.id));
    expect(bySold).toEqual([...bySold].sort((a, b) => b - a));
    expect(bySold[0]).toBeGreaterThan(0);
  });

  it("leaves out the shops that blocked the creator", async () => {
    await db().insert(t.shopBlockedCreators).values({ shopId: usdShop.id, creatorId: ids.sam, reason: "test", blockedAt: NOW });
    const rows = (await listOpenProducts(db(), ids.sam, { pageSize: 100 })).rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.shopId === vndShop.id)).toBe(true);
    expect((await openCatalogueFacets(db(), ids.sam)).shops.map((s) => s.name)).toEqual(["Saigon Craft Co."]);
    expect((await listOpenProducts(db(), ids.leo, { shopId: usdShop.id })).total).toBeGreaterThan(0);
    await db().delete(t.shopBlockedCreators).where(and(eq(t.shopBlockedCreators.shopId, usdShop.id), eq(t.shopBlockedCreators.creatorId, ids.sam)));
  });

  it("shows the product being linked with its shop", async () => {
    expect(await findProductToLink(db(), closed.id)).toMatchObject({ id: closed.id, openToAffiliates: false, shopName: expect.any(String) });
  });
});

describe("the showcase editor", () => {
  it("adds a product at the end, moves items up and down, and removes by setting removed_at", async () => {
    const actor = { creatorId: ids.mai, at: NOW };
    const before = await currentShowcase(db(), ids.mai);
    expect(before.length).toBeGreaterThan(2);
    const candidate = open.find((p) => !before.some((i) => i.productId === p.id))!;
    const item = await addToShowcase(db(), actor, candidate.id);
    let items = await currentShowcase(db(), ids.mai);
    expect(items.at(-1)).toMatchObject({ id: item.id, productId: candidate.id });
    expect(item.addedAt.getTime()).toBe(NOW.getTime());

    expect((await refusal(addToShowcase(db(), actor, candidate.id))).message).toBe(`${candidate.title} is already in your showcase.`);
    expect((await refusal(addToShowcase(db(), actor, closed.id))).message).toBe(`${closed.title} is not open to creators right now.`);

    await moveInShowcase(db(), actor, item.id, "up");
    items = await currentShowcase(db(), ids.mai);
    expect(items.at(-2)!.id).toBe(item.id);
    expect(items.map((i) => i.position)).toEqual(items.map((_, index) => index));
    await moveInShowcase(db(), actor, items[0]!.id, "up");
    expect((await currentShowcase(db(), ids.mai)).map((i) => i.id)).toEqual(items.map((i) => i.id));
    await moveInShowcase(db(), actor, items[0]!.id, "down");
    expect((await currentShowcase(db(), ids.mai)).map((i) => i.id).slice(0, 2)).toEqual([items[1]!.id, items[0]!.id]);

    const later = { creatorId: ids.mai, at: addHours(NOW, 2) };
    await removeFromShowcase(db(), later, item.id);
    items = await currentShowcase(db(), ids.mai);
    expect(items.some((i) => i.id === item.id)).toBe(false);
    const [row] = await db().select().from(t.showcaseItems).where(eq(t.showcaseItems.id, item.id));
    expect(row!.removedAt!.getTime()).toBe(later.at.getTime());
    expect(await refusal(removeFromShowcase(db(), later, item.id))).toBeInstanceOf(NotFoundError);

    // Added again later: a new row from now on, the old one stays as history.
    const back = await addToShowcase(db(), later, candidate.id);
    expect(back.id).not.toBe(item.id);
    expect(await db().select().from(t.showcaseItems).where(and(eq(t.showcaseItems.creatorId, ids.mai), eq(t.showcaseItems.productId, candidate.id)))).toHaveLength(2);
  });

  it("is for affiliate creators only, and one creator cannot touch another's items", async () => {
    expect((await refusal(addToShowcase(db(), { creatorId: ids.leo, at: NOW }, open[0]!.id))).message).toContain("Showcases are for affiliate creators");
    const [maiItem] = await currentShowcase(db(), ids.mai);
    expect(await refusal(removeFromShowcase(db(), { creatorId: ids.ana, at: NOW }, maiItem!.id))).toBeInstanceOf(NotFoundError);
    expect(await refusal(moveInShowcase(db(), { creatorId: ids.ana, at: NOW }, maiItem!.id, "down"))).toBeInstanceOf(NotFoundError);
    expect((await currentShowcase(db(), ids.mai))[0]!.id).toBe(maiItem!.id);
  });
});

describe("the public pages", () => {
  it("shows a creator's showcase by handle, in order, without archived products", async () => {
    const items = await currentShowcase(db(), ids.mai);
    const found = await findPublicShowcase(db(), "MAI");
    expect(found?.profile).toMatchObject({ handle: "mai", displayName: "Mai Tran" });
    expect(found!.items.map((i) => i.id)).toEqual(items.filter((i) => i.status === "active").map((i) => i.id));
    expect(await findPublicShowcase(db(), "nobody")).toBeUndefined();
  });

  it("shows a product with its shop, and the shop's other products on sale", async () => {
    const product = open.find((p) => p.shopId === usdShop.id)!;
    expect(await findPublicProduct(db(), product.id)).toMatchObject({ id: product.id, title: product.title, shopName: "Brightside Home", shopSlug: usdShop.slug, status: "active" });
    expect(await findPublicProduct(db(), archived.id)).toMatchObject({ status: "archived" });
    const more = await shopProductsForBuyers(db(), usdShop.id, { exceptProductId: product.id, limit: 50 });
    expect(more.some((p) => p.id === product.id)).toBe(false);
    expect(more.some((p) => p.id === archived.id)).toBe(false);
    expect(more.length).toBeGreaterThan(0);
  });
});
