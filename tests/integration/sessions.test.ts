import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { endUserSessions, setUserPreferences } from "@/db/queries/users";
import { createUser } from "@/lib/account/new-account";
import { auditLog, users } from "@/db/schema";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { checkSession, sessionClaims } from "@/lib/auth/session-check";
import { reinstateUser, suspendUser } from "@/lib/auth/suspension";
import { UserFacingError } from "@/lib/errors";
import { signUpUser } from "@/lib/account/sign-up";
import { createTestDatabase } from "./support/test-db";

const PASSWORD = "correct-horse-42";
const T0 = new Date("2026-11-22T10:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
let handle: DbHandle;
let passwordHash: string;
let adminId: string;
const db = () => handle.db;

let seq = 0;
async function signedIn(role: "creator" | "seller" = "creator") {
  const email = `session-${++seq}@example.com`;
  await createUser(db(), { email, name: `Person ${seq}`, passwordHash, role, createdAt: T0 });
  const result = await authenticate(db(), { email, password: PASSWORD, ip: null }, at(seq));
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  // What the session cookie carries from this sign-in on.
  return { user: result.user, email, token: sessionClaims(result.user) };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  passwordHash = await hashPassword(PASSWORD);
  adminId = (await createUser(db(), { email: "boss@example.com", name: "Admin", passwordHash, role: "admin", createdAt: T0 })).id;
});
afterAll(async () => {
  await handle?.close();
});

describe("session version", () => {
  it("accepts a fresh session and takes role, name and e-mail from the database", async () => {
    const { user, token } = await signedIn();
    expect(await checkSession(db(), token)).toEqual({ id: user.id, role: "creator", name: user.name, email: user.email, locale: null, timeZone: null });

    // The token said "creator"; the database now says otherwise, and the database wins.
    await db().update(users).set({ role: "seller", name: "Renamed" }).where(eq(users.id, user.id));
    expect(await checkSession(db(), { ...token, role: "creator" })).toMatchObject({ role: "seller", name: "Renamed" });
  });

  it("refuses every session of the user once their sessions are ended (sign-out, password change)", async () => {
    const { user, token } = await signedIn();
    const otherDevice = { ...token };
    await endUserSessions(db(), user.id);
    expect(await checkSession(db(), token)).toBeNull();
    expect(await checkSession(db(), otherDevice)).toBeNull();

    // Signing in again gives a session of the new version, which is accepted.
    const again = await authenticate(db(), { email: user.email, password: PASSWORD, ip: null }, at(60));
    expect(again.ok).toBe(true);
    expect(await checkSession(db(), sessionClaims(again.ok ? again.user : user))).toMatchObject({ id: user.id });
  });

  it("refuses a token without a version, with a forged version, or for a user that does not exist", async () => {
    const { user, token } = await signedIn();
    expect(await checkSession(db(), { uid: user.id })).toBeNull();
    expect(await checkSession(db(), { ...token, sv: token.sv + 1 })).toBeNull();
    expect(await checkSession(db(), { ...token, sv: String(token.sv) })).toBeNull();
    expect(await checkSession(db(), { uid: "usr_00000000000000000000000000", sv: 1 })).toBeNull();
    expect(await checkSession(db(), {})).toBeNull();
  });
});

