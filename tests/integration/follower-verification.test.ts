import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { recentAudit } from "@/db/queries/audit";
import { findUserByEmail } from "@/db/queries/users";
import { auditLog, creatorProfiles, followerClaims, notifications } from "@/db/schema";
import { createUser } from "@/lib/account/new-account";
import { ALREADY_DECIDED, ALREADY_PENDING, decideFollowerClaim, submitFollowerClaim } from "@/lib/creators/follower-claims";
import { AFFILIATE_THRESHOLD_SETTING, currentAffiliateThreshold, setAffiliateThreshold } from "@/lib/creators/threshold";
import { canLinkShowcase } from "@/lib/links/rules";
import { checkImage } from "@/lib/media/image-upload";
import { addToShowcase } from "@/lib/showcase/editor";
import { seedDemo } from "@/db/seed/demo";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const PROOF = checkImage(readFileSync("e2e/fixtures/follower-proof.png"));
let handle: DbHandle;
let adminId: string;
let secondAdminId: string;
const db = () => handle.db;

let seq = 0;
async function newCreator() {
  const user = await createUser(db(), { email: `claims-${++seq}@test.test`, name: `Claim Tester ${seq}`, passwordHash: "x", role: "creator", createdAt: NOW });
  return user.id;
}
const claim = (creatorId: string, platform: "tiktok" | "instagram" | "youtube", claimedCount: number, minute = 1) =>
  submitFollowerClaim(db(), { creatorId, platform, profileUrl: `https://www.${platform}.com/@tester${seq}`, claimedCount, proof: PROOF, at: at(minute) });
const approve = (claimId: string, minute: number, correctedCount?: number, admin = adminId) =>
  decideFollowerClaim(db(), { claimId, decision: { approve: true, correctedCount }, adminUserId: admin, at: at(minute) });
const reject = (claimId: string, minute: number, reason = "The screenshot does not show the follower count") =>
  decideFollowerClaim(db(), { claimId, decision: { approve: false, reason }, adminUserId: adminId, at: at(minute) });

async function profile(creatorId: string) {
  const [row] = await db().select().from(creatorProfiles).where(eq(creatorProfiles.userId, creatorId));
  return row!;
}
async function notificationsOf(creatorId: string) {
  return db().select().from(notifications).where(eq(notifications.recipientId, creatorId)).orderBy(notifications.createdAt, notifications.id);
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), NOW);
  adminId = (await findUserByEmail(db(), "admin@demo.test"))!.id;
  const second = await createUser(db(), { email: "second-admin@test.test", name: "Second Admin", passwordHash: "x", role: "admin", createdAt: NOW });
  secondAdminId = second.id;
});
afterAll(async () => {
  await handle?.close();
});

describe("a creator's follower claims", () => {
  it("refuses an address off the platform, a plain http one, and a claim without a proof", async () => {
    const creatorId = await newCreator();
    const base = { creatorId, platform: "tiktok" as const, claimedCount: 700, proof: PROOF, at: NOW };
    await expect(submitFollowerClaim(db(), { ...base, profileUrl: "https://www.instagram.com/someone" })).rejects.toMatchObject({ fields: { profileUrl: "That address is not on the platform you chose" } });
    await expect(submitFollowerClaim(db(), { ...base, profileUrl: "http://www.tiktok.com/@someone" })).rejects.toMatchObject({ fields: { profileUrl: "Enter the full address of the profile, starting with https://" } });
    await expect(submitFollowerClaim(db(), { ...base, profileUrl: "https://www.tiktok.com/@someone", proof: null })).rejects.toMatchObject({ fields: { proof: "Add a screenshot of the profile showing its followers" } });
    expect(await db().select().from(followerClaims).where(eq(followerClaims.creatorId, creatorId))).toHaveLength(0);
  });

  it("keeps one pending claim per platform, checked by the database even for two at once", async () => {
    const creatorId = await newCreator();
    const results = await Promise.allSettled([claim(creatorId, "tiktok", 700), claim(creatorId, "tiktok", 800)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { message: ALREADY_PENDING } });
    // Another platform is its own account.
    await expect(claim(creatorId, "instagram", 100)).resolves.toMatchObject({ state: "pending" });
  });

  it("the database refuses negative counts, non-https addresses and a decision without its facts", async () => {
    const creatorId = await newCreator();
    const ok = await claim(creatorId, "youtube", 10);
    const row = { ...ok, id: `${ok.id.slice(0, -1)}X`, platform: "tiktok" as const };
    await expect(db().insert(followerClaims).values({ ...row, claimedCount: -1 })).rejects.toThrow();
    await expect(db().insert(followerClaims).values({ ...row, profileUrl: "http://tiktok.com/@x" })).rejects.toThrow();
    await expect(db().update(followerClaims).set({ state: "approved" }).where(eq(followerClaims.id, ok.id))).rejects.toThrow();
    await expect(db().update(followerClaims).set({ state: "rejected", decidedAt: NOW, decidedBy: adminId, reason: "" }).where(eq(followerClaims.id, ok.id))).rejects.toThrow();
  });
});

