import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, count, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { campaignPublicProducts, findCampaignBySlug, findShopCampaign, listShopCampaigns, shopCampaignProducts } from "@/db/queries/campaigns";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { addDays, addHours } from "@/lib/clock";
import { checkImage } from "@/lib/media/image-upload";
import { campaignSlugFrom } from "@/lib/plans/campaign-slug";
import { campaignState } from "@/lib/plans/campaign-state";
import { createCampaign, updateCampaign } from "@/lib/plans/campaigns";
import type { ShopActor } from "@/lib/plans/plan-products";
import { campaignSchema, type CampaignInput } from "@/lib/validation/plans";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
let handle: DbHandle;
let sellerA: ShopActor & { shop: t.Shop };
let sellerB: ShopActor & { shop: t.Shop };
let productsA: t.Product[];
let productsB: t.Product[];

const db = () => handle.db;
const at = (hours: number) => addHours(NOW, hours);
const actor = (seller: ShopActor, hours = 0): ShopActor => ({ ...seller, at: at(hours) });

function campaignInput(overrides: Partial<CampaignInput> = {}): CampaignInput {
  return {
    name: "Winter warmers",
    slug: null,
    description: "Cosy things",
    startsAt: NOW,
    endsAt: addDays(NOW, 14),
    products: productsA.slice(0, 2).map((p) => ({ productId: p.id, rateBps: 1500, flatFeeMinor: 0 })),
    ...overrides,
  };
}

async function countRows() {
  const [campaigns] = await db().select({ n: count() }).from(t.campaigns);
  const [rows] = await db().select({ n: count() }).from(t.campaignProducts);
  return { campaigns: campaigns!.n, rows: rows!.n };
}

async function fieldErrors(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return (error as UserFacingError).fields;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, NOW);
  const users = await db().select().from(t.users);
  const idOf = (email: string) => users.find((u) => u.email === email)!.id;
  const [shopA] = await db().select().from(t.shops).where(eq(t.shops.ownerUserId, idOf("seller@demo.test")));
  const [shopB] = await db().select().from(t.shops).where(eq(t.shops.ownerUserId, idOf("seller.vn@demo.test")));
  sellerA = { shop: shopA!, at: NOW };
  sellerB = { shop: shopB!, at: NOW };
  const earning = (shopId: string) =>
    db()
      .select()
      .from(t.products)
      .where(and(eq(t.products.shopId, shopId), eq(t.products.status, "active"), eq(t.products.openToAffiliates, true)))
      .orderBy(asc(t.products.title));
  productsA = await earning(shopA!.id);
  productsB = await earning(shopB!.id);
});
afterAll(async () => {
  await handle?.close();
});

