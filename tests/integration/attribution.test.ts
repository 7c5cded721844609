import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { blockCreator, blockedCreatorIds, visitorClicksForAttribution, visitorOfClick } from "@/db/queries/attribution";
import { insertClicks } from "@/db/queries/links";
import { findShopByOwner } from "@/db/queries/shops";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { attributeOrderLine } from "@/lib/attribution";
import { addDays, addHours } from "@/lib/clock";
import { getOrCreateLink } from "@/lib/links/generate";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;
let seq = 0;

async function clickOn(linkId: string, visitorId: string, at: Date, isBot = false) {
  const id = `clk_test${String(++seq).padStart(22, "0")}`;
  await insertClicks(handle.db, [{ id, linkId, visitorId, clickedAt: at, ipHash: null, userAgent: null, referrer: null, isBot, earning: true, uniqueCandidate: true }]);
  return id;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, addDays(NOW, -1));
});
afterAll(async () => {
  await handle?.close();
});

describe("attribution from stored clicks", () => {
  it("last click wins between two creators, until the seller blocks the last one", async () => {
    const [mai, leo] = await Promise.all([findUserByEmail(handle.db, "mai@demo.test"), findUserByEmail(handle.db, "leo@demo.test")]);
    const [product] = await handle.db.select().from(t.products).where(eq(t.products.sku, "BRI-0004"));
    const maiLink = (await getOrCreateLink(handle.db, { creatorId: mai!.id, target: { type: "product", productId: product!.id }, channel: "youtube", subId: "", at: addDays(NOW, -5) })).link;
    const leoLink = (await getOrCreateLink(handle.db, { creatorId: leo!.id, target: { type: "product", productId: product!.id }, channel: "tiktok", subId: "", at: addDays(NOW, -5) })).link;
    const visitor = "v_AttributionVisitor00001";
    const maiClick = await clickOn(maiLink.id, visitor, addDays(NOW, -3));
    const leoClick = await clickOn(leoLink.id, visitor, addDays(NOW, -1));
    await clickOn(maiLink.id, visitor, addHours(NOW, -1), true);

    const line = { productId: product!.id, orderedAt: NOW };
    const clicks = await visitorClicksForAttribution(handle.db, visitor, NOW);
    expect(clicks).toHaveLength(3);
    expect(attributeOrderLine(line, clicks)).toMatchObject({ earns: true, click: { id: leoClick } });

    const shop = (await findShopByOwner(handle.db, (await findUserByEmail(handle.db, "seller@demo.test"))!.id))!;
    await blockCreator(handle.db, { shopId: shop.id, creatorId: leo!.id, reason: "fake traffic", at: NOW });
    expect(attributeOrderLine(line, clicks, await blockedCreatorIds(handle.db, shop.id))).toMatchObject({ earns: true, click: { id: maiClick } });
    expect(await visitorOfClick(handle.db, maiClick)).toBe(visitor);
    // Nor can the blocked creator make new links to the shop's products.
    await expect(getOrCreateLink(handle.db, { creatorId: leo!.id, target: { type: "product", productId: product!.id }, channel: "blog", subId: "new", at: NOW })).rejects.toThrow(/no longer works with you/);
  });

  it("a showcase click covers the products in the showcase at the time of the order, read from the database", async () => {
    const mai = (await findUserByEmail(handle.db, "mai@demo.test"))!;
    const { link } = await getOrCreateLink(handle.db, { creatorId: mai.id, target: { type: "showcase" }, channel: "instagram", subId: "bio", at: addDays(NOW, -2) });
    const items = await handle.db.select().from(t.showcaseItems).where(eq(t.showcaseItems.creatorId, mai.id));
    const [inShowcase, removed] = items;
    await handle.db.update(t.showcaseItems).set({ removedAt: addDays(NOW, -1) }).where(eq(t.showcaseItems.id, removed!.id));
    const visitor = "v_ShowcaseVisitor00000001";
    const click = await clickOn(link.id, visitor, addDays(NOW, -2));
    const clicks = await visitorClicksForAttribution(handle.db, visitor, NOW);
    expect(attributeOrderLine({ productId: inShowcase!.productId, orderedAt: NOW }, clicks)).toMatchObject({ earns: true, click: { id: click } });
    expect(attributeOrderLine({ productId: removed!.productId, orderedAt: NOW }, clicks)).toEqual({ earns: false, reason: "no_click" });
  });

  it("reports a click older than 14 days as too old, not as missing", async () => {
    const sam = (await findUserByEmail(handle.db, "sam@demo.test"))!;
    const [product] = await handle.db.select().from(t.products).where(eq(t.products.sku, "BRI-0005"));
    const { link } = await getOrCreateLink(handle.db, { creatorId: sam.id, target: { type: "product", productId: product!.id }, channel: "email", subId: "", at: addDays(NOW, -30) });
    const visitor = "v_OldClickVisitor00000001";
    await clickOn(link.id, visitor, addDays(NOW, -20));
    expect(attributeOrderLine({ productId: product!.id, orderedAt: NOW }, await visitorClicksForAttribution(handle.db, visitor, NOW))).toEqual({ earns: false, reason: "click_too_old" });
  });
});
