import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { createUser } from "@/lib/account/new-account";
import { outbox, passwordResetTokens, users } from "@/db/schema";
import { changePassword } from "@/lib/account/passwords";
import { requestPasswordReset, resetPassword, resetTokenHash, isResetTokenUsable } from "@/lib/account/password-reset";
import { signUpUser } from "@/lib/account/sign-up";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { createTestDatabase } from "./support/test-db";

const OLD_PASSWORD = "correct-horse-42";
const NEW_PASSWORD = "velvet-otter-canoe-91";
const ORIGIN = "https://links.example.com";
const T0 = new Date("2026-11-22T10:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
let handle: DbHandle;
let ipCounter = 0;
/** A client address of its own for each test, so one test's counts never throttle another. */
const freshIp = () => `198.51.100.${++ipCounter}`;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

async function makeUser(email: string) {
  return createUser(handle.db, { email, name: "Reset Tester", role: "creator", passwordHash: await hashPassword(OLD_PASSWORD), createdAt: T0 });
}

async function messagesTo(email: string) {
  return handle.db.select().from(outbox).where(eq(outbox.to, email));
}

/** The token in the newest reset e-mail to `email`, read from its link as the user would. */
async function tokenFromMail(email: string): Promise<string> {
  const mails = (await messagesTo(email)).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
  const link = mails[0]?.text.match(/https?:\/\/\S+/)?.[0];
  expect(link).toBeDefined();
  const url = new URL(link!);
  expect(url.origin + url.pathname).toBe(`${ORIGIN}/reset-password`);
  return url.searchParams.get("token")!;
}

async function sessionVersion(userId: string) {
  const [row] = await handle.db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return row!.v;
}

describe("asking for a reset link", () => {
  it("writes one e-mail with a link for an existing account, none for an unknown e-mail, and answers both alike", async () => {
    await makeUser("known@example.com");
    const known = await requestPasswordReset(handle.db, { email: "Known@Example.com", ip: freshIp(), origin: ORIGIN }, at(0));
    const unknown = await requestPasswordReset(handle.db, { email: "nobody@example.com", ip: freshIp(), origin: ORIGIN }, at(0));

    expect(unknown).toEqual(known);
    expect(known).toEqual({ ok: true });
    const mails = await messagesTo("known@example.com");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Reset your Linkshare password");
    expect(mails[0]!.text).toContain(`${ORIGIN}/reset-password?token=`);
    expect(await messagesTo("nobody@example.com")).toEqual([]);
  });

  it("writes the e-mail in the language of the request that asked for it", async () => {
    await makeUser("vi-reader@example.com");
    await requestPasswordReset(handle.db, { email: "vi-reader@example.com", ip: freshIp(), origin: ORIGIN, locale: "vi" }, at(0));
    const [mail] = await messagesTo("vi-reader@example.com");
    expect(mail!.subject).toBe("Đặt lại mật khẩu Linkshare của bạn");
    expect(mail!.text).toContain("Hãy mở liên kết này trong vòng 30 phút để chọn mật khẩu mới:");
    expect(mail!.html).toContain("Chọn mật khẩu mới</a>");
    expect(await tokenFromMail("vi-reader@example.com")).not.toBe("");
  });

  it("stores only the SHA-256 of the token, expiring 30 minutes later", async () => {
    const user = await makeUser("hashed@example.com");
    await requestPasswordReset(handle.db, { email: "hashed@example.com", ip: freshIp(), origin: ORIGIN }, at(0));
    const token = await tokenFromMail("hashed@example.com");
    const rows = await handle.db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));

    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(resetTokenHash(token));
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]!.expiresAt).toEqual(at(30));
  });

  it("makes an older link worthless when a newer one is asked for", async () => {
    await makeUser("twice@example.com");
    const ip = freshIp();
    await requestPasswordReset(handle.db, { email: "twice@example.com", ip, origin: ORIGIN }, at(0));
    const first = await tokenFromMail("twice@example.com");
    await requestPasswordReset(handle.db, { email: "twice@example.com", ip, origin: ORIGIN }, at(1));
    const second = await tokenFromMail("twice@example.com");

    expect(second).not.toBe(first);
    expect(await resetPassword(handle.db, { token: first, password: NEW_PASSWORD }, at(2))).toEqual({ ok: false, reason: "invalid_token" });
    expect(await resetPassword(handle.db, { token: second, password: NEW_PASSWORD }, at(2))).toEqual({ ok: true });
  });
});

