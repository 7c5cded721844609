import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, gte, inArray, isNull, lt, ne, sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { removeFavourite, saveFavourite } from "@/db/queries/favourites";
import { campaignDirectory, findMarketplaceShop, listOpenProducts, productStats } from "@/db/queries/open-catalogue";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { addDays, addHours } from "@/lib/clock";
import { bestMarketplaceRates, campaignLinkRates } from "@/lib/commissions/creator-rates";
import { newId } from "@/lib/ids";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;
const db = () => handle.db;
const ids: Record<"mai" | "ana" | "leo" | "sam", string> = { mai: "", ana: "", leo: "", sam: "" };
let open: t.Product[];
let usdShop: t.Shop;
let vndShop: t.Shop;
/** A USD product at a 1% open rate that Sam's accepted targeted plan pays 70% on. */
let picked: t.Product;

type Filters = Parameters<typeof listOpenProducts>[2];
const list = async (creatorId: string, filters: Filters = {}) => (await listOpenProducts(db(), creatorId, { pageSize: 100, ...filters }, NOW)).rows;
const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, NOW);
  const users = await db().select().from(t.users);
  for (const name of Object.keys(ids) as (keyof typeof ids)[]) ids[name] = users.find((u) => u.email === `${name}@demo.test`)!.id;
  const shops = await db().select().from(t.shops);
  usdShop = shops.find((s) => s.currency === "USD")!;
  vndShop = shops.find((s) => s.currency === "VND")!;
  const inPlansOrCampaigns = [
    ...(await db().select({ id: t.targetedPlanProducts.productId }).from(t.targetedPlanProducts)),
    ...(await db().select({ id: t.campaignProducts.productId }).from(t.campaignProducts)),
  ].map((r) => r.id);
  const products = await db().select().from(t.products);
  const candidate = products.find((p) => p.shopId === usdShop.id && p.status === "active" && p.openToAffiliates && !inPlansOrCampaigns.includes(p.id))!;
  const [updated] = await db().update(t.products).set({ openRateBps: 100, openFlatFeeMinor: 0 }).where(eq(t.products.id, candidate.id)).returning();
  picked = updated!;
  await db().insert(t.productRateChanges).values({ id: newId("prc"), productId: picked.id, openToAffiliates: true, rateBps: 100, flatFeeMinor: 0, effectiveAt: addHours(NOW, -1) });
  const planId = newId("tpl");
  await db().insert(t.targetedPlans).values({ id: planId, shopId: usdShop.id, name: "Sam's picks", startsAt: addDays(NOW, -3), endsAt: addDays(NOW, 30), status: "live" });
  await db().insert(t.targetedPlanProducts).values({ planId, productId: picked.id, rateBps: 7000, flatFeeMinor: 0 });
  await db().insert(t.targetedPlanCreators).values([
    { planId, creatorId: ids.sam, status: "accepted", invitedAt: addDays(NOW, -3), respondedAt: addDays(NOW, -2) },
    { planId, creatorId: ids.leo, status: "pending", invitedAt: addDays(NOW, -3) },
  ]);
  open = (await db().select().from(t.products)).filter((p) => p.status === "active" && p.openToAffiliates);
});
afterAll(async () => {
  await handle?.close();
});

