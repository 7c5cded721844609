import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, count, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { creatorInvitations, creatorInvitationProducts, findShopPlan, listShopPlans, searchCreators, shopPlanInvitations, shopPlanProducts } from "@/db/queries/plans";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { targetedPlanState } from "@/lib/commissions/effective-rate";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { addDays, addHours } from "@/lib/clock";
import { respondToInvitation } from "@/lib/plans/invitations";
import type { ShopActor } from "@/lib/plans/plan-products";
import { createTargetedPlan, endTargetedPlan, publishTargetedPlan, updateTargetedPlan } from "@/lib/plans/targeted-plans";
import { targetedPlanSchema, type TargetedPlanInput } from "@/lib/validation/plans";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;
let sellerA: ShopActor & { shop: t.Shop };
let sellerB: ShopActor & { shop: t.Shop };
let productsA: t.Product[];
let productsB: t.Product[];
const creators: Record<"mai" | "ana" | "leo" | "sam", string> = { mai: "", ana: "", leo: "", sam: "" };

const db = () => handle.db;
const at = (hours: number) => addHours(NOW, hours);
const actor = (seller: ShopActor, hours = 0): ShopActor => ({ ...seller, at: at(hours) });

function planInput(overrides: Partial<TargetedPlanInput> = {}): TargetedPlanInput {
  const product = productsA[0]!;
  return {
    name: "VIP creators",
    message: "Better rates for you",
    startsAt: NOW,
    endsAt: addDays(NOW, 30),
    products: [{ productId: product.id, rateBps: product.openRateBps + 500, flatFeeMinor: 0 }],
    creatorIds: [creators.ana],
    ...overrides,
  };
}

async function countRows() {
  const [plans] = await db().select({ n: count() }).from(t.targetedPlans);
  const [rows] = await db().select({ n: count() }).from(t.targetedPlanProducts);
  const [invitations] = await db().select({ n: count() }).from(t.targetedPlanCreators);
  return { plans: plans!.n, rows: rows!.n, invitations: invitations!.n };
}

async function fieldErrors(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return (error as UserFacingError).fields;
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
  const earning = (shopId: string) =>
    db()
      .select()
      .from(t.products)
      .where(and(eq(t.products.shopId, shopId), eq(t.products.status, "active"), eq(t.products.openToAffiliates, true)))
      .orderBy(asc(t.products.title));
  // Rates below 70% leave room for a higher targeted rate under the 80% cap.
  productsA = (await earning(shopA!.id)).filter((p) => p.openRateBps < 7000 && p.openFlatFeeMinor === 0);
  productsB = await earning(shopB!.id);
});
afterAll(async () => {
  await handle?.close();
});

