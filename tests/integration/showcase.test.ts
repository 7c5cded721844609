import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { currentShowcase, findCreatorHandle, findPublicShowcase } from "@/db/queries/showcase";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { isUniqueViolation } from "@/db/sql-helpers";
import { addHours } from "@/lib/clock";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { addToShowcase, PIN_LIMIT_MESSAGE, pinShowcaseItem, removeFromShowcase, reorderShowcase, restoreShowcaseItem, STALE_SHOWCASE_MESSAGE, unpinShowcaseItem } from "@/lib/showcase/editor";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;
const db = () => handle.db;
const ids: Record<"mai" | "ana", string> = { mai: "", ana: "" };
let products: t.Product[];
const ana = () => ({ creatorId: ids.ana, at: NOW });
const itemIds = async (creatorId: string) => (await currentShowcase(db(), creatorId)).map((i) => i.id);

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
  products = await db().select().from(t.products).orderBy(asc(t.products.title));
  // Ana's showcase gets a sixth product, so there is room for three pins and more.
  const inIt = new Set((await currentShowcase(db(), ids.ana)).map((i) => i.productId));
  await addToShowcase(db(), ana(), products.find((p) => p.status === "active" && p.openToAffiliates && !inIt.has(p.id))!.id);
  expect((await itemIds(ids.ana)).length).toBeGreaterThanOrEqual(5);
});
afterAll(async () => {
  await handle?.close();
});
beforeEach(async () => {
  await db().update(t.showcaseItems).set({ pinSlot: null }).where(eq(t.showcaseItems.creatorId, ids.ana));
});

describe("reordering a showcase", () => {
  it("writes the whole new order at once, numbered 0, 1, 2…", async () => {
    const reversed = (await itemIds(ids.ana)).reverse();
    await reorderShowcase(db(), ana(), reversed);
    const items = await currentShowcase(db(), ids.ana);
    expect(items.map((i) => i.id)).toEqual(reversed);
    expect(items.map((i) => i.position)).toEqual(items.map((_, index) => index));
  });

  it("refuses a list from a stale tab (an item missing, one removed since, or one twice) and keeps the order", async () => {
    const order = await itemIds(ids.ana);
    const swapped = [order[1]!, order[0]!, ...order.slice(2)];
    for (const stale of [swapped.slice(1), [...swapped, order[0]!], [...swapped.slice(0, -1), order[0]!], [...swapped, "shi_gone"]]) {
      const error = await refusal(reorderShowcase(db(), ana(), stale));
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.message).toBe(STALE_SHOWCASE_MESSAGE);
    }
    const removed = await removeFromShowcase(db(), ana(), order.at(-1)!);
    expect((await refusal(reorderShowcase(db(), ana(), swapped))).message).toBe(STALE_SHOWCASE_MESSAGE);
    expect(await itemIds(ids.ana)).toEqual(order.slice(0, -1));
    await restoreShowcaseItem(db(), ana(), removed.id);
  });

  it("refuses a list holding another creator's item, touching neither showcase", async () => {
    const anaOrder = await itemIds(ids.ana);
    const maiOrder = await itemIds(ids.mai);
    const error = await refusal(reorderShowcase(db(), ana(), [maiOrder[0]!, ...anaOrder.slice(1)]));
    expect(error.message).toBe(STALE_SHOWCASE_MESSAGE);
    expect(await refusal(reorderShowcase(db(), ana(), maiOrder))).toBeInstanceOf(ConflictError);
    expect(await itemIds(ids.ana)).toEqual(anaOrder);
    expect(await itemIds(ids.mai)).toEqual(maiOrder);
  });
});

describe("removing with undo", () => {
  it("puts a removed product back where it was, as a new item from now on", async () => {
    const order = await itemIds(ids.ana);
    const later = { creatorId: ids.ana, at: addHours(NOW, 1) };
    const removed = await removeFromShowcase(db(), later, order[2]!);
    const back = await restoreShowcaseItem(db(), later, removed.id);
    expect(back.id).not.toBe(removed.id);
    expect(back.productId).toBe(removed.productId);
    expect(back.addedAt.getTime()).toBe(later.at.getTime());
    expect(await itemIds(ids.ana)).toEqual([order[0], order[1], back.id, ...order.slice(3)]);
    // Undone once: the removed row is history, and the product is in again, so a second undo is refused.
    expect((await refusal(restoreShowcaseItem(db(), later, removed.id))).message).toMatch(/is already in your showcase\.$/);
    expect(await refusal(restoreShowcaseItem(db(), { creatorId: ids.mai, at: NOW }, removed.id))).toBeInstanceOf(NotFoundError);
  });
});