describe("suspension", () => {
  it("ends every session of the user at once, blocks sign-in and is written to the audit log", async () => {
    const { user, email, token } = await signedIn();
    await suspendUser(db(), { userId: user.id, adminId, reason: "Click fraud from one address", at: at(100) });

    expect(await checkSession(db(), token)).toBeNull();
    expect(await authenticate(db(), { email, password: PASSWORD, ip: null }, at(101))).toEqual({ ok: false, reason: "suspended" });
    const [row] = await db().select().from(users).where(eq(users.id, user.id));
    expect(row?.suspendedAt).toEqual(at(100));
    const audit = await db().select().from(auditLog).where(and(eq(auditLog.subjectId, user.id), eq(auditLog.action, "user:suspend")));
    expect(audit).toMatchObject([{ actorUserId: adminId, detail: "Click fraud from one address" }]);
  });

  it("refuses a token minted with the current version while the user is suspended", async () => {
    const { user } = await signedIn();
    await suspendUser(db(), { userId: user.id, adminId, reason: "Under review", at: at(110) });
    const [row] = await db().select().from(users).where(eq(users.id, user.id));
    expect(await checkSession(db(), { uid: user.id, sv: row!.sessionVersion })).toBeNull();
  });

  it("lets a reinstated user sign in again, while sessions from before the suspension stay ended", async () => {
    const { user, email, token } = await signedIn();
    await suspendUser(db(), { userId: user.id, adminId, reason: "Chargebacks", at: at(120) });
    await reinstateUser(db(), { userId: user.id, adminId, reason: "Chargebacks explained", at: at(130) });

    expect(await checkSession(db(), token)).toBeNull();
    const again = await authenticate(db(), { email, password: PASSWORD, ip: null }, at(131));
    expect(again).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await checkSession(db(), sessionClaims(again.ok ? again.user : user))).toMatchObject({ id: user.id });
    const audit = await db().select().from(auditLog).where(and(eq(auditLog.subjectId, user.id), eq(auditLog.action, "user:reinstate")));
    expect(audit).toMatchObject([{ actorUserId: adminId, detail: "Chargebacks explained" }]);
  });

  it("only lets an admin suspend, never their own account, and needs a reason", async () => {
    const { user } = await signedIn();
    const other = await signedIn("seller");
    await expect(suspendUser(db(), { userId: user.id, adminId: other.user.id, reason: "Not allowed", at: at(140) })).rejects.toBeInstanceOf(UserFacingError);
    await expect(suspendUser(db(), { userId: adminId, adminId, reason: "Oops", at: at(140) })).rejects.toBeInstanceOf(UserFacingError);
    await expect(suspendUser(db(), { userId: user.id, adminId, reason: "  ", at: at(140) })).rejects.toBeInstanceOf(UserFacingError);
    await expect(suspendUser(db(), { userId: "usr_00000000000000000000000000", adminId, reason: "Gone", at: at(140) })).rejects.toBeInstanceOf(UserFacingError);
    expect(await checkSession(db(), sessionClaims(user))).not.toBeNull();
    expect(await db().select().from(auditLog).where(eq(auditLog.subjectId, user.id))).toEqual([]);
  });
});

describe("language and time zone", () => {
  it("come with every session check from the profile, so a change applies on the next request on every device", async () => {
    const { user, token } = await signedIn();
    const otherDevice = sessionClaims(user);
    expect(await checkSession(db(), token)).toMatchObject({ locale: null, timeZone: null });
    await setUserPreferences(db(), user.id, { locale: "vi", timeZone: "Asia/Ho_Chi_Minh" });
    expect(await checkSession(db(), otherDevice)).toMatchObject({ locale: "vi", timeZone: "Asia/Ho_Chi_Minh" });
    // A key left out keeps its value; null goes back to following the browser.
    await setUserPreferences(db(), user.id, { timeZone: null });
    expect(await checkSession(db(), token)).toMatchObject({ locale: "vi", timeZone: null });
  });

  it("are refused by the database outside the portal's languages or past a time zone's length", async () => {
    const { user } = await signedIn();
    await expect(setUserPreferences(db(), user.id, { locale: "fr" })).rejects.toThrow();
    await expect(setUserPreferences(db(), user.id, { timeZone: "" })).rejects.toThrow();
    await expect(setUserPreferences(db(), user.id, { timeZone: "x".repeat(65) })).rejects.toThrow();
    expect(await checkSession(db(), sessionClaims(user))).toMatchObject({ locale: null, timeZone: null });
  });

  it("start with the language the account was made in", async () => {
    const email = "putri@example.com";
    expect(await signUpUser(db(), { email, name: "Putri", role: "creator", password: PASSWORD, ip: null, locale: "id" }, T0)).toEqual({ ok: true });
    const [row] = await db().select({ locale: users.locale, timeZone: users.timeZone }).from(users).where(eq(users.email, email));
    expect(row).toEqual({ locale: "id", timeZone: null });
  });
});