describe("using a reset link", () => {
  it("sets the new password: it signs in, the old one no longer does, and every session ended", async () => {
    const user = await makeUser("works@example.com");
    const versionBefore = await sessionVersion(user.id);
    await requestPasswordReset(handle.db, { email: "works@example.com", ip: freshIp(), origin: ORIGIN }, at(0));
    const token = await tokenFromMail("works@example.com");

    expect(await isResetTokenUsable(handle.db, token, at(29))).toBe(true);
    expect(await resetPassword(handle.db, { token, password: NEW_PASSWORD }, at(29))).toEqual({ ok: true });

    expect(await sessionVersion(user.id)).toBe(versionBefore + 1);
    expect((await authenticate(handle.db, { email: "works@example.com", password: NEW_PASSWORD, ip: null }, at(30))).ok).toBe(true);
    expect(await authenticate(handle.db, { email: "works@example.com", password: OLD_PASSWORD, ip: null }, at(30))).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a link 31 minutes old and leaves the password as it was", async () => {
    const user = await makeUser("late@example.com");
    await requestPasswordReset(handle.db, { email: "late@example.com", ip: freshIp(), origin: ORIGIN }, at(0));
    const token = await tokenFromMail("late@example.com");

    expect(await isResetTokenUsable(handle.db, token, at(31))).toBe(false);
    expect(await resetPassword(handle.db, { token, password: NEW_PASSWORD }, at(31))).toEqual({ ok: false, reason: "invalid_token" });
    expect((await authenticate(handle.db, { email: "late@example.com", password: OLD_PASSWORD, ip: null }, at(32))).ok).toBe(true);
    expect(await sessionVersion(user.id)).toBe(1);
  });

  it("works once: a second use is refused", async () => {
    await makeUser("once@example.com");
    await requestPasswordReset(handle.db, { email: "once@example.com", ip: freshIp(), origin: ORIGIN }, at(0));
    const token = await tokenFromMail("once@example.com");

    expect(await resetPassword(handle.db, { token, password: NEW_PASSWORD }, at(1))).toEqual({ ok: true });
    expect(await resetPassword(handle.db, { token, password: "another-fine-phrase-77" }, at(2))).toEqual({ ok: false, reason: "invalid_token" });
    expect((await authenticate(handle.db, { email: "once@example.com", password: NEW_PASSWORD, ip: null }, at(3))).ok).toBe(true);
  });

  it("lets exactly one of two concurrent uses of one link through", async () => {
    const user = await makeUser("race@example.com");
    await requestPasswordReset(handle.db, { email: "race@example.com", ip: freshIp(), origin: ORIGIN }, at(0));
    const token = await tokenFromMail("race@example.com");

    const results = await Promise.all([
      resetPassword(handle.db, { token, password: "first-racer-phrase-11" }, at(1)),
      resetPassword(handle.db, { token, password: "second-racer-phrase-22" }, at(1)),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "invalid_token" }]);
    expect(await sessionVersion(user.id)).toBe(2);
    const winner = results[0]!.ok ? "first-racer-phrase-11" : "second-racer-phrase-22";
    expect((await authenticate(handle.db, { email: "race@example.com", password: winner, ip: null }, at(2))).ok).toBe(true);
  });

  it("refuses a token nobody issued", async () => {
    expect(await resetPassword(handle.db, { token: "made-up-token", password: NEW_PASSWORD }, at(0))).toEqual({ ok: false, reason: "invalid_token" });
  });
});

