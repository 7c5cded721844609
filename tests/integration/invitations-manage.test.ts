import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, count, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { creatorInvitations, shopPlanInvitations } from "@/db/queries/plans";
import { insertCreatorBlock } from "@/db/queries/shop-creators";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { addDays, addHours } from "@/lib/clock";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { findRefusal } from "@/lib/i18n/refusal-keys";
import { respondToInvitation } from "@/lib/plans/invitations";
import { inviteCreatorsToPlan, remindInvitation, withdrawInvitation } from "@/lib/plans/manage-invitations";
import type { ShopActor } from "@/lib/plans/plan-products";
import { createTargetedPlan, publishTargetedPlan } from "@/lib/plans/targeted-plans";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;
let sellerA: ShopActor & { shop: t.Shop };
let sellerB: ShopActor & { shop: t.Shop };
let planId: string;
const creators: Record<"mai" | "ana" | "leo" | "sam", string> = { mai: "", ana: "", leo: "", sam: "" };
const db = () => handle.db;
const at = (hours: number): ShopActor => ({ ...sellerA, at: addHours(NOW, hours) });

async function notifications(recipientId: string, kind: t.NotificationKind) {
  const [row] = await db()
    .select({ n: count() })
    .from(t.notifications)
    .where(and(eq(t.notifications.recipientId, recipientId), eq(t.notifications.kind, kind)));
  return row!.n;
}

/** The refusal's message, which must also be translated (an `errors` entry of the catalogue). */
async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  const message = (error as UserFacingError).message;
  expect(findRefusal(message), message).toBeDefined();
  return message;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, NOW);
  const users = await db().select().from(t.users);
  const idOf = (email: string) => users.find((u) => u.email === email)!.id;
  for (const name of ["mai", "ana", "leo", "sam"] as const) creators[name] = idOf(`${name}@demo.test`);
  const [shopA] = await db().select().from(t.shops).where(eq(t.shops.ownerUserId, idOf("seller@demo.test")));
  const [shopB] = await db().select().from(t.shops).where(eq(t.shops.ownerUserId, idOf("seller.vn@demo.test")));
  sellerA = { shop: shopA!, at: NOW };
  sellerB = { shop: shopB!, at: NOW };
  const [product] = await db()
    .select()
    .from(t.products)
    .where(and(eq(t.products.shopId, shopA!.id), eq(t.products.status, "active"), eq(t.products.openToAffiliates, true), eq(t.products.openFlatFeeMinor, 0)))
    .orderBy(asc(t.products.openRateBps))
    .limit(1);
  const plan = await createTargetedPlan(db(), sellerA, {
    name: "Reminder test plan",
    message: "",
    startsAt: NOW,
    endsAt: addDays(NOW, 30),
    products: [{ productId: product!.id, rateBps: product!.openRateBps + 500, flatFeeMinor: 0 }],
    creatorIds: [creators.ana, creators.leo],
  });
  await publishTargetedPlan(db(), sellerA, plan.id);
  planId = plan.id;
});
afterAll(async () => {
  await handle?.close();
});

