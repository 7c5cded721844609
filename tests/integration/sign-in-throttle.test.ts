import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { createUser } from "@/lib/account/new-account";
import { signInAttempts } from "@/db/schema";
import { authenticate, type AuthenticateResult } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { createTestDatabase } from "./support/test-db";

const PASSWORD = "correct-horse-42";
const T0 = new Date("2026-11-22T10:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
let handle: DbHandle;
let passwordHash: string;

/** Attempts whose password was checked (argon2 ran): signed in or refused as invalid, not throttled. */
const checked = (results: AuthenticateResult[]) => results.filter((r) => r.ok || r.reason !== "throttled");

beforeAll(async () => {
  handle = await createTestDatabase();
  passwordHash = await hashPassword(PASSWORD);
  for (const email of ["burst@example.com", "lockout@example.com", "spray-owner@example.com"]) {
    await createUser(handle.db, { email, name: "Throttle Test", passwordHash, role: "creator", createdAt: T0 });
  }
});
afterAll(async () => {
  await handle?.close();
});

describe("sign-in throttle under concurrency", () => {
  it("lets at most five of 60 simultaneous attempts for one e-mail reach the password check, and not the right one among them", async () => {
    const email = "burst@example.com";
    // 59 wrong guesses and the right password in the middle of the burst, all at once.
    const passwords = Array.from({ length: 60 }, (_, i) => (i === 30 ? PASSWORD : `wrong-guess-${i}`));
    const results = await Promise.all(passwords.map((password) => authenticate(handle.db, { email, password, ip: "198.51.100.7" }, at(0))));

    expect(checked(results).length).toBeLessThanOrEqual(5);
    expect(checked(results).length).toBeGreaterThan(0);
    expect(results[30]).toMatchObject({ ok: false, reason: "throttled" });
    expect(results.some((r) => r.ok)).toBe(false);

    // Every attempt is recorded with what happened to it, and the records agree with the answers.
    const outcomes = await handle.db
      .select({ outcome: signInAttempts.outcome, n: sql<number>`count(*)::int` })
      .from(signInAttempts)
      .where(eq(signInAttempts.email, email))
      .groupBy(signInAttempts.outcome);
    const count = (outcome: string) => outcomes.find((o) => o.outcome === outcome)?.n ?? 0;
    expect(count("failed")).toBe(checked(results).length);
    expect(count("throttled")).toBe(60 - checked(results).length);
    expect(count("succeeded") + count("reserved")).toBe(0);
  });

  it("keeps the lock-out when the right password arrives during it: refused, and the count is not reset", async () => {
    const email = "lockout@example.com";
    for (let i = 0; i < 5; i++) expect(await authenticate(handle.db, { email, password: `nope-${i}`, ip: null }, at(100 + i))).toEqual({ ok: false, reason: "invalid" });
    // Locked for 30 s after the fifth failure (at 104 s).
    expect(await authenticate(handle.db, { email, password: PASSWORD, ip: null }, at(110))).toMatchObject({ ok: false, reason: "throttled" });
    // After the wait one more guess is checked; had the right password reset the count, the next
    // try would be free, but it is the sixth failure and doubles the wait to a minute.
    expect(await authenticate(handle.db, { email, password: "nope-5", ip: null }, at(135))).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(handle.db, { email, password: PASSWORD, ip: null }, at(136))).toEqual({ ok: false, reason: "throttled", scope: "email", retryAfterSeconds: 59 });
  });
});

describe("sign-in throttle per client address", () => {
  it("slows down one address guessing across many e-mails, without touching other addresses", async () => {
    const ip = "203.0.113.99";
    const results: AuthenticateResult[] = [];
    // One guess per e-mail, so no e-mail's own throttle ever applies.
    for (let i = 0; i < 21; i++) results.push(await authenticate(handle.db, { email: `sprayed-${i}@example.com`, password: "Summer2026!", ip }, at(200 + i)));
    expect(results.every((r) => !r.ok && r.reason === "invalid")).toBe(true);

    const next = await authenticate(handle.db, { email: "sprayed-new@example.com", password: "Summer2026!", ip }, at(222));
    expect(next).toMatchObject({ ok: false, reason: "throttled", scope: "address" });
    // Even an account's own right password waits while its address is throttled.
    expect(await authenticate(handle.db, { email: "spray-owner@example.com", password: PASSWORD, ip }, at(223))).toMatchObject({ ok: false, reason: "throttled" });

    // Another address, and a request with no known address, are not slowed down.
    expect(await authenticate(handle.db, { email: "spray-owner@example.com", password: PASSWORD, ip: "203.0.113.100" }, at(224))).toMatchObject({ ok: true });
    expect(await authenticate(handle.db, { email: "sprayed-new@example.com", password: "Summer2026!", ip: null }, at(225))).toEqual({ ok: false, reason: "invalid" });
  });

  it("forgets an address's failures after the 15-minute window", async () => {
    const result = await authenticate(handle.db, { email: "sprayed-late@example.com", password: "Summer2026!", ip: "203.0.113.99" }, at(222 + 15 * 60));
    expect(result).toEqual({ ok: false, reason: "invalid" });
  });
});