describe("creating a targeted plan", () => {
  it("saves a draft with its products and pending invitations", async () => {
    const plan = await createTargetedPlan(db(), sellerA, planInput({ creatorIds: [creators.ana, creators.sam] }));
    expect(plan.status).toBe("draft");
    expect(targetedPlanState(plan, NOW)).toBe("draft");
    expect(await shopPlanProducts(db(), { shopId: sellerA.shop.id, planId: plan.id })).toMatchObject([{ productId: productsA[0]!.id, rateBps: productsA[0]!.openRateBps + 500 }]);
    const invitations = await shopPlanInvitations(db(), { shopId: sellerA.shop.id, planId: plan.id });
    expect(invitations.map((i) => i.status)).toEqual(["pending", "pending"]);
  });

  it("refuses a targeted rate that is not above the product's open rate, next to its field, writing nothing", async () => {
    const before = await countRows();
    const product = productsA[1]!;
    for (const rateBps of [product.openRateBps, product.openRateBps - 100]) {
      const fields = await fieldErrors(createTargetedPlan(db(), sellerA, planInput({ name: "Too low", products: [{ productId: product.id, rateBps, flatFeeMinor: 0 }] })));
      expect(fields[`rate_${product.id}`]).toMatch(/above the open rate of \d+(\.\d+)?%/);
    }
    expect(await countRows()).toEqual(before);
  });

  it("accepts a flat fee instead of a percentage when it pays more per sale than the open plan", async () => {
    const product = productsA[2]!;
    const openPerSale = Math.round((product.priceMinor * product.openRateBps) / 10_000);
    const plan = await createTargetedPlan(db(), sellerA, planInput({ name: "Bounty", products: [{ productId: product.id, rateBps: 0, flatFeeMinor: openPerSale + 100 }] }));
    expect(await shopPlanProducts(db(), { shopId: sellerA.shop.id, planId: plan.id })).toMatchObject([{ rateBps: 0, flatFeeMinor: openPerSale + 100 }]);
    const fields = await fieldErrors(createTargetedPlan(db(), sellerA, planInput({ products: [{ productId: product.id, rateBps: 0, flatFeeMinor: Math.max(openPerSale - 100, 1) }] })));
    expect(fields[`rate_${product.id}`]).toMatch(/more per sale than the open plan/);
  });

  it("accepts the open rate with a flat fee on top", async () => {
    const product = productsA[3]!;
    const plan = await createTargetedPlan(db(), sellerA, planInput({ name: "On top", products: [{ productId: product.id, rateBps: product.openRateBps, flatFeeMinor: 250 }] }));
    expect(await shopPlanProducts(db(), { shopId: sellerA.shop.id, planId: plan.id })).toMatchObject([{ rateBps: product.openRateBps, flatFeeMinor: 250 }]);
  });

  it("refuses an end before or equal to the start as a message on the end", async () => {
    const before = await countRows();
    for (const endsAt of [addDays(NOW, -1), NOW]) {
      const fields = await fieldErrors(createTargetedPlan(db(), sellerA, planInput({ startsAt: NOW, endsAt })));
      expect(fields.endsAt).toBe("The end must be after the start");
    }
    expect(await countRows()).toEqual(before);
  });

  it("reads the form: ticked rows with rate and fee, dates in UTC, the end after the start", () => {
    const [a, b, c] = productsA;
    const parsed = targetedPlanSchema("USD").safeParse({
      name: "Form plan",
      message: "",
      startsAt: "2026-12-01T10:00",
      endsAt: "2026-12-31T10:00",
      creatorIds: [creators.ana, creators.ana, "not-an-id"],
      [`include_${a!.id}`]: "on",
      [`rate_${a!.id}`]: "12.5",
      [`fee_${a!.id}`]: "",
      [`include_${b!.id}`]: "on",
      [`rate_${b!.id}`]: "",
      [`fee_${b!.id}`]: "2.50",
      // Not ticked: ignored, whatever it holds.
      [`rate_${c!.id}`]: "abc",
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      startsAt: new Date("2026-12-01T10:00:00Z"),
      creatorIds: [creators.ana],
      products: [
        { productId: a!.id, rateBps: 1250, flatFeeMinor: 0 },
        { productId: b!.id, rateBps: 0, flatFeeMinor: 250 },
      ],
    });

    const bad = targetedPlanSchema("USD").safeParse({
      name: "Form plan",
      startsAt: "2026-12-31T10:00",
      endsAt: "2026-12-01T10:00",
      [`include_${a!.id}`]: "on",
      [`rate_${a!.id}`]: "",
      [`fee_${a!.id}`]: "",
      [`include_${b!.id}`]: "on",
      [`rate_${b!.id}`]: "95",
    });
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toMatchObject({
      endsAt: "The end must be after the start",
      [`rate_${a!.id}`]: "Set a rate between 1% and 80%, or a flat fee",
      [`rate_${b!.id}`]: "The rate must be between 1% and 80%",
    });
  });
});

