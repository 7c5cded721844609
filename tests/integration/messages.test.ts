import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { listThreads, unreadMessageCount } from "@/db/queries/messages";
import { findShopByOwner } from "@/db/queries/shops";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import type { Shop } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { createUser } from "@/lib/account/new-account";
import { blockCreatorForShop, unblockCreatorForShop } from "@/lib/shop-creators/manage";
import { muteThread, openThread, readThread, sendMessage, type MessageParty } from "@/lib/messages/threads";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;
let shop: Shop;
let otherShop: Shop;
let anaId: string;
let maiId: string;
let samId: string;
const db = () => handle.db;
let minute = 0;
/** Each step a minute later, so that the rate limit (30 a minute) never gets in the way of the other tests. */
const later = () => new Date(NOW.getTime() + ++minute * 60_000);
const seller = (s: Shop = shop, at = later()): MessageParty => ({ side: "seller", userId: s.ownerUserId, shop: s, at });
const creator = (userId: string, at = later()): MessageParty => ({ side: "creator", userId, at });

async function messageNotices(recipientId: string) {
  return db()
    .select()
    .from(t.notifications)
    .where(and(eq(t.notifications.recipientId, recipientId), eq(t.notifications.kind, "message_received")));
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), NOW);
  shop = (await findShopByOwner(db(), (await findUserByEmail(db(), "seller@demo.test"))!.id))!;
  otherShop = (await findShopByOwner(db(), (await findUserByEmail(db(), "seller.vn@demo.test"))!.id))!;
  anaId = (await findUserByEmail(db(), "ana@demo.test"))!.id;
  maiId = (await findUserByEmail(db(), "mai@demo.test"))!.id;
  samId = (await findUserByEmail(db(), "sam@demo.test"))!.id;
});
afterAll(async () => {
  await handle?.close();
});

