import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { and, count, eq, lt } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { listNotifications, unreadNotificationCount } from "@/db/queries/notifications";
import { findUserByEmail } from "@/db/queries/users";
import { followerClaims, notifications, outbox, products, shops, walletEntries } from "@/db/schema";
import { createUser } from "@/lib/account/new-account";
import { decideFollowerClaim, submitFollowerClaim } from "@/lib/creators/follower-claims";
import { checkImage } from "@/lib/media/image-upload";
import { deliverNotificationEmails, EMAIL_STALE_AFTER_MS, MAX_EMAIL_ATTEMPTS } from "@/lib/notifications/deliver-emails";
import { readAllNotifications, readNotification, setEmailPreferences } from "@/lib/notifications/inbox";
import { seedDemo } from "@/db/seed/demo";
import { newId } from "@/lib/ids";
import { createTargetedPlan, publishTargetedPlan } from "@/lib/plans/targeted-plans";
import { adjustWallet } from "@/lib/wallet/adjustments";
import { addPayoutMethod } from "@/lib/wallet/payout-methods";
import { approveWithdrawals, failWithdrawals, markWithdrawalsPaid, requestWithdrawal } from "@/lib/wallet/withdrawals";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const PROOF = checkImage(readFileSync("e2e/fixtures/follower-proof.png"));
// Nothing listens on the discard port: every connection is refused, as from a mail server that is down.
const DEAD_SMTP = "smtp://127.0.0.1:9";
let handle: DbHandle;
let adminId: string;
const db = () => handle.db;

let seq = 0;
async function creatorWithClaim(options: { locale?: "en" | "vi" | "id"; count?: number } = {}) {
  const email = `notify-${++seq}@test.test`;
  const user = await createUser(db(), { email, name: `Notify ${seq}`, passwordHash: "x", role: "creator", createdAt: NOW, locale: options.locale ?? null });
  const claim = await submitFollowerClaim(db(), { creatorId: user.id, platform: "tiktok", profileUrl: `https://www.tiktok.com/@notify${seq}`, claimedCount: options.count ?? 700, proof: PROOF, at: NOW });
  return { id: user.id, email, claimId: claim.id };
}
const approve = (claimId: string, minute = 1, database = db()) => decideFollowerClaim(database, { claimId, decision: { approve: true }, adminUserId: adminId, at: at(minute) });
const mailTo = (email: string) => db().select().from(outbox).where(eq(outbox.to, email));
const notesOf = (userId: string) => db().select().from(notifications).where(eq(notifications.recipientId, userId)).orderBy(notifications.createdAt, notifications.id);

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), NOW);
  adminId = (await findUserByEmail(db(), "admin@demo.test"))!.id;
});
afterAll(async () => {
  await handle?.close();
});

describe("notifications are written with their event", () => {
  it("a decision that rolls back leaves no notification (and the claim pending)", async () => {
    const c = await creatorWithClaim();
    await expect(
      db().transaction(async (tx) => {
        await approve(c.claimId, 1, tx);
        throw new Error("the surrounding work failed");
      }),
    ).rejects.toThrow("the surrounding work failed");
    expect(await notesOf(c.id)).toHaveLength(0);
    const [claim] = await db().select().from(followerClaims).where(eq(followerClaims.id, c.claimId));
    expect(claim!.state).toBe("pending");

    await approve(c.claimId, 2);
    expect((await notesOf(c.id)).map((n) => n.kind)).toEqual(["claim_approved", "tier_reached"]);
    expect(await unreadNotificationCount(db(), c.id)).toBe(2);
  });
});

describe("reading notifications", () => {
  it("marks one read, then all; nobody marks another user's", async () => {
    const a = await creatorWithClaim();
    const b = await creatorWithClaim({ count: 10 });
    await approve(a.claimId);
    await approve(b.claimId);
    const [first] = (await listNotifications(db(), { recipientId: a.id, limit: 10, offset: 0 })).rows;
    expect(await readNotification(db(), { userId: b.id, notificationId: first!.id, at: at(3) })).toBe(false);
    expect(await unreadNotificationCount(db(), a.id)).toBe(2);
    expect(await readNotification(db(), { userId: a.id, notificationId: first!.id, at: at(3) })).toBe(true);
    expect(await unreadNotificationCount(db(), a.id)).toBe(1);
    expect(await readAllNotifications(db(), { userId: a.id, at: at(4) })).toBe(1);
    expect(await unreadNotificationCount(db(), a.id)).toBe(0);
    expect(await unreadNotificationCount(db(), b.id)).toBe(1);
  });
});