describe("deciding a claim", () => {
  it("approving sums the verified total in the same step, and crossing 600 makes an affiliate creator at once", async () => {
    const creatorId = await newCreator();
    expect(canLinkShowcase((await profile(creatorId)).followerCount, await currentAffiliateThreshold(db())).ok).toBe(false);
    const first = await claim(creatorId, "instagram", 250);
    const result1 = await approve(first.id, 2, 200);
    expect(result1).toMatchObject({ followers: 200, becameAffiliate: false, claim: { state: "approved", decidedCount: 200, claimedCount: 250, decidedBy: adminId } });
    expect(await profile(creatorId)).toMatchObject({ followerCount: 200, followersVerifiedAt: at(2) });

    const second = await claim(creatorId, "tiktok", 700, 3);
    const result2 = await approve(second.id, 4);
    expect(result2).toMatchObject({ followers: 900, threshold: 600, becameAffiliate: true });
    expect((await profile(creatorId)).followerCount).toBe(900);
    // The showcase opens at once: the same rule the editor applies.
    const product = await db().query.products.findFirst({ where: (p, { eq: is }) => and(is(p.status, "active"), is(p.openToAffiliates, true)) });
    await expect(addToShowcase(db(), { creatorId, at: at(5) }, product!.id)).resolves.toMatchObject({ productId: product!.id });

    const told = await notificationsOf(creatorId);
    expect(told.map((n) => n.kind)).toEqual(["claim_approved", "claim_approved", "tier_reached"]);
    expect(told[2]!.params).toEqual({ threshold: 600, followers: 900 });
    expect(told[0]!.params).toEqual({ platform: "instagram", count: 200, followers: 200 });
  });

  it("a rejection keeps the total, names the reason, and the account can be sent again; the newest approval of a platform counts", async () => {
    const creatorId = await newCreator();
    const first = await claim(creatorId, "tiktok", 400);
    await approve(first.id, 2);
    const bigger = await claim(creatorId, "tiktok", 5000, 3);
    const rejected = await reject(bigger.id, 4);
    expect(rejected).toMatchObject({ followers: 400, becameAffiliate: false, claim: { state: "rejected", reason: "The screenshot does not show the follower count" } });
    expect((await profile(creatorId)).followerCount).toBe(400);

    const again = await claim(creatorId, "tiktok", 650, 5);
    const result = await approve(again.id, 6);
    // 650, not 400 + 650: the platform's latest approval replaces the earlier one.
    expect(result).toMatchObject({ followers: 650, becameAffiliate: true });
    const history = await db().select().from(followerClaims).where(eq(followerClaims.creatorId, creatorId)).orderBy(followerClaims.createdAt);
    expect(history.map((c) => [c.state, c.claimedCount, c.decidedCount])).toEqual([
      ["approved", 400, 400],
      ["rejected", 5000, null],
      ["approved", 650, 650],
    ]);
    const kinds = (await notificationsOf(creatorId)).map((n) => n.kind);
    expect(kinds).toEqual(["claim_approved", "claim_rejected", "claim_approved", "tier_reached"]);
  });

  it("a decided claim is never decided again", async () => {
    const creatorId = await newCreator();
    const c = await claim(creatorId, "youtube", 50);
    await reject(c.id, 2);
    await expect(approve(c.id, 3)).rejects.toThrow(ALREADY_DECIDED);
    expect((await profile(creatorId)).followerCount).toBe(0);
  });

  it("two admins deciding one claim at once: exactly one decision wins, with one audit entry and one notification", async () => {
    const creatorId = await newCreator();
    const c = await claim(creatorId, "tiktok", 700);
    const results = await Promise.allSettled([approve(c.id, 2, undefined, adminId), reject(c.id, 2), approve(c.id, 2, 650, secondAdminId)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect((r as PromiseRejectedResult).reason.message).toBe(ALREADY_DECIDED);
    const audits = await db().select().from(auditLog).where(eq(auditLog.subjectId, c.id));
    expect(audits).toHaveLength(1);
    const decisionNotes = (await notificationsOf(creatorId)).filter((n) => n.kind !== "tier_reached");
    expect(decisionNotes).toHaveLength(1);
    const [row] = await db().select().from(followerClaims).where(eq(followerClaims.id, c.id));
    expect((await profile(creatorId)).followerCount).toBe(row!.state === "approved" ? row!.decidedCount : 0);
  });

  it("every decision is in the audit log with the admin, the counts and the total", async () => {
    const creatorId = await newCreator();
    const c = await claim(creatorId, "instagram", 320);
    await approve(c.id, 2, 300);
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.subjectId, c.id));
    expect(entry).toMatchObject({ actorUserId: adminId, action: "creator:claim-approve", createdAt: at(2) });
    expect(entry!.detail).toContain("instagram approved 300 (claimed 320); verified 0 → 300");
  });
});