describe("creating a campaign", () => {
  it("makes the address from the name and dates every product from now", async () => {
    const campaign = await createCampaign(db(), sellerA, campaignInput({ name: "Winter Warmers 2026!" }), null);
    expect(campaign.slug).toBe("winter-warmers-2026");
    const rows = await shopCampaignProducts(db(), { shopId: sellerA.shop.id, campaignId: campaign.id });
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.addedAt.getTime() === NOW.getTime() && r.removedAt === null && r.rateBps === 1500)).toBe(true);
    expect(await listShopCampaigns(db(), sellerA.shop.id)).toMatchObject([{ campaign: { id: campaign.id }, productCount: 2 }]);
  });

  it("keeps addresses unique: a taken one typed by the seller is a field message, a made one is numbered", async () => {
    const before = await countRows();
    // The demo's VND shop already runs "tet-gift-week".
    expect((await fieldErrors(createCampaign(db(), sellerA, campaignInput({ slug: "tet-gift-week" }), null))).slug).toBe("Another campaign already uses this address");
    expect(await countRows()).toEqual(before);
    const second = await createCampaign(db(), sellerA, campaignInput({ name: "Winter Warmers 2026" }), null);
    expect(second.slug).toBe("winter-warmers-2026-2");
    const own = await createCampaign(db(), sellerA, campaignInput({ slug: "my-own-address" }), null);
    expect(own.slug).toBe("my-own-address");
    expect((await fieldErrors(updateCampaign(db(), sellerA, second.id, campaignInput({ slug: "my-own-address" }), null))).slug).toBe("Another campaign already uses this address");
    // Saving a campaign with its own address again is fine.
    await expect(updateCampaign(db(), sellerA, own.id, campaignInput({ slug: "my-own-address", name: "Renamed" }), null)).resolves.toMatchObject({ slug: "my-own-address", name: "Renamed" });
  });

  it("of two campaigns racing for one address, exactly one gets it", async () => {
    const results = await Promise.allSettled([
      createCampaign(db(), sellerA, campaignInput({ slug: "race-for-it" }), null),
      createCampaign(db(), sellerB, campaignInput({ slug: "race-for-it", products: [] }), null),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [row] = await db().select({ n: count() }).from(t.campaigns).where(eq(t.campaigns.slug, "race-for-it"));
    expect(row!.n).toBe(1);
  });

  it("refuses an end before or equal to the start as a message on the end", async () => {
    const before = await countRows();
    for (const endsAt of [addDays(NOW, -2), NOW]) {
      expect((await fieldErrors(createCampaign(db(), sellerA, campaignInput({ endsAt }), null))).endsAt).toBe("The end must be after the start");
    }
    expect(await countRows()).toEqual(before);
  });

  it("pays a flat fee instead of or on top of a rate, and refuses neither", async () => {
    const [a, b] = productsA;
    const campaign = await createCampaign(
      db(),
      sellerA,
      campaignInput({
        products: [
          { productId: a!.id, rateBps: 0, flatFeeMinor: 500 },
          { productId: b!.id, rateBps: 1000, flatFeeMinor: 200 },
        ],
      }),
      null,
    );
    const rows = await shopCampaignProducts(db(), { shopId: sellerA.shop.id, campaignId: campaign.id });
    expect(rows.map((r) => [r.productId, r.rateBps, r.flatFeeMinor]).sort()).toEqual(
      [
        [a!.id, 0, 500],
        [b!.id, 1000, 200],
      ].sort(),
    );
    const fields = await fieldErrors(createCampaign(db(), sellerA, campaignInput({ products: [{ productId: a!.id, rateBps: 0, flatFeeMinor: 0 }] }), null));
    expect(fields[`rate_${a!.id}`]).toBe("Set a rate between 1% and 80%, or a flat fee");
  });

  it("stores an uploaded banner and refuses a file that is not an image", async () => {
    const campaign = await createCampaign(db(), sellerA, campaignInput(), checkImage(PNG));
    const [media] = await db().select().from(t.media).where(eq(t.media.id, campaign.bannerMediaId!));
    expect(media).toMatchObject({ contentType: "image/png", ownerUserId: sellerA.shop.ownerUserId });
    const before = await countRows();
    expect((await fieldErrors(createCampaign(db(), sellerA, campaignInput(), checkImage(Buffer.from("<svg onload=alert(1)>"))))).banner).toMatch(/not an image/);
    expect(await countRows()).toEqual(before);
  });

  it("reads the form: the address is optional, and an explicit one must be well formed", () => {
    const [a] = productsA;
    const parsed = campaignSchema("USD").safeParse({ name: "Spring", slug: "", startsAt: "2026-12-01T00:00", endsAt: "2026-12-02", [`include_${a!.id}`]: "on", [`rate_${a!.id}`]: "15", [`fee_${a!.id}`]: "1" });
    expect(parsed.data).toMatchObject({ slug: null, endsAt: new Date("2026-12-02T00:00:00Z"), products: [{ productId: a!.id, rateBps: 1500, flatFeeMinor: 100 }] });
    const bad = campaignSchema("USD").safeParse({ name: "Spring", slug: "Not a slug!", startsAt: "2026-02-30T00:00", endsAt: "" });
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toMatchObject({ slug: expect.stringMatching(/lower-case letters/), startsAt: expect.stringMatching(/like 2026-11-22/), endsAt: "Enter the end date and time" });
    expect(campaignSlugFrom("Tết Gift Week — đặc biệt")).toBe("tet-gift-week-dac-biet");
  });
});