describe("notification e-mails, sent by the minute jobs", () => {
  it("go out once, in the recipient's language, to the outbox without SMTP", async () => {
    const c = await creatorWithClaim({ locale: "vi" });
    await approve(c.claimId);
    expect(await mailTo(c.email)).toHaveLength(0);
    // Two processes running the job at once send each e-mail once.
    await Promise.all([deliverNotificationEmails(db(), at(2), { smtpUrl: undefined }), deliverNotificationEmails(db(), at(2), { smtpUrl: undefined })]);
    await deliverNotificationEmails(db(), at(3), { smtpUrl: undefined });
    const mails = await mailTo(c.email);
    expect(mails.map((m) => m.subject).sort()).toEqual(["Bạn đã là nhà sáng tạo tiếp thị liên kết trên Linkshare", "Người theo dõi TikTok của bạn đã được xác minh"]);
    expect(mails.find((m) => m.subject.startsWith("Người theo dõi"))!.text).toContain("Quản trị viên đã xác minh 700 người theo dõi trên TikTok");
    expect((await notesOf(c.id)).every((n) => n.emailState === "sent" && n.emailedAt?.getTime() === at(2).getTime())).toBe(true);
  });

  it("are English for a recipient without a profile language, and skipped for a kind turned off", async () => {
    const c = await creatorWithClaim();
    await setEmailPreferences(db(), { userId: c.id, emailKinds: ["tier_reached"], at: NOW });
    await approve(c.claimId);
    await deliverNotificationEmails(db(), at(2), { smtpUrl: undefined });
    expect((await mailTo(c.email)).map((m) => m.subject)).toEqual(["You are now an affiliate creator on Linkshare"]);
    expect((await notesOf(c.id)).map((n) => [n.kind, n.emailState])).toEqual([
      ["claim_approved", "skipped"],
      ["tier_reached", "sent"],
    ]);
  });

  it("a mail server that is down never blocks the decision: the e-mail is retried, then given up, the notification stays", async () => {
    const c = await creatorWithClaim({ count: 20 });
    const decided = await approve(c.claimId);
    expect(decided.claim.state).toBe("approved");
    const [note] = await notesOf(c.id);

    let minute = 2;
    const first = await deliverNotificationEmails(db(), at(minute), { smtpUrl: DEAD_SMTP });
    expect(first).toMatchObject({ sent: 0, retrying: 1 });
    expect((await notesOf(c.id))[0]).toMatchObject({ emailState: "pending", emailAttempts: 1, emailLeasedUntil: at(minute + 5) });
    // Not due again before its retry time.
    expect(await deliverNotificationEmails(db(), at(minute + 1), { smtpUrl: DEAD_SMTP })).toMatchObject({ retrying: 0, failed: 0 });
    for (let attempt = 2; attempt <= MAX_EMAIL_ATTEMPTS; attempt++) {
      minute += 60;
      await deliverNotificationEmails(db(), at(minute), { smtpUrl: DEAD_SMTP });
    }
    expect((await notesOf(c.id))[0]).toMatchObject({ id: note!.id, emailState: "failed", emailAttempts: MAX_EMAIL_ATTEMPTS, readAt: null });
    expect(await unreadNotificationCount(db(), c.id)).toBe(1);
  });
});