describe("pins", () => {
  it("are at most three by the database itself: no fourth slot, no slot twice", async () => {
    const [first, second] = await itemIds(ids.ana);
    await expect(db().update(t.showcaseItems).set({ pinSlot: 4 }).where(eq(t.showcaseItems.id, first!))).rejects.toThrow();
    await db().update(t.showcaseItems).set({ pinSlot: 1 }).where(eq(t.showcaseItems.id, first!));
    const twice = await db()
      .update(t.showcaseItems)
      .set({ pinSlot: 1 })
      .where(eq(t.showcaseItems.id, second!))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isUniqueViolation(twice, "showcase_items_pin_key")).toBe(true);
  });

  it("takes the free slots in turn, refuses a fourth with a message, and frees a slot on unpin", async () => {
    const order = await itemIds(ids.ana);
    expect(await pinShowcaseItem(db(), ana(), order[3]!)).toBe(1);
    expect(await pinShowcaseItem(db(), ana(), order[1]!)).toBe(2);
    expect(await pinShowcaseItem(db(), ana(), order[1]!)).toBe(2);
    expect(await pinShowcaseItem(db(), ana(), order[4]!)).toBe(3);
    expect((await refusal(pinShowcaseItem(db(), ana(), order[0]!))).message).toBe(PIN_LIMIT_MESSAGE);
    expect(PIN_LIMIT_MESSAGE).toBe("You can pin at most 3 products: unpin one first.");
    await unpinShowcaseItem(db(), ana(), order[1]!);
    expect(await pinShowcaseItem(db(), ana(), order[0]!)).toBe(2);
    expect(await refusal(pinShowcaseItem(db(), { creatorId: ids.mai, at: NOW }, order[2]!))).toBeInstanceOf(NotFoundError);
    expect(await refusal(unpinShowcaseItem(db(), { creatorId: ids.mai, at: NOW }, order[0]!))).toBeInstanceOf(NotFoundError);
  });

  it("gives the last free slot to exactly one of two pins racing for it", async () => {
    const order = await itemIds(ids.ana);
    await pinShowcaseItem(db(), ana(), order[0]!);
    await pinShowcaseItem(db(), ana(), order[1]!);
    const results = await Promise.allSettled([pinShowcaseItem(db(), ana(), order[2]!), pinShowcaseItem(db(), ana(), order[3]!)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected");
    expect((lost as PromiseRejectedResult).reason).toBeInstanceOf(UserFacingError);
    expect(((lost as PromiseRejectedResult).reason as Error).message).toBe(PIN_LIMIT_MESSAGE);
    const pinned = await db()
      .select({ slot: t.showcaseItems.pinSlot })
      .from(t.showcaseItems)
      .where(and(eq(t.showcaseItems.creatorId, ids.ana), isNull(t.showcaseItems.removedAt)));
    expect(pinned.map((p) => p.slot).filter((s) => s !== null).sort()).toEqual([1, 2, 3]);
  });
});

describe("the public showcase", () => {
  it("lists pinned products first, then the rest in order, without archived or closed products", async () => {
    const anaHandle = (await findCreatorHandle(db(), ids.ana))!;
    const order = await itemIds(ids.ana);
    // Put in as they were when still sold and open: since archived, and closed to creators.
    const archived = products.find((p) => p.status === "archived")!;
    const closed = products.find((p) => p.status === "active" && !p.openToAffiliates)!;
    for (const [offset, product] of [archived, closed].entries()) {
      await db().insert(t.showcaseItems).values({ id: newId("shi"), creatorId: ids.ana, productId: product.id, position: order.length + offset, addedAt: NOW });
    }
    await pinShowcaseItem(db(), ana(), order[3]!);
    await pinShowcaseItem(db(), ana(), order[1]!);

    const found = await findPublicShowcase(db(), anaHandle.toUpperCase());
    expect(found!.profile.userId).toBe(ids.ana);
    expect(found!.items.map((i) => i.id)).toEqual([order[1], order[3], order[0], order[2], ...order.slice(4)]);
    expect(found!.items.map((i) => i.pinSlot !== null)).toEqual(found!.items.map((_, index) => index < 2));
    expect(found!.items.some((i) => i.productId === archived.id || i.productId === closed.id)).toBe(false);
    expect(found!.items.every((i) => typeof i.stock === "number")).toBe(true);
    // The editor still shows them, marked, so the creator can take them out.
    expect((await currentShowcase(db(), ids.ana)).map((i) => i.productId)).toEqual(expect.arrayContaining([archived.id, closed.id]));
  });
});