describe("products coming and going", () => {
  it("removing a product dates its removal and keeps the row; adding one dates its addition", async () => {
    const [a, b, c] = productsA;
    const campaign = await createCampaign(db(), sellerA, campaignInput({ name: "History" }), null);
    await updateCampaign(db(), actor(sellerA, 5), campaign.id, campaignInput({ name: "History", products: [{ productId: b!.id, rateBps: 2000, flatFeeMinor: 0 }, { productId: c!.id, rateBps: 1500, flatFeeMinor: 0 }] }), null);
    const rows = new Map((await shopCampaignProducts(db(), { shopId: sellerA.shop.id, campaignId: campaign.id })).map((r) => [r.productId, r]));
    expect(rows.get(a!.id)).toMatchObject({ addedAt: NOW, removedAt: at(5) });
    expect(rows.get(b!.id)).toMatchObject({ addedAt: NOW, removedAt: null, rateBps: 2000 });
    expect(rows.get(c!.id)).toMatchObject({ addedAt: at(5), removedAt: null });

    // Buyers see what the campaign held at the time.
    const titlesAt = async (hours: number) => (await campaignPublicProducts(db(), campaign.id, at(hours))).map((p) => p.id).sort();
    expect(await titlesAt(1)).toEqual([a!.id, b!.id].sort());
    expect(await titlesAt(6)).toEqual([b!.id, c!.id].sort());

    // Put back later: a new period from then on, and the earlier one is kept as it was.
    await updateCampaign(db(), actor(sellerA, 8), campaign.id, campaignInput({ name: "History", products: [a, b, c].map((p) => ({ productId: p!.id, rateBps: 1500, flatFeeMinor: 0 })) }), null);
    const periods = (await shopCampaignProducts(db(), { shopId: sellerA.shop.id, campaignId: campaign.id })).filter((r) => r.productId === a!.id);
    expect(periods.map((r) => [r.addedAt, r.removedAt])).toEqual([
      [at(8), null],
      [NOW, at(5)],
    ]);
    expect(await titlesAt(1)).toEqual([a!.id, b!.id].sort());
    expect(await titlesAt(9)).toEqual([a!.id, b!.id, c!.id].sort());
  });

  it("buyers never see archived products; an archived product cannot be added but may stay", async () => {
    const [archived] = await db()
      .select()
      .from(t.products)
      .where(and(eq(t.products.shopId, sellerA.shop.id), eq(t.products.status, "archived")));
    const archivedRow = { productId: archived!.id, rateBps: 1000, flatFeeMinor: 0 };
    const fresh = await createCampaign(db(), sellerA, campaignInput({ name: "Fresh" }), null);
    expect((await fieldErrors(updateCampaign(db(), sellerA, fresh.id, campaignInput({ products: [archivedRow] }), null)))[`rate_${archived!.id}`]).toBe("This product is archived");

    // In the campaign before it was archived: buyers no longer see it, and the seller can still save.
    const campaign = await createCampaign(db(), sellerA, campaignInput({ name: "With archived" }), null);
    await db().insert(t.campaignProducts).values({ campaignId: campaign.id, productId: archived!.id, rateBps: 1000, addedAt: NOW });
    expect((await campaignPublicProducts(db(), campaign.id, at(1))).map((p) => p.id)).not.toContain(archived!.id);
    await updateCampaign(db(), actor(sellerA, 1), campaign.id, campaignInput({ name: "With archived", products: [...campaignInput().products, archivedRow] }), null);
    expect((await shopCampaignProducts(db(), { shopId: sellerA.shop.id, campaignId: campaign.id })).find((r) => r.productId === archived!.id)).toMatchObject({ removedAt: null });
  });
});