describe("the other events that tell a creator", () => {
  it("a commission becoming available: one notification per wallet entry, written by the settlement job", async () => {
    // The demo's commissions were released by the same settlement job.
    const entries = await db().select({ creatorId: walletEntries.creatorId, n: count() }).from(walletEntries).where(eq(walletEntries.kind, "commission_available")).groupBy(walletEntries.creatorId);
    const notes = await db().select({ creatorId: notifications.recipientId, n: count() }).from(notifications).where(eq(notifications.kind, "commission_available")).groupBy(notifications.recipientId);
    expect(entries.length).toBeGreaterThan(0);
    expect(new Map(notes.map((r) => [r.creatorId, r.n]))).toEqual(new Map(entries.map((r) => [r.creatorId, r.n])));
    const [one] = await db().select().from(notifications).where(eq(notifications.kind, "commission_available")).limit(1);
    expect(Object.keys(one!.params).sort()).toEqual(["amountMinor", "currency"]);
  });

  it("old news is not mailed: the demo's history stays in the app only", async () => {
    await deliverNotificationEmails(db(), at(5), { smtpUrl: undefined });
    const old = await db().select().from(notifications).where(and(eq(notifications.kind, "commission_available"), lt(notifications.createdAt, new Date(at(5).getTime() - EMAIL_STALE_AFTER_MS))));
    expect(old.length).toBeGreaterThan(0);
    expect(new Set(old.map((n) => n.emailState))).toEqual(new Set(["skipped"]));
    const [pending] = await db().select({ n: count() }).from(notifications).where(eq(notifications.emailState, "pending"));
    expect(pending!.n).toBe(0);
  });

  it("a withdrawal paid, and one rejected with its reason, each in the admin's transaction", async () => {
    const user = await createUser(db(), { email: `payout-notes-${++seq}@test.test`, name: "Payout Notes", passwordHash: "x", role: "creator", createdAt: NOW, locale: "id" });
    await adjustWallet(db(), { creatorId: user.id, currency: "USD", amountMinor: 10_000, reason: "Opening balance for the test", adminUserId: adminId, at: NOW });
    const method = await addPayoutMethod(db(), { creatorId: user.id, details: { kind: "ewallet", provider: "GoPay", accountId: "+6281234567890" }, makeDefault: true, at: NOW });
    const withdraw = async (amount: number) => (await requestWithdrawal(db(), { creatorId: user.id, currency: "USD", amount, payoutMethodId: method.id, idempotencyKey: newId("key"), at: at(1) })).withdrawal;
    const paid = await withdraw(4_000);
    const rejected = await withdraw(2_500);
    await approveWithdrawals(db(), [paid.id], { adminUserId: adminId, at: at(2) });
    await markWithdrawalsPaid(db(), [paid.id], { adminUserId: adminId, at: at(3) });
    await failWithdrawals(db(), [rejected.id], { adminUserId: adminId, at: at(3), from: "requested", reason: "The e-wallet account does not match your name" });
    const notes = await notesOf(user.id);
    expect(notes.map((n) => [n.kind, n.params])).toEqual([
      ["withdrawal_paid", { amountMinor: 4_000, currency: "USD" }],
      ["withdrawal_rejected", { amountMinor: 2_500, currency: "USD", reason: "The e-wallet account does not match your name" }],
    ]);
    await deliverNotificationEmails(db(), at(4), { smtpUrl: undefined });
    const subjects = (await mailTo(user.email)).map((m) => m.subject).sort();
    // Indonesian money: a decimal comma.
    expect(subjects).toEqual(["Penarikan US$25,00 Anda tidak dibayar", "Penarikan US$40,00 Anda sudah dibayar"]);
  });

  it("an invitation when a targeted plan is published, not while it is a draft", async () => {
    const [shop] = await db().select().from(shops).where(eq(shops.name, "Brightside Home"));
    const [product] = await db()
      .select()
      .from(products)
      .where(and(eq(products.shopId, shop!.id), eq(products.status, "active"), eq(products.openToAffiliates, true), lt(products.openRateBps, 7000), eq(products.openFlatFeeMinor, 0)))
      .limit(1);
    const invitee = await createUser(db(), { email: `invitee-${++seq}@test.test`, name: "Invitee", passwordHash: "x", role: "creator", createdAt: NOW });
    const seller = { shop: shop!, at: at(1) };
    const plan = await createTargetedPlan(db(), seller, {
      name: "Winter VIPs",
      message: "Better rates for you",
      startsAt: at(1),
      endsAt: at(60 * 24 * 30),
      products: [{ productId: product!.id, rateBps: product!.openRateBps + 500, flatFeeMinor: 0 }],
      creatorIds: [invitee.id],
    });
    expect(await notesOf(invitee.id)).toHaveLength(0);
    await publishTargetedPlan(db(), { ...seller, at: at(2) }, plan.id);
    expect((await notesOf(invitee.id)).map((n) => [n.kind, n.params])).toEqual([["invitation_received", { plan: "Winter VIPs", shop: "Brightside Home" }]]);
  });
});