describe("throttling reset requests", () => {
  it("sends at most three e-mails to one address in a quarter hour, with the same answer after", async () => {
    await makeUser("flood@example.com");
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await requestPasswordReset(handle.db, { email: "flood@example.com", ip: freshIp(), origin: ORIGIN }, at(i)));

    expect(answers).toEqual(Array(5).fill({ ok: true }));
    expect(await messagesTo("flood@example.com")).toHaveLength(3);
    // A quarter of an hour after the first ones, the address may get a link again.
    await requestPasswordReset(handle.db, { email: "flood@example.com", ip: freshIp(), origin: ORIGIN }, at(20));
    expect(await messagesTo("flood@example.com")).toHaveLength(4);
  });

  it("tells one client address that asks more than ten times to wait", async () => {
    const ip = freshIp();
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await requestPasswordReset(handle.db, { email: `probe${i}@example.com`, ip, origin: ORIGIN }, at(0)));

    expect(answers.slice(0, 10)).toEqual(Array(10).fill({ ok: true }));
    expect(answers[10]).toEqual({ ok: false, reason: "throttled" });
    expect((await requestPasswordReset(handle.db, { email: "probe0@example.com", ip: freshIp(), origin: ORIGIN }, at(0))).ok).toBe(true);
  });
});

describe("sign-up's answer for an e-mail that has an account", () => {
  const signUp = (email: string, ip: string, when: Date) => signUpUser(handle.db, { email, name: "Prober", role: "creator", password: NEW_PASSWORD, ip }, when);

  it("is given five times to one client address in a quarter hour, then every sign-up from it waits", async () => {
    await makeUser("taken@example.com");
    const ip = freshIp();
    for (let i = 0; i < 5; i++) expect(await signUp("taken@example.com", ip, at(i))).toEqual({ ok: false, reason: "email_taken" });

    expect(await signUp("taken@example.com", ip, at(6))).toEqual({ ok: false, reason: "throttled" });
    // The refusal does not depend on the e-mail, so it tells nothing; and no account was made.
    expect(await signUp("free-one@example.com", ip, at(6))).toEqual({ ok: false, reason: "throttled" });
    expect(await handle.db.select().from(users).where(eq(users.email, "free-one@example.com"))).toEqual([]);
    // Other addresses are not affected, and the address is let in again after the quarter hour.
    expect(await signUp("taken@example.com", freshIp(), at(6))).toEqual({ ok: false, reason: "email_taken" });
    expect(await signUp("free-one@example.com", ip, at(20))).toEqual({ ok: true });
  });
});

describe("changing one's password", () => {
  it("needs the current password, then ends every session and only the new password signs in", async () => {
    const user = await makeUser("changer@example.com");
    const input = { userId: user.id, email: "changer@example.com", newPassword: NEW_PASSWORD, ip: freshIp() };

    expect(await changePassword(handle.db, { ...input, currentPassword: "not-my-password-1" }, at(0))).toEqual({ ok: false, reason: "wrong_password" });
    expect(await sessionVersion(user.id)).toBe(1);

    expect(await changePassword(handle.db, { ...input, currentPassword: OLD_PASSWORD }, at(1))).toEqual({ ok: true });
    expect(await sessionVersion(user.id)).toBe(2);
    expect((await authenticate(handle.db, { email: "changer@example.com", password: NEW_PASSWORD, ip: null }, at(2))).ok).toBe(true);
    expect(await authenticate(handle.db, { email: "changer@example.com", password: OLD_PASSWORD, ip: null }, at(3))).toEqual({ ok: false, reason: "invalid" });
  });

  it("slows down guessing the current password like sign-in does", async () => {
    const user = await makeUser("guessed@example.com");
    const input = { userId: user.id, email: "guessed@example.com", newPassword: NEW_PASSWORD, ip: freshIp() };
    for (let i = 0; i < 5; i++) await changePassword(handle.db, { ...input, currentPassword: `guess-number-${i}` }, at(0));

    expect(await changePassword(handle.db, { ...input, currentPassword: OLD_PASSWORD }, at(0))).toMatchObject({ ok: false, reason: "throttled" });
    expect(await sessionVersion(user.id)).toBe(1);
  });
});