describe("one seller's campaigns are invisible to another", () => {
  it("seller B cannot read, edit or add products to seller A's campaign", async () => {
    const campaign = await createCampaign(db(), sellerA, campaignInput({ name: "A only", slug: "a-only" }), null);
    expect(await findShopCampaign(db(), { shopId: sellerB.shop.id, campaignId: campaign.id })).toBeUndefined();
    expect(await shopCampaignProducts(db(), { shopId: sellerB.shop.id, campaignId: campaign.id })).toEqual([]);
    expect((await listShopCampaigns(db(), sellerB.shop.id)).map((c) => c.campaign.id)).not.toContain(campaign.id);

    const [before] = await db().select().from(t.campaigns).where(eq(t.campaigns.id, campaign.id));
    const rowsBefore = await db().select().from(t.campaignProducts).where(eq(t.campaignProducts.campaignId, campaign.id));
    const own = productsB[0]!;
    await expect(updateCampaign(db(), sellerB, campaign.id, campaignInput({ name: "Taken over", slug: "taken", products: [{ productId: own.id, rateBps: 2000, flatFeeMinor: 0 }] }), null)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(updateCampaign(db(), sellerB, campaign.id, campaignInput({ name: "Taken over", products: [] }), null)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().select().from(t.campaigns).where(eq(t.campaigns.id, campaign.id))).toEqual([before]);
    expect(await db().select().from(t.campaignProducts).where(eq(t.campaignProducts.campaignId, campaign.id))).toEqual(rowsBefore);
  });

  it("a seller cannot put another shop's product into their own campaign", async () => {
    const before = await countRows();
    const foreign = { productId: productsA[0]!.id, rateBps: 2000, flatFeeMinor: 0 };
    await expect(createCampaign(db(), sellerB, campaignInput({ name: "B sale", products: [foreign] }), null)).rejects.toBeInstanceOf(NotFoundError);
    expect(await countRows()).toEqual(before);
    const own = productsB[0]!;
    const campaign = await createCampaign(db(), sellerB, campaignInput({ name: "B sale", products: [{ productId: own.id, rateBps: 2000, flatFeeMinor: 0 }] }), null);
    await expect(updateCampaign(db(), sellerB, campaign.id, campaignInput({ name: "B sale", products: [{ productId: own.id, rateBps: 2000, flatFeeMinor: 0 }, foreign] }), null)).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().select().from(t.campaignProducts).where(eq(t.campaignProducts.campaignId, campaign.id))).map((r) => r.productId)).toEqual([own.id]);
  });
});

describe("the public campaign page", () => {
  it("finds a campaign by its address and tells scheduled, live and ended apart", async () => {
    const campaign = await createCampaign(db(), sellerA, campaignInput({ name: "Public", slug: "public-page", startsAt: addDays(NOW, 1), endsAt: addDays(NOW, 3) }), null);
    const found = await findCampaignBySlug(db(), "public-page");
    expect(found).toMatchObject({ campaign: { id: campaign.id }, shopName: sellerA.shop.name });
    expect(campaignState(found!.campaign, NOW)).toBe("scheduled");
    expect(campaignState(found!.campaign, addDays(NOW, 1))).toBe("live");
    expect(campaignState(found!.campaign, addDays(NOW, 3))).toBe("ended");
    expect(await findCampaignBySlug(db(), "no-such-campaign")).toBeUndefined();
    const products = await campaignPublicProducts(db(), campaign.id, addDays(NOW, 2));
    expect(products.map((p) => p.shopName)).toEqual([sellerA.shop.name, sellerA.shop.name]);
  });
});