describe("the marketplace's own-rate sort and rate range", () => {
  it("orders by the creator's own best rate: their accepted targeted plan beats the open rate, for them only", async () => {
    const forSam = await list(ids.sam);
    expect(forSam[0]).toMatchObject({ id: picked.id, bestRateBps: 7000, openRateBps: 100 });
    const forLeo = await list(ids.leo); // invited, not accepted: the open 1%
    expect(forLeo.find((r) => r.id === picked.id)).toMatchObject({ bestRateBps: 100 });
    expect(forLeo.findIndex((r) => r.id === picked.id)).toBeGreaterThan(forLeo.length / 2);
    for (const rows of [forSam, forLeo]) {
      const rates = rows.map((r) => r.bestRateBps);
      expect(rates).toEqual([...rates].sort((a, b) => b - a));
    }
  });

  it("agrees with the rate rule on every product, campaign rates included (the cards show the rule's answer)", async () => {
    for (const creator of [ids.mai, ids.sam, ids.leo]) {
      const rows = await list(creator);
      const rates = await bestMarketplaceRates(db(), { creatorId: creator, productIds: rows.map((r) => r.id), at: NOW });
      for (const row of rows) expect({ id: row.id, rateBps: row.bestRateBps, flatFeeMinor: row.bestFlatFeeMinor }).toEqual({ id: row.id, ...rates.get(row.id)!.reward });
    }
    // A product of the live campaign paying more than its open rate: the campaign is the best plan, for anyone.
    const [item] = await db()
      .select({ productId: t.campaignProducts.productId, campaignId: t.campaignProducts.campaignId, rateBps: t.campaignProducts.rateBps })
      .from(t.campaignProducts)
      .innerJoin(t.products, eq(t.products.id, t.campaignProducts.productId))
      .where(and(isNull(t.campaignProducts.removedAt), sql`${t.campaignProducts.rateBps} > ${t.products.openRateBps}`));
    expect(item).toBeDefined();
    const leoRates = await bestMarketplaceRates(db(), { creatorId: ids.leo, productIds: [item!.productId], at: NOW });
    expect(leoRates.get(item!.productId)).toMatchObject({ planKind: "campaign", campaignId: item!.campaignId, reward: { rateBps: item!.rateBps } });
    expect((await list(ids.leo)).find((r) => r.id === item!.productId)?.bestRateBps).toBe(item!.rateBps);
  });

  it("filters by a range of the creator's own rate", async () => {
    expect(idsOf(await list(ids.sam, { minRateBps: 6500 }))).toEqual([picked.id]);
    expect(await list(ids.leo, { minRateBps: 6500 })).toEqual([]);
    expect(idsOf(await list(ids.leo, { maxRateBps: 100 }))).toContain(picked.id);
    expect(idsOf(await list(ids.sam, { maxRateBps: 100 }))).not.toContain(picked.id);
    const band = await list(ids.mai, { minRateBps: 1000, maxRateBps: 1500 });
    const all = await list(ids.mai);
    expect(idsOf(band)).toEqual(idsOf(all.filter((r) => r.bestRateBps >= 1000 && r.bestRateBps <= 1500)));
    expect(band.length).toBeGreaterThan(0);
  });
});

