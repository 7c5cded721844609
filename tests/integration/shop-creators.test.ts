import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { discoverCreators, findShopCreator, listShopCreators } from "@/db/queries/shop-creators";
import { findShopByOwner } from "@/db/queries/shops";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import type { Shop } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { addDays } from "@/lib/clock";
import { blockCreatorForShop, tagCreator, unblockCreatorForShop, untagCreator } from "@/lib/shop-creators/manage";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;
let shop: Shop;
let anaId: string;
let maiId: string;
const db = () => handle.db;
const seller = () => ({ shop, at: NOW });

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), NOW);
  shop = (await findShopByOwner(db(), (await findUserByEmail(db(), "seller@demo.test"))!.id))!;
  anaId = (await findUserByEmail(db(), "ana@demo.test"))!.id;
  maiId = (await findUserByEmail(db(), "mai@demo.test"))!.id;
});
afterAll(async () => {
  await handle?.close();
});

describe("a seller's creators", () => {
  it("lists those who linked or sold the shop's products, searchable", async () => {
    const all = await listShopCreators(db(), shop.id, {});
    expect(all.map((c) => c.handle)).toEqual(expect.arrayContaining(["mai", "ana", "sam"]));
    const found = await listShopCreators(db(), shop.id, { q: "AN" });
    expect(found.map((c) => c.handle)).toContain("ana");
    expect(found.every((c) => /an/i.test(c.handle + c.displayName))).toBe(true);
    expect(found.length).toBeLessThan(all.length);
    const discovered = await discoverCreators(db(), { since: addDays(NOW, -90), page: 1, pageSize: 50, minFollowers: 600 });
    expect(discovered.rows.every((c) => c.followerCount >= 600)).toBe(true);
    expect(discovered.rows.some((c) => c.handle === "leo")).toBe(false);
  });

  it("tags: normalised, once each, filterable, at most 20 even when requests race for the last slots", async () => {
    expect(await tagCreator(db(), seller(), anaId, "  Home   Decor ")).toBe("added");
    expect(await tagCreator(db(), seller(), anaId, "home decor")).toBe("exists");
    expect((await listShopCreators(db(), shop.id, { tag: "home decor" })).map((c) => c.handle)).toEqual(["ana"]);
    for (let i = 0; i < 9; i++) await tagCreator(db(), seller(), anaId, `tag ${i}`);
    // 10 tags now: 24 requests race for the last ten slots (a loser may lose a slot race many times).
    const results = await Promise.allSettled(Array.from({ length: 24 }, (_, i) => tagCreator(db(), seller(), anaId, `race ${i}`)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    for (const r of results) if (r.status === "rejected") expect(String(r.reason.message)).toMatch(/at most 20 tags/);
    const rows = await db().select().from(t.shopCreatorTags).where(and(eq(t.shopCreatorTags.shopId, shop.id), eq(t.shopCreatorTags.creatorId, anaId)));
    expect(rows).toHaveLength(20);
    expect(new Set(rows.map((r) => r.slot)).size).toBe(20);
    await expect(tagCreator(db(), seller(), anaId, "one more")).rejects.toThrow(/at most 20 tags/);
    await untagCreator(db(), seller(), anaId, "Tag 0");
    expect(await tagCreator(db(), seller(), anaId, "one more")).toBe("added");
    await expect(tagCreator(db(), seller(), anaId, "x".repeat(31))).rejects.toThrow(/1 to 30 characters/);
  });

  it("block: once, audited, the creator told; unblock lets them earn again", async () => {
    const [first, second] = await Promise.all([blockCreatorForShop(db(), seller(), maiId, "fake reviews"), blockCreatorForShop(db(), seller(), maiId, "again")]);
    expect([first.changed, second.changed].sort()).toEqual([false, true]);
    expect((await findShopCreator(db(), shop.id, maiId))!.blockedAt).toEqual(NOW);
    const told = await db().select().from(t.notifications).where(and(eq(t.notifications.recipientId, maiId), eq(t.notifications.kind, "collaboration_ended")));
    expect(told).toHaveLength(1);
    expect(told[0]!.params).toEqual({ shop: shop.name });
    expect((await listShopCreators(db(), shop.id, { blocked: true })).map((c) => c.handle)).toEqual(["mai"]);
    expect((await unblockCreatorForShop(db(), seller(), maiId)).changed).toBe(true);
    expect((await unblockCreatorForShop(db(), seller(), maiId)).changed).toBe(false);
    const audit = await db().select().from(t.auditLog).where(eq(t.auditLog.subjectId, maiId));
    expect(audit.map((a) => a.action).sort()).toEqual(["shop:block-creator", "shop:unblock-creator"]);
  });

  it("another shop's creators and unknown ids are not found", async () => {
    await expect(tagCreator(db(), seller(), "usr_00000000000000000000000000", "x")).rejects.toThrow(/not found/);
  });
});