describe("the affiliate threshold, an admin setting", () => {
  it("is 600 by default; a new value is audited and decides the next crossing", async () => {
    expect(await currentAffiliateThreshold(db())).toBe(600);
    await setAffiliateThreshold(db(), { threshold: 1000, adminUserId: adminId, at: at(10) });
    expect(await currentAffiliateThreshold(db())).toBe(1000);
    expect((await recentAudit(db(), `setting:${AFFILIATE_THRESHOLD_SETTING}`))[0]).toMatchObject({ actorUserId: adminId, detail: "600 → 1000" });

    const creatorId = await newCreator();
    const c = await claim(creatorId, "tiktok", 700, 11);
    expect(await approve(c.id, 12)).toMatchObject({ followers: 700, threshold: 1000, becameAffiliate: false });
    expect(canLinkShowcase(700, await currentAffiliateThreshold(db()))).toMatchObject({ ok: false, message: expect.stringContaining("300 more verified followers") });
    await expect(setAffiliateThreshold(db(), { threshold: 0, adminUserId: adminId, at: at(13) })).rejects.toMatchObject({ fields: { threshold: "Enter a whole number of at least 1" } });
    // Lowered back to 600: the creator at 700 is an affiliate creator now, and told so.
    await setAffiliateThreshold(db(), { threshold: 600, adminUserId: adminId, at: at(14) });
    expect((await notificationsOf(creatorId)).map((n) => [n.kind, n.params])).toEqual([
      ["claim_approved", { platform: "tiktok", count: 700, followers: 700 }],
      ["tier_reached", { threshold: 600, followers: 700 }],
    ]);
  });
});

describe("the demo's creators", () => {
  it("have their verified followers as approved claims, so a new approval adds to them; Leo's TikTok claim waits in the queue", async () => {
    const mai = (await findUserByEmail(db(), "mai@demo.test"))!;
    const leo = (await findUserByEmail(db(), "leo@demo.test"))!;
    expect((await profile(mai.id)).followerCount).toBe(12_400);
    const pending = await db().select().from(followerClaims).where(and(eq(followerClaims.creatorId, leo.id), eq(followerClaims.state, "pending")));
    expect(pending.map((c) => [c.platform, c.claimedCount])).toEqual([["tiktok", 420]]);
    const c = await submitFollowerClaim(db(), { creatorId: mai.id, platform: "youtube", profileUrl: "https://www.youtube.com/@mai", claimedCount: 1_000, proof: PROOF, at: at(20) });
    expect(await approve(c.id, 21)).toMatchObject({ followers: 13_400, becameAffiliate: false });
  });
});
