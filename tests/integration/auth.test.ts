import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { EmailTakenError, createUser } from "@/lib/account/new-account";
import { creatorProfiles, users } from "@/db/schema";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { createTestDatabase } from "./support/test-db";

const PASSWORD = "correct-horse-42";
const T0 = new Date("2026-11-22T10:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
let handle: DbHandle;
let passwordHash: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => {
  await handle?.close();
});

describe("sign-up", () => {
  it("creates a creator with a profile and a handle made from the name", async () => {
    const user = await createUser(handle.db, { email: "Ana.Lima@Example.com", name: "Ana Lima", passwordHash, role: "creator", createdAt: T0 });
    const [profile] = await handle.db.select().from(creatorProfiles).where(eq(creatorProfiles.userId, user.id));
    expect(profile?.handle).toBe("analima");
    expect(profile?.followerCount).toBe(0);
  });

  it("gives the second creator with the same name a different handle", async () => {
    const user = await createUser(handle.db, { email: "ana2@example.com", name: "Ana Lima", passwordHash, role: "creator", createdAt: T0 });
    const [profile] = await handle.db.select().from(creatorProfiles).where(eq(creatorProfiles.userId, user.id));
    expect(profile?.handle).toBe("analima2");
  });

  it("refuses an e-mail that is already taken, whatever its case", async () => {
    await expect(createUser(handle.db, { email: "ana.lima@example.com", name: "Other", passwordHash, role: "seller", createdAt: T0 })).rejects.toBeInstanceOf(EmailTakenError);
  });

  it("lets exactly one of two racing sign-ups with the same e-mail through", async () => {
    const attempt = () => createUser(handle.db, { email: "race@example.com", name: "Racer", passwordHash, role: "seller", createdAt: T0 });
    const results = await Promise.allSettled([attempt(), attempt(), attempt()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").every((r) => (r as PromiseRejectedResult).reason instanceof EmailTakenError)).toBe(true);
    expect(await handle.db.select().from(users).where(eq(users.email, "race@example.com"))).toHaveLength(1);
  });

  it("does not create a seller profile for sellers (a shop comes later)", async () => {
    const seller = await createUser(handle.db, { email: "shop@example.com", name: "Shop Owner", passwordHash, role: "seller", createdAt: T0 });
    expect(await handle.db.select().from(creatorProfiles).where(eq(creatorProfiles.userId, seller.id))).toEqual([]);
  });
});

describe("sign-in", () => {
  it("accepts the right password, whatever the e-mail's case", async () => {
    const result = await authenticate(handle.db, { email: "ANA.LIMA@example.com", password: PASSWORD, ip: "203.0.113.5" }, at(0));
    expect(result).toMatchObject({ ok: true, user: { email: "Ana.Lima@Example.com", role: "creator" } });
  });

  it("refuses a wrong password and an unknown e-mail with the same answer", async () => {
    expect(await authenticate(handle.db, { email: "shop@example.com", password: "wrong-password-1", ip: null }, at(1))).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(handle.db, { email: "nobody@example.com", password: PASSWORD, ip: null }, at(2))).toEqual({ ok: false, reason: "invalid" });
  });

  it("slows down repeated failures: after five, even the right password must wait", async () => {
    const email = "shop@example.com";
    for (let i = 0; i < 4; i++) await authenticate(handle.db, { email, password: `wrong-${i}`, ip: null }, at(10 + i));
    const blocked = await authenticate(handle.db, { email, password: PASSWORD, ip: null }, at(20));
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    expect(blocked.ok === false && blocked.reason === "throttled" && blocked.retryAfterSeconds).toBeGreaterThan(0);
    // Other e-mails are not affected.
    expect((await authenticate(handle.db, { email: "ana2@example.com", password: PASSWORD, ip: null }, at(21))).ok).toBe(true);
  });

  it("lets the right password in once the wait has passed, and a success clears the count", async () => {
    const email = "shop@example.com";
    const later = await authenticate(handle.db, { email, password: PASSWORD, ip: null }, at(13 + 31));
    expect(later.ok).toBe(true);
    const next = await authenticate(handle.db, { email, password: "wrong-again", ip: null }, at(50));
    expect(next).toEqual({ ok: false, reason: "invalid" });
  });
});