describe("the other filters and sorts", () => {
  it("filters by search, category, shop, currency and price, and a live campaign", async () => {
    expect((await list(ids.sam, { q: "skillet" })).map((r) => r.title)).toEqual(["Cast Iron Skillet 26 cm"]);
    expect(idsOf(await list(ids.sam, { category: "Kitchen" }))).toEqual(idsOf(open.filter((p) => p.category === "Kitchen")));
    expect(idsOf(await list(ids.sam, { shopId: vndShop.id }))).toEqual(idsOf(open.filter((p) => p.shopId === vndShop.id)));
    const usd = open.filter((p) => p.currency === "USD");
    expect(idsOf(await list(ids.sam, { currency: "USD", minPriceMinor: 2000, maxPriceMinor: 5000 }))).toEqual(idsOf(usd.filter((p) => p.priceMinor >= 2000 && p.priceMinor <= 5000)));
    const live = await db().select({ id: t.campaignProducts.productId }).from(t.campaignProducts).where(isNull(t.campaignProducts.removedAt));
    expect(idsOf(await list(ids.sam, { inCampaign: true }))).toEqual(idsOf(open.filter((p) => live.some((c) => c.id === p.id))));
  });

  it("sorts by earning per sale at the creator's own rate, newest and price", async () => {
    const earning = await list(ids.sam, { sort: "earning" });
    const per = (r: (typeof earning)[number]) => Math.min(r.priceMinor, Math.round((r.priceMinor * r.bestRateBps) / 10_000) + r.bestFlatFeeMinor);
    expect(earning.map((r) => r.currency)).toEqual([...earning.map((r) => r.currency)].sort());
    for (const currency of ["USD", "VND"] as const) {
      const amounts = earning.filter((r) => r.currency === currency).map(per);
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    }
    // Sam's 70% on the picked product earns more than its 1% open rate would: it leads the USD products.
    expect(earning.find((r) => r.currency === "USD")!.id).toBe(picked.id);
    const created = new Map(open.map((p) => [p.id, p.createdAt.getTime()]));
    const newest = (await list(ids.sam, { sort: "newest" })).map((r) => created.get(r.id)!);
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    const prices = (await list(ids.sam, { sort: "price_asc", currency: "VND" })).map((r) => r.priceMinor);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  it("sorts by earnings per click over 30 days, within each currency, from the raw clicks and commissions", async () => {
    const from = addDays(NOW, -30);
    const clicked = await db()
      .select({ productId: t.links.productId, n: sql<number>`count(*)`.mapWith(Number) })
      .from(t.clicks)
      .innerJoin(t.links, eq(t.links.id, t.clicks.linkId))
      .where(and(eq(t.links.type, "product"), eq(t.clicks.isBot, false), gte(t.clicks.clickedAt, from), lt(t.clicks.clickedAt, NOW)))
      .groupBy(t.links.productId);
    const earned = await db()
      .select({ productId: t.links.productId, minor: sql<number>`sum(${t.commissions.amountMinor})`.mapWith(Number) })
      .from(t.commissions)
      .innerJoin(t.links, eq(t.links.id, t.commissions.linkId))
      .where(and(eq(t.links.type, "product"), ne(t.commissions.state, "reversed"), gte(t.commissions.earnedAt, from), lt(t.commissions.earnedAt, NOW)))
      .groupBy(t.links.productId);
    const epcOf = (id: string) => {
      const n = clicked.find((c) => c.productId === id)?.n ?? 0;
      return n === 0 ? 0 : (earned.find((e) => e.productId === id)?.minor ?? 0) / n;
    };
    const rows = await list(ids.mai, { sort: "epc" });
    expect(rows).toHaveLength(open.length);
    for (const currency of ["USD", "VND"] as const) {
      const epcs = rows.filter((r) => r.currency === currency).map((r) => epcOf(r.id));
      expect(epcs).toEqual([...epcs].sort((a, b) => b - a));
    }
    expect(rows.some((r) => epcOf(r.id) > 0)).toBe(true);
    // The cards' figures: the same clicks and earnings, and units sold, for the listed products.
    const stats = await productStats(db(), { productIds: rows.map((r) => r.id), at: NOW });
    for (const row of rows) {
      const s = stats.get(row.id)!;
      expect(s.clicks).toBe(clicked.find((c) => c.productId === row.id)?.n ?? 0);
      expect(s.clicks === 0 ? 0 : s.earnedMinor / s.clicks).toBeCloseTo(epcOf(row.id));
    }
    const sold = await db()
      .select({ productId: t.orderLines.productId, n: sql<number>`sum(${t.orderLines.quantity} - ${t.orderLines.refundedQuantity} - ${t.orderLines.cancelledQuantity})`.mapWith(Number) })
      .from(t.orderLines)
      .innerJoin(t.orders, eq(t.orders.id, t.orderLines.orderId))
      .where(and(gte(t.orders.placedAt, from), lt(t.orders.placedAt, NOW), inArray(t.orders.state, ["paid", "shipped", "delivered", "completed"])))
      .groupBy(t.orderLines.productId);
    for (const row of rows) expect(stats.get(row.id)!.sold).toBe(sold.find((s) => s.productId === row.id)?.n ?? 0);
    const bySold = (await list(ids.mai, { sort: "sold" })).map((r) => stats.get(r.id)!.sold);
    expect(bySold).toEqual([...bySold].sort((a, b) => b - a));
  });
});

describe("favourites", () => {
  it("saves a product once however often it is saved, lists only the saved ones, and forgets it on removal", async () => {
    const [first, second] = open.filter((p) => p.shopId === vndShop.id);
    const owner = { creatorId: ids.ana, at: NOW };
    await saveFavourite(db(), { ...owner, productId: first!.id });
    await saveFavourite(db(), { ...owner, productId: first!.id });
    await Promise.all([saveFavourite(db(), { ...owner, productId: second!.id }), saveFavourite(db(), { ...owner, productId: second!.id })]);
    await saveFavourite(db(), { ...owner, productId: "prd_does_not_exist" });
    const rows = await db().select().from(t.productFavourites).where(eq(t.productFavourites.creatorId, ids.ana));
    expect(rows.map((r) => r.productId).sort()).toEqual([first!.id, second!.id].sort());

    expect(idsOf(await list(ids.ana, { favourites: true }))).toEqual([first!.id, second!.id].sort());
    expect((await list(ids.ana)).filter((r) => r.saved).map((r) => r.id).sort()).toEqual([first!.id, second!.id].sort());
    // Another creator's hearts are theirs.
    expect(await list(ids.leo, { favourites: true })).toEqual([]);
    expect((await list(ids.leo)).some((r) => r.saved)).toBe(false);

    await removeFavourite(db(), { creatorId: ids.ana, productId: first!.id });
    await removeFavourite(db(), { creatorId: ids.ana, productId: first!.id });
    expect(idsOf(await list(ids.ana, { favourites: true }))).toEqual([second!.id]);
    expect(idsOf(await list(ids.ana, { favourites: true, sort: "epc" }))).toEqual([second!.id]);
  });
});

describe("a shop's page", () => {
  it("lists only that shop's active products open to creators, and knows no unknown shop", async () => {
    const archivedOrClosed = (await db().select().from(t.products)).filter((p) => p.shopId === usdShop.id && (p.status !== "active" || !p.openToAffiliates));
    expect(archivedOrClosed.length).toBeGreaterThan(0);
    const rows = await list(ids.sam, { shopId: usdShop.id });
    expect(idsOf(rows)).toEqual(idsOf(open.filter((p) => p.shopId === usdShop.id)));
    expect(rows.every((r) => r.shopName === usdShop.name)).toBe(true);
    expect(await findMarketplaceShop(db(), usdShop.id)).toEqual({ id: usdShop.id, name: usdShop.name, country: usdShop.country, currency: "USD" });
    expect(await findMarketplaceShop(db(), "shp_unknown")).toBeUndefined();
  });
});

describe("the campaign directory", () => {
  it("lists live and upcoming campaigns, never ended ones, each product with the creator's campaign-link rate", async () => {
    const [demo] = await db().select().from(t.campaigns);
    const usdProducts = open.filter((p) => p.shopId === usdShop.id && p.id !== picked.id);
    const campaign = (name: string, startsAt: Date, endsAt: Date) => ({ id: newId("cmp"), shopId: usdShop.id, slug: name.toLowerCase().replace(/ /g, "-"), name, startsAt, endsAt });
    const ended = campaign("Autumn Ended", addDays(NOW, -20), addDays(NOW, -1));
    const upcoming = campaign("Winter Soon", addDays(NOW, 5), addDays(NOW, 12));
    await db().insert(t.campaigns).values([ended, upcoming]);
    await db().insert(t.campaignProducts).values([
      { campaignId: ended.id, productId: usdProducts[0]!.id, rateBps: 3000, addedAt: addDays(NOW, -20) },
      { campaignId: upcoming.id, productId: usdProducts[0]!.id, rateBps: 2500, addedAt: NOW },
      { campaignId: upcoming.id, productId: picked.id, rateBps: 2000, addedAt: NOW },
      { campaignId: upcoming.id, productId: usdProducts[1]!.id, rateBps: 2200, addedAt: NOW, removedAt: addHours(NOW, 1) },
    ]);

    const directory = await campaignDirectory(db(), ids.sam, NOW);
    expect(directory.map((c) => [c.name, c.live])).toEqual([
      [demo!.name, true],
      ["Winter Soon", false],
    ]);
    const soon = directory.find((c) => c.id === upcoming.id)!;
    // Only the products in it now.
    expect(idsOf(soon.products.map((p) => ({ id: p.productId })))).toEqual([usdProducts[0]!.id, picked.id].sort());

    const rateOf = async (creatorId: string) =>
      campaignLinkRates(db(), { creatorId, items: soon.products.map((p) => ({ campaignId: soon.id, productId: p.productId, at: soon.startsAt })) });
    const forLeo = await rateOf(ids.leo);
    expect(forLeo(soon.id, usdProducts[0]!.id)).toEqual({ planKind: "campaign", reward: { rateBps: 2500, flatFeeMinor: 0 } });
    expect(forLeo(soon.id, picked.id)).toEqual({ planKind: "campaign", reward: { rateBps: 2000, flatFeeMinor: 0 } });
    // Sam's 70% targeted plan pays more than the campaign's 20% even through the campaign's link.
    expect((await rateOf(ids.sam))(soon.id, picked.id)).toEqual({ planKind: "targeted", reward: { rateBps: 7000, flatFeeMinor: 0 } });

    // A shop that blocked the creator has no campaign in their directory.
    await db().insert(t.shopBlockedCreators).values({ shopId: usdShop.id, creatorId: ids.leo, reason: "test", blockedAt: NOW });
    expect((await campaignDirectory(db(), ids.leo, NOW)).map((c) => c.id)).not.toContain(upcoming.id);
    await db().delete(t.shopBlockedCreators).where(eq(t.shopBlockedCreators.creatorId, ids.leo));
  });
});