describe("reminding a pending invitation", () => {
  it("tells the creator, then refuses a second reminder within 24 hours, and allows one after", async () => {
    const before = await notifications(creators.ana, "invitation_reminder");
    const reminded = await remindInvitation(db(), at(1), { planId, creatorId: creators.ana });
    expect(reminded.remindedAt).toEqual(addHours(NOW, 1));
    expect(await notifications(creators.ana, "invitation_reminder")).toBe(before + 1);
    expect(await refusal(remindInvitation(db(), at(24), { planId, creatorId: creators.ana }))).toMatch(/already reminded in the last 24 hours/);
    expect(await notifications(creators.ana, "invitation_reminder")).toBe(before + 1);
    await remindInvitation(db(), at(25), { planId, creatorId: creators.ana });
    expect(await notifications(creators.ana, "invitation_reminder")).toBe(before + 2);
  });

  it("of two reminders at once, one is sent", async () => {
    const before = await notifications(creators.ana, "invitation_reminder");
    const results = await Promise.allSettled([remindInvitation(db(), at(60), { planId, creatorId: creators.ana }), remindInvitation(db(), at(60), { planId, creatorId: creators.ana })]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await notifications(creators.ana, "invitation_reminder")).toBe(before + 1);
  });

  it("finds nothing of another shop's plan", async () => {
    await expect(remindInvitation(db(), { ...sellerB, at: addHours(NOW, 100) }, { planId, creatorId: creators.ana })).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawInvitation(db(), { ...sellerB, at: addHours(NOW, 100) }, { planId, creatorId: creators.ana })).rejects.toBeInstanceOf(NotFoundError);
    await expect(remindInvitation(db(), at(100), { planId, creatorId: creators.sam })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("withdrawing a pending invitation", () => {
  it("marks it withdrawn; the creator sees it so and can no longer accept or decline it, nor be reminded", async () => {
    const withdrawn = await withdrawInvitation(db(), at(2), { planId, creatorId: creators.leo });
    expect(withdrawn).toMatchObject({ status: "withdrawn", withdrawnAt: addHours(NOW, 2) });
    const seen = (await creatorInvitations(db(), creators.leo)).find((i) => i.planId === planId);
    expect(seen?.status).toBe("withdrawn");
    for (const answer of ["accept", "decline"] as const) {
      expect(await refusal(respondToInvitation(db(), { creatorId: creators.leo, at: addHours(NOW, 3) }, planId, answer))).toMatch(/withdrew this invitation/);
    }
    expect(await refusal(remindInvitation(db(), at(3), { planId, creatorId: creators.leo }))).toMatch(/waiting for an answer/);
    expect(await refusal(withdrawInvitation(db(), at(3), { planId, creatorId: creators.leo }))).toMatch(/waiting for an answer/);
    const [row] = await db().select().from(t.targetedPlanCreators).where(and(eq(t.targetedPlanCreators.planId, planId), eq(t.targetedPlanCreators.creatorId, creators.leo)));
    expect(row).toMatchObject({ status: "withdrawn", respondedAt: null });
  });

  it("leaves an answered invitation alone", async () => {
    await respondToInvitation(db(), { creatorId: creators.ana, at: addHours(NOW, 70) }, planId, "accept");
    expect(await refusal(withdrawInvitation(db(), at(71), { planId, creatorId: creators.ana }))).toMatch(/waiting for an answer/);
    const [row] = await db().select().from(t.targetedPlanCreators).where(and(eq(t.targetedPlanCreators.planId, planId), eq(t.targetedPlanCreators.creatorId, creators.ana)));
    expect(row!.status).toBe("accepted");
  });
});

describe("inviting creators from the creators list", () => {
  it("refuses a blocked creator and writes nothing", async () => {
    await insertCreatorBlock(db(), { shopId: sellerA.shop.id, creatorId: creators.sam, reason: "", at: NOW });
    const before = (await shopPlanInvitations(db(), { shopId: sellerA.shop.id, planId })).length;
    expect(await refusal(inviteCreatorsToPlan(db(), at(5), { planId, creatorIds: [creators.mai, creators.sam] }))).toMatch(/blocked/);
    expect((await shopPlanInvitations(db(), { shopId: sellerA.shop.id, planId })).length).toBe(before);
  });

  it("invites the new ones, skips those already in the plan, and tells the invited", async () => {
    const before = await notifications(creators.mai, "invitation_received");
    const leoBefore = await notifications(creators.leo, "invitation_received");
    const result = await inviteCreatorsToPlan(db(), at(6), { planId, creatorIds: [creators.mai, creators.ana, creators.leo, creators.mai] });
    expect(result).toMatchObject({ added: 1, skipped: 2 });
    const invitations = await shopPlanInvitations(db(), { shopId: sellerA.shop.id, planId });
    expect(Object.fromEntries(invitations.map((i) => [i.creatorId, i.status]))).toEqual({ [creators.ana]: "accepted", [creators.leo]: "withdrawn", [creators.mai]: "pending" });
    expect(await notifications(creators.mai, "invitation_received")).toBe(before + 1);
    expect(await notifications(creators.leo, "invitation_received")).toBe(leoBefore);
  });

  it("refuses more than 100 at once, an empty choice and another shop's plan", async () => {
    const many = Array.from({ length: 101 }, (_, i) => `usr_${String(i).padStart(20, "0")}`);
    expect(await refusal(inviteCreatorsToPlan(db(), at(7), { planId, creatorIds: many }))).toMatch(/at most 100/);
    expect(await refusal(inviteCreatorsToPlan(db(), at(7), { planId, creatorIds: [] }))).toMatch(/at least one/);
    await expect(inviteCreatorsToPlan(db(), { ...sellerB, at: addHours(NOW, 7) }, { planId, creatorIds: [creators.mai] })).rejects.toBeInstanceOf(NotFoundError);
  });
});