describe("messages between a shop and a creator", () => {
  it("two first messages racing make one thread; unread counts for both sides; opening marks read", async () => {
    const at = later();
    const [a, b] = await Promise.all([
      sendMessage(db(), seller(shop, at), { creatorId: anaId }, "Hello Ana"),
      sendMessage(db(), seller(shop, at), { creatorId: anaId }, "Are you there?"),
    ]);
    expect(a.threadId).toBe(b.threadId);
    const threads = await db().select().from(t.messageThreads).where(and(eq(t.messageThreads.shopId, shop.id), eq(t.messageThreads.creatorId, anaId)));
    expect(threads).toHaveLength(1);
    // Same clock reading, still two ordered messages.
    const rows = await db().select().from(t.messages).where(eq(t.messages.threadId, a.threadId));
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.createdAt.getTime())).size).toBe(2);

    expect(await unreadMessageCount(db(), { creatorId: anaId })).toBe(2);
    expect(await unreadMessageCount(db(), { shopId: shop.id })).toBe(0);
    const [anaThread] = (await listThreads(db(), { side: { creatorId: anaId }, limit: 20, offset: 0 })).rows;
    expect(anaThread).toMatchObject({ id: a.threadId, counterpart: shop.name, unread: 2, lastFromMe: false });

    const read = await readThread(db(), creator(anaId), { threadId: a.threadId });
    expect(read.rows.map((m) => m.body).sort()).toEqual(["Are you there?", "Hello Ana"]);
    expect(await unreadMessageCount(db(), { creatorId: anaId })).toBe(0);

    await sendMessage(db(), creator(anaId), { threadId: a.threadId }, "Hi! Yes.");
    expect(await unreadMessageCount(db(), { shopId: shop.id })).toBe(1);
    expect(await unreadMessageCount(db(), { creatorId: anaId })).toBe(0);
    const [shopThread] = (await listThreads(db(), { side: { shopId: shop.id }, limit: 20, offset: 0 })).rows;
    expect(shopThread).toMatchObject({ id: a.threadId, lastBody: "Hi! Yes.", unread: 1, lastFromMe: false });
    await readThread(db(), seller(), { threadId: a.threadId });
    expect(await unreadMessageCount(db(), { shopId: shop.id })).toBe(0);
  });

  it("notifies once per unread thread, the shop's owner for a creator's message; reading the thread reads its notice", async () => {
    const { threadId } = await sendMessage(db(), seller(), { creatorId: maiId }, "First");
    await sendMessage(db(), seller(), { creatorId: maiId }, "Second");
    let notices = await messageNotices(maiId);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.params).toEqual({ from: shop.name, preview: "First", threadId });
    await readThread(db(), creator(maiId), { threadId });
    notices = await messageNotices(maiId);
    expect(notices[0]!.readAt).not.toBeNull();
    await sendMessage(db(), seller(), { threadId }, "Third");
    expect(await messageNotices(maiId)).toHaveLength(2);

    await sendMessage(db(), creator(maiId), { threadId }, "Reply from Mai");
    const sellerNotices = (await messageNotices(shop.ownerUserId)).filter((n) => n.params.threadId === threadId);
    expect(sellerNotices).toHaveLength(1);
    expect(sellerNotices[0]!.params.from).toMatch(/mai/i);
  });

  it("a muted shop sends no notification; the message still arrives and counts as unread", async () => {
    const { threadId } = await openThread(db(), seller(), { creatorId: samId }).then((id) => ({ threadId: id }));
    await muteThread(db(), { userId: samId, at: later() }, { threadId, muted: true });
    await sendMessage(db(), seller(), { threadId }, "Muted news");
    expect(await messageNotices(samId)).toHaveLength(0);
    expect(await unreadMessageCount(db(), { creatorId: samId })).toBe(1);
    await muteThread(db(), { userId: samId, at: later() }, { threadId, muted: false });
    await sendMessage(db(), seller(), { threadId }, "Loud news");
    expect(await messageNotices(samId)).toHaveLength(1);
    // Only the creator mutes, and only their own thread.
    await expect(muteThread(db(), { userId: anaId, at: later() }, { threadId, muted: true })).rejects.toThrow(/not found/);
  });

  it("scoping: another shop's or another creator's thread is not found, and not listed", async () => {
    const { threadId } = await sendMessage(db(), seller(), { creatorId: anaId }, "Private");
    await expect(readThread(db(), seller(otherShop), { threadId })).rejects.toThrow(/not found/);
    await expect(readThread(db(), creator(maiId), { threadId })).rejects.toThrow(/not found/);
    await expect(sendMessage(db(), creator(maiId), { threadId }, "Sneaky")).rejects.toThrow(/not found/);
    await expect(sendMessage(db(), seller(otherShop), { threadId }, "Sneaky")).rejects.toThrow(/not found/);
    await expect(readThread(db(), creator(anaId), { threadId: "mth_00000000000000000000000000" })).rejects.toThrow(/not found/);
    expect((await listThreads(db(), { side: { shopId: otherShop.id }, limit: 50, offset: 0 })).rows.map((r) => r.id)).not.toContain(threadId);
    expect((await listThreads(db(), { side: { creatorId: maiId }, limit: 50, offset: 0 })).rows.map((r) => r.id)).not.toContain(threadId);
    const bodies = await db().select({ body: t.messages.body }).from(t.messages);
    expect(bodies.map((b) => b.body)).not.toContain("Sneaky");
  });

  it("a creator writes first only to a shop they worked with", async () => {
    // A new creator who never linked the shop's products nor was invited by it.
    const newId = await createUser(db(), { email: "nova@example.com", name: "Nova", passwordHash: "x", role: "creator", createdAt: NOW }).then((u) => u.id);
    await expect(sendMessage(db(), creator(newId), { shopId: shop.id }, "Hello")).rejects.toThrow(/linked its products/);
    await expect(openThread(db(), creator(newId), { shopId: shop.id })).rejects.toThrow(/linked its products/);
    // The shop may write to any creator; then the creator may answer.
    const { threadId: opened } = await sendMessage(db(), seller(), { creatorId: newId }, "Welcome");
    await expect(sendMessage(db(), creator(newId), { shopId: shop.id }, "Thank you")).resolves.toMatchObject({ threadId: opened });
    // Ana linked Brightside Home's products: she may start a thread with it.
    const { threadId } = await sendMessage(db(), creator(anaId), { shopId: shop.id }, "A question about a product");
    const [row] = await db().select().from(t.messageThreads).where(eq(t.messageThreads.id, threadId));
    expect(row!.creatorId).toBe(anaId);
  });

  it("a blocked creator can read but not send; unblocked, they can again", async () => {
    const { threadId } = await sendMessage(db(), seller(), { creatorId: maiId }, "Before the block");
    await blockCreatorForShop(db(), { shop, at: later() }, maiId, "");
    await expect(sendMessage(db(), creator(maiId), { threadId }, "Let me explain")).rejects.toThrow(/ended its collaboration/);
    await expect(sendMessage(db(), creator(maiId), { shopId: shop.id }, "Let me explain")).rejects.toThrow(/ended its collaboration/);
    const read = await readThread(db(), creator(maiId), { threadId });
    expect(read.thread.creatorBlocked).toBe(true);
    expect(read.rows.at(-1)!.body).toBe("Before the block");
    await unblockCreatorForShop(db(), { shop, at: later() }, maiId);
    await expect(sendMessage(db(), creator(maiId), { threadId }, "Thanks")).resolves.toMatchObject({ threadId });
  });

  it("bodies: 2,000 characters pass, 2,001 are refused, empty is refused; control characters removed, newlines kept", async () => {
    const to = { creatorId: anaId };
    await expect(sendMessage(db(), seller(), to, "a".repeat(2000))).resolves.toBeTruthy();
    // An emoji is one character, as PostgreSQL counts it.
    await expect(sendMessage(db(), seller(), to, "😀".repeat(2000))).resolves.toBeTruthy();
    await expect(sendMessage(db(), seller(), to, "a".repeat(2001))).rejects.toThrow(/at most 2,000 characters/);
    await expect(sendMessage(db(), seller(), to, "  \n\t ")).rejects.toThrow(/Write a message/);
    await expect(sendMessage(db(), seller(), to, "\u0000\u0007")).rejects.toThrow(/Write a message/);
    const { messageId } = await sendMessage(db(), seller(), to, "  line one\u0000\r\nline\u0007 two https://example.com/x?a=<b>\u200B ");
    const [row] = await db().select().from(t.messages).where(eq(t.messages.id, messageId));
    expect(row!.body).toBe("line one\nline two https://example.com/x?a=<b>\u200B");
    // The database's own check, beneath the code's.
    await expect(db().insert(t.messages).values({ id: "mes_00000000000000000000000001", threadId: row!.threadId, senderUserId: shop.ownerUserId, body: "x".repeat(2001), createdAt: NOW })).rejects.toThrow();
  });

  it("at most 30 messages a minute per sender", async () => {
    const at = new Date(NOW.getTime() + 10 * 24 * 3_600_000);
    for (let i = 0; i < 30; i++) await sendMessage(db(), seller(shop, new Date(at.getTime() + i * 1000)), { creatorId: samId }, `burst ${i}`);
    await expect(sendMessage(db(), seller(shop, new Date(at.getTime() + 30_000)), { creatorId: samId }, "one too many")).rejects.toThrow(/too fast/);
    await expect(sendMessage(db(), seller(shop, new Date(at.getTime() + 90_000)), { creatorId: samId }, "a minute later")).resolves.toBeTruthy();
  });

  it("a long thread shows its last 100, then the older ones", async () => {
    const base = new Date(NOW.getTime() + 20 * 24 * 3_600_000);
    const { threadId } = await sendMessage(db(), seller(otherShop, base), { creatorId: anaId }, "message 0");
    // Written straight to the table: the rate limit is not what this checks.
    for (let i = 1; i < 105; i++) {
      await db().insert(t.messages).values({ id: `mes_0000000000000000000000${String(i).padStart(4, "0")}`, threadId, senderUserId: otherShop.ownerUserId, body: `message ${i}`, createdAt: new Date(base.getTime() + i * 1000) });
    }
    const newest = await readThread(db(), seller(otherShop), { threadId });
    expect(newest.rows).toHaveLength(100);
    expect(newest.rows[0]!.body).toBe("message 5");
    expect(newest.rows.at(-1)!.body).toBe("message 104");
    expect(newest.hasOlder).toBe(true);
    const older = await readThread(db(), seller(otherShop), { threadId, before: newest.rows[0]!.id });
    expect(older.rows.map((m) => m.body)).toEqual(["message 0", "message 1", "message 2", "message 3", "message 4"]);
    expect(older.hasOlder).toBe(false);
  });
});