describe("one seller's plans are invisible to another", () => {
  it("seller B cannot read, edit, publish, end or add products to seller A's plan", async () => {
    const plan = await createTargetedPlan(db(), sellerA, planInput({ name: "A's secret plan" }));
    expect(await findShopPlan(db(), { shopId: sellerB.shop.id, planId: plan.id })).toBeUndefined();
    expect(await shopPlanProducts(db(), { shopId: sellerB.shop.id, planId: plan.id })).toEqual([]);
    expect(await shopPlanInvitations(db(), { shopId: sellerB.shop.id, planId: plan.id })).toEqual([]);
    expect((await listShopPlans(db(), sellerB.shop.id)).map((row) => row.plan.id)).not.toContain(plan.id);
    expect((await listShopPlans(db(), sellerA.shop.id)).map((row) => row.plan.id)).toContain(plan.id);

    const [before] = await db().select().from(t.targetedPlans).where(eq(t.targetedPlans.id, plan.id));
    const rowsBefore = await db().select().from(t.targetedPlanProducts).where(eq(t.targetedPlanProducts.planId, plan.id));
    const withBProduct = planInput({ name: "Hijacked", products: [{ productId: productsB[0]!.id, rateBps: 7900, flatFeeMinor: 0 }], creatorIds: [creators.leo] });
    await expect(updateTargetedPlan(db(), sellerB, plan.id, withBProduct)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateTargetedPlan(db(), sellerB, plan.id, planInput({ name: "Hijacked" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(publishTargetedPlan(db(), sellerB, plan.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(endTargetedPlan(db(), sellerB, plan.id)).rejects.toBeInstanceOf(NotFoundError);

    await publishTargetedPlan(db(), sellerA, plan.id);
    await expect(endTargetedPlan(db(), sellerB, plan.id)).rejects.toBeInstanceOf(NotFoundError);
    const [after] = await db().select().from(t.targetedPlans).where(eq(t.targetedPlans.id, plan.id));
    expect({ ...after, status: before!.status }).toEqual(before);
    expect(after!.status).toBe("live");
    expect(await db().select().from(t.targetedPlanProducts).where(eq(t.targetedPlanProducts.planId, plan.id))).toEqual(rowsBefore);
    expect(await db().select().from(t.targetedPlanCreators).where(and(eq(t.targetedPlanCreators.planId, plan.id), eq(t.targetedPlanCreators.creatorId, creators.leo)))).toEqual([]);
  });

  it("a seller cannot put another shop's product into their own plan, new or existing", async () => {
    const before = await countRows();
    const foreign = { productId: productsA[0]!.id, rateBps: 7900, flatFeeMinor: 0 };
    await expect(createTargetedPlan(db(), sellerB, planInput({ name: "B plan", products: [foreign] }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await countRows()).toEqual(before);

    const own = productsB[0]!;
    const planB = await createTargetedPlan(db(), sellerB, planInput({ name: "B plan", products: [{ productId: own.id, rateBps: own.openRateBps + 100, flatFeeMinor: 0 }] }));
    await expect(updateTargetedPlan(db(), sellerB, planB.id, planInput({ name: "B plan", products: [{ productId: own.id, rateBps: own.openRateBps + 100, flatFeeMinor: 0 }, foreign] }))).rejects.toBeInstanceOf(NotFoundError);
    const rows = await db().select().from(t.targetedPlanProducts).where(eq(t.targetedPlanProducts.planId, planB.id));
    expect(rows.map((r) => r.productId)).toEqual([own.id]);
  });

  it("an unknown product or creator id is refused like a foreign one", async () => {
    await expect(createTargetedPlan(db(), sellerA, planInput({ products: [{ productId: "prd_00000000000000000000000000", rateBps: 2000, flatFeeMinor: 0 }] }))).rejects.toBeInstanceOf(NotFoundError);
    // A seller is not a creator: inviting one is refused too.
    await expect(createTargetedPlan(db(), sellerA, planInput({ creatorIds: [sellerB.shop.ownerUserId] }))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("publishing and ending", () => {
  it("publishes a draft: creators see the invitation only from then on, dated then", async () => {
    const plan = await createTargetedPlan(db(), sellerA, planInput({ name: "Publish me", creatorIds: [creators.leo] }));
    expect((await creatorInvitations(db(), creators.leo)).map((i) => i.planId)).not.toContain(plan.id);
    const live = await publishTargetedPlan(db(), actor(sellerA, 2), plan.id);
    expect(live.status).toBe("live");
    expect(targetedPlanState(live, at(2))).toBe("live");
    const seen = (await creatorInvitations(db(), creators.leo)).find((i) => i.planId === plan.id);
    expect(seen).toMatchObject({ name: "Publish me", status: "pending", invitedAt: at(2), shopName: sellerA.shop.name });
    expect(await creatorInvitationProducts(db(), { creatorId: creators.leo, planIds: [plan.id] })).toMatchObject([{ productId: productsA[0]!.id, rateBps: productsA[0]!.openRateBps + 500, openRateBps: productsA[0]!.openRateBps }]);
    // Another creator asking for the same plan's products gets nothing.
    expect(await creatorInvitationProducts(db(), { creatorId: creators.sam, planIds: [plan.id] })).toEqual([]);
    await expect(publishTargetedPlan(db(), sellerA, plan.id)).rejects.toThrow("already published");
  });

  it("shows a plan that starts later as scheduled", async () => {
    const plan = await createTargetedPlan(db(), sellerA, planInput({ name: "Later", startsAt: addDays(NOW, 5), endsAt: addDays(NOW, 10) }));
    const published = await publishTargetedPlan(db(), sellerA, plan.id);
    expect(targetedPlanState(published, NOW)).toBe("scheduled");
    expect(targetedPlanState(published, addDays(NOW, 11))).toBe("expired");
  });

  it("does not publish a plan without creators or products", async () => {
    const plan = await createTargetedPlan(db(), sellerA, planInput({ name: "Empty", creatorIds: [] }));
    await expect(publishTargetedPlan(db(), sellerA, plan.id)).rejects.toThrow("Invite at least one creator");
    const noProducts = await createTargetedPlan(db(), sellerA, planInput({ name: "Empty", products: [] }));
    await expect(publishTargetedPlan(db(), sellerA, noProducts.id)).rejects.toThrow("Add at least one product");
    const [row] = await db().select().from(t.targetedPlans).where(eq(t.targetedPlans.id, plan.id));
    expect(row!.status).toBe("draft");
  });

  it("ends a live plan early, dated, and only once; a draft cannot be ended", async () => {
    const draft = await createTargetedPlan(db(), sellerA, planInput({ name: "End me" }));
    await expect(endTargetedPlan(db(), sellerA, draft.id)).rejects.toThrow("draft");
    await publishTargetedPlan(db(), sellerA, draft.id);
    const ended = await endTargetedPlan(db(), actor(sellerA, 5), draft.id);
    expect(ended).toMatchObject({ status: "ended", endedAt: at(5) });
    expect(targetedPlanState(ended, at(6))).toBe("ended");
    // Orders placed before the end keep the plan's rate.
    expect(targetedPlanState(ended, at(4))).toBe("live");
    await expect(endTargetedPlan(db(), actor(sellerA, 6), draft.id)).rejects.toThrow("already ended");
  });

  it("a published plan takes more products and creators but never loses or lowers them", async () => {
    const [first, second] = productsA;
    const plan = await createTargetedPlan(db(), sellerA, planInput({ name: "Growing" }));
    await publishTargetedPlan(db(), sellerA, plan.id);
    const base = planInput({ name: "Growing" });
    const lowered = { ...base, products: [{ ...base.products[0]!, rateBps: base.products[0]!.rateBps - 100 }] };
    expect((await fieldErrors(updateTargetedPlan(db(), sellerA, plan.id, lowered)))[`rate_${first!.id}`]).toMatch(/can only go up/);
    expect((await fieldErrors(updateTargetedPlan(db(), sellerA, plan.id, { ...base, products: [] }))).products).toMatch(/keeps its products/);
    expect((await fieldErrors(updateTargetedPlan(db(), sellerA, plan.id, { ...base, creatorIds: [] }))).creators).toMatch(/keeps its invitations/);
    expect((await fieldErrors(updateTargetedPlan(db(), sellerA, plan.id, { ...base, endsAt: addDays(NOW, 60) }))).endsAt).toMatch(/Fixed once the plan is published/);

    const grown = {
      ...base,
      name: "Grown",
      products: [...base.products, { productId: second!.id, rateBps: second!.openRateBps + 100, flatFeeMinor: 0 }],
      creatorIds: [creators.ana, creators.sam],
    };
    await updateTargetedPlan(db(), actor(sellerA, 1), plan.id, grown);
    expect((await shopPlanProducts(db(), { shopId: sellerA.shop.id, planId: plan.id })).map((p) => p.productId).sort()).toEqual([first!.id, second!.id].sort());
    const sam = (await shopPlanInvitations(db(), { shopId: sellerA.shop.id, planId: plan.id })).find((i) => i.creatorId === creators.sam);
    expect(sam).toMatchObject({ status: "pending", invitedAt: at(1) });
  });

  it("a published plan sent back with its dates to the minute (as the form shows them) keeps its exact dates", async () => {
    // Dates with seconds, as the seed or the API may store them.
    const input = planInput({ name: "Seconds", startsAt: new Date("2026-11-22T11:59:30.250Z"), endsAt: new Date("2026-12-22T11:59:45Z") });
    const plan = await createTargetedPlan(db(), sellerA, input);
    await publishTargetedPlan(db(), sellerA, plan.id);
    const toMinute = (d: Date) => new Date(Math.floor(d.getTime() / 60_000) * 60_000);
    const saved = await updateTargetedPlan(db(), sellerA, plan.id, { ...input, message: "A new message", startsAt: toMinute(input.startsAt), endsAt: toMinute(input.endsAt) });
    expect(saved).toMatchObject({ message: "A new message", startsAt: input.startsAt, endsAt: input.endsAt, status: "live" });
  });

  it("a draft is edited freely: products and invitations are replaced", async () => {
    const [first, second] = productsA;
    const plan = await createTargetedPlan(db(), sellerA, planInput({ name: "Draft edit", creatorIds: [creators.ana, creators.leo] }));
    await updateTargetedPlan(db(), sellerA, plan.id, planInput({ name: "Draft edited", products: [{ productId: second!.id, rateBps: second!.openRateBps + 50, flatFeeMinor: 0 }], creatorIds: [creators.sam] }));
    expect((await shopPlanProducts(db(), { shopId: sellerA.shop.id, planId: plan.id })).map((p) => p.productId)).toEqual([second!.id]);
    expect((await shopPlanInvitations(db(), { shopId: sellerA.shop.id, planId: plan.id })).map((i) => i.creatorId)).toEqual([creators.sam]);
    expect(first!.id).not.toBe(second!.id);
  });
});

describe("the creator directory", () => {
  it("finds creators by name or handle, any case, with or without @", async () => {
    expect((await searchCreators(db(), { q: "ANA" })).map((c) => c.handle)).toEqual(["ana"]);
    expect((await searchCreators(db(), { q: "@leo" })).map((c) => c.displayName)).toEqual(["Leo Park"]);
    expect((await searchCreators(db(), { q: "Okafor" })).map((c) => c.id)).toEqual([creators.sam]);
    expect(await searchCreators(db(), { q: "nobody-like-this" })).toEqual([]);
  });

  it("filters by minimum followers and category, most followed first, and lists creators only", async () => {
    expect((await searchCreators(db(), { minFollowers: 1000 })).map((c) => c.handle)).toEqual(["mai", "ana"]);
    expect((await searchCreators(db(), { minFollowers: 2100 })).map((c) => c.handle)).toEqual(["mai", "ana"]);
    expect((await searchCreators(db(), { minFollowers: 2101 })).map((c) => c.handle)).toEqual(["mai"]);
    expect((await searchCreators(db(), { category: "kitchen" })).map((c) => c.handle)).toEqual(["mai", "ana", "leo", "sam"]);
    expect(await searchCreators(db(), { category: "Cars" })).toEqual([]);
    expect((await searchCreators(db(), { q: "a", minFollowers: 100, category: "Gifts" })).map((c) => c.handle)).toEqual(["mai", "ana", "leo"]);
    // Sellers and admins have no creator profile and never show up.
    expect((await searchCreators(db(), {})).every((c) => Object.values(creators).includes(c.id))).toBe(true);
  });
});

describe("answering an invitation", () => {
  let planId: string;
  beforeAll(async () => {
    const plan = await createTargetedPlan(db(), sellerA, planInput({ name: "Answer me", creatorIds: [creators.ana, creators.leo, creators.sam] }));
    planId = plan.id;
  });

  const invitation = async (creatorId: string) => {
    const [row] = await db().select().from(t.targetedPlanCreators).where(and(eq(t.targetedPlanCreators.planId, planId), eq(t.targetedPlanCreators.creatorId, creatorId)));
    return row;
  };

  it("cannot be answered while the plan is a draft: the creator cannot see it yet", async () => {
    await expect(respondToInvitation(db(), { creatorId: creators.ana, at: NOW }, planId, "accept")).rejects.toBeInstanceOf(NotFoundError);
    expect((await invitation(creators.ana))!.status).toBe("pending");
    await publishTargetedPlan(db(), sellerA, planId);
  });

  it("the creator accepts once; accepted stays accepted", async () => {
    const accepted = await respondToInvitation(db(), { creatorId: creators.ana, at: at(1) }, planId, "accept");
    expect(accepted).toMatchObject({ status: "accepted", respondedAt: at(1) });
    await expect(respondToInvitation(db(), { creatorId: creators.ana, at: at(2) }, planId, "decline")).rejects.toThrow("You already accepted this invitation.");
    await expect(respondToInvitation(db(), { creatorId: creators.ana, at: at(2) }, planId, "accept")).rejects.toThrow("You already accepted");
    expect(await invitation(creators.ana)).toMatchObject({ status: "accepted", respondedAt: at(1) });
  });

  it("a declined invitation cannot be accepted afterwards", async () => {
    await respondToInvitation(db(), { creatorId: creators.leo, at: at(1) }, planId, "decline");
    await expect(respondToInvitation(db(), { creatorId: creators.leo, at: at(2) }, planId, "accept")).rejects.toThrow("You already declined");
    expect((await invitation(creators.leo))!.status).toBe("declined");
  });

  it("only the invited creator can answer: another creator's attempt is not found and changes nothing", async () => {
    await expect(respondToInvitation(db(), { creatorId: creators.mai, at: at(1) }, planId, "accept")).rejects.toBeInstanceOf(NotFoundError);
    expect(await invitation(creators.mai)).toBeUndefined();
    await expect(respondToInvitation(db(), { creatorId: creators.mai, at: at(1) }, "tpl_00000000000000000000000000", "accept")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("of two answers racing, exactly one is kept", async () => {
    const results = await Promise.allSettled([
      respondToInvitation(db(), { creatorId: creators.sam, at: at(3) }, planId, "accept"),
      respondToInvitation(db(), { creatorId: creators.sam, at: at(3) }, planId, "decline"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const kept = (results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ status: string }>).value.status;
    expect((await invitation(creators.sam))!.status).toBe(kept);
  });

  it("cannot be answered once the plan has ended or expired", async () => {
    const ended = await createTargetedPlan(db(), sellerA, planInput({ name: "Short", creatorIds: [creators.sam] }));
    await publishTargetedPlan(db(), sellerA, ended.id);
    await endTargetedPlan(db(), actor(sellerA, 1), ended.id);
    await expect(respondToInvitation(db(), { creatorId: creators.sam, at: at(2) }, ended.id, "accept")).rejects.toThrow("This plan has ended");

    const expiring = await createTargetedPlan(db(), sellerA, planInput({ name: "Expiring", endsAt: addDays(NOW, 1), creatorIds: [creators.sam] }));
    await publishTargetedPlan(db(), sellerA, expiring.id);
    await expect(respondToInvitation(db(), { creatorId: creators.sam, at: addDays(NOW, 2) }, expiring.id, "accept")).rejects.toThrow("This plan has expired");
  });
});
