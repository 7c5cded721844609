import "server-only";
import type { Database } from "@/db/client";
import {
  deleteInvitations,
  deletePlanProducts,
  findCreators,
  findShopPlan,
  insertInvitations,
  insertPlan,
  redateInvitations,
  shopPlanInvitations,
  shopPlanProducts,
  updateShopPlan,
  upsertPlanProducts,
} from "@/db/queries/plans";
import type { TargetedPlan } from "@/db/schema";
import { targetedPlanState, type Reward, type TargetedPlanState } from "@/lib/commissions/effective-rate";
import { NotFoundError, UserFacingError, invalidFields } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { notifyInvitations } from "@/lib/notifications/notify";
import type { TargetedPlanInput } from "@/lib/validation/plans";
import { datesError, keepUnlessEdited, sameMinute } from "./dates";
import { checkPlanProducts, rateField, type ShopActor } from "./plan-products";
import { aboveOpenPlanError } from "./rewards";

/**
 * Targeted plans: a seller invites chosen creators to better rates on chosen products, for a
 * while. A plan is written as a draft, published (draft → live; creators see the invitation from
 * then on) and may be ended early. What creators were offered when they accepted stays true: a
 * published plan can gain products, creators and higher rewards, but never lose or lower them.
 */

const PUBLISHED_OPEN: TargetedPlanState[] = ["scheduled", "live"];

function checkDates(input: Pick<TargetedPlanInput, "startsAt" | "endsAt">) {
  const error = datesError(input.startsAt, input.endsAt);
  if (error) throw invalidFields({ endsAt: error });
}

async function checkCreators(db: Database, creatorIds: string[]) {
  const found = await findCreators(db, creatorIds);
  if (found.length !== new Set(creatorIds).size) throw new NotFoundError("One of the chosen creators");
}

async function findPlan(db: Database, actor: ShopActor, planId: string): Promise<TargetedPlan> {
  const plan = await findShopPlan(db, { shopId: actor.shop.id, planId });
  if (!plan) throw new NotFoundError("The plan");
  return plan;
}

export async function createTargetedPlan(db: Database, actor: ShopActor, input: TargetedPlanInput): Promise<TargetedPlan> {
  checkDates(input);
  if (input.endsAt.getTime() <= actor.at.getTime()) throw invalidFields({ endsAt: "The end has already passed" });
  return db.transaction(async (tx) => {
    await checkPlanProducts(tx, actor.shop.id, input.products, { aboveOpenPlan: true });
    await checkCreators(tx, input.creatorIds);
    const plan = await insertPlan(tx, {
      id: newId("tpl"),
      shopId: actor.shop.id,
      name: input.name,
      message: input.message,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      status: "draft",
      createdAt: actor.at,
    });
    await upsertPlanProducts(tx, input.products.map((p) => ({ planId: plan.id, ...p })));
    await insertInvitations(tx, { planId: plan.id, creatorIds: input.creatorIds }, actor.at);
    return plan;
  });
}

/**
 * Saves the seller's edit. A draft changes freely. A published plan that still runs keeps its dates,
 * products, rewards and invitations: only additions and raises are taken. An ended or expired plan
 * is closed to edits.
 */
export async function updateTargetedPlan(db: Database, actor: ShopActor, planId: string, input: TargetedPlanInput): Promise<TargetedPlan> {
  checkDates(input);
  return db.transaction(async (tx) => {
    const plan = await findPlan(tx, actor, planId);
    const state = targetedPlanState(plan, actor.at);
    const draft = state === "draft";
    if (!draft && !PUBLISHED_OPEN.includes(state)) throw new UserFacingError(`This plan has ${state}: it can no longer be changed.`);

    const currentProducts = await shopPlanProducts(tx, { shopId: actor.shop.id, planId });
    const currentCreators = await shopPlanInvitations(tx, { shopId: actor.shop.id, planId });
    const kept = new Map<string, Reward>(currentProducts.map((p) => [p.productId, { rateBps: p.rateBps, flatFeeMinor: p.flatFeeMinor }]));
    await checkPlanProducts(tx, actor.shop.id, input.products, { aboveOpenPlan: true, kept });
    await checkCreators(tx, input.creatorIds);

    const wantedProducts = new Set(input.products.map((p) => p.productId));
    const wantedCreators = new Set(input.creatorIds);
    const droppedProducts = currentProducts.filter((p) => !wantedProducts.has(p.productId));
    const droppedCreators = currentCreators.filter((c) => !wantedCreators.has(c.creatorId));
    if (!draft) {
      const errors: Record<string, string> = {};
      if (!sameMinute(input.startsAt, plan.startsAt)) errors.startsAt = "Fixed once the plan is published";
      if (!sameMinute(input.endsAt, plan.endsAt)) errors.endsAt = "Fixed once the plan is published: end it early instead";
      for (const row of input.products) {
        const before = kept.get(row.productId);
        if (before && (row.rateBps < before.rateBps || row.flatFeeMinor < before.flatFeeMinor)) {
          errors[rateField(row.productId)] = "Creators were offered more: a published plan's reward can only go up";
        }
      }
      if (droppedProducts.length > 0) errors.products = `A published plan keeps its products: ${droppedProducts.map((p) => p.title).join(", ")}`;
      if (droppedCreators.length > 0) errors.creators = `A published plan keeps its invitations: ${droppedCreators.map((c) => c.displayName).join(", ")}`;
      if (Object.keys(errors).length > 0) throw invalidFields(errors);
    }

    const saved = await updateShopPlan(tx, { shopId: actor.shop.id, planId }, {
      name: input.name,
      message: input.message,
      startsAt: keepUnlessEdited(plan.startsAt, input.startsAt),
      endsAt: keepUnlessEdited(plan.endsAt, input.endsAt),
    });
    if (!saved) throw new NotFoundError("The plan");
    await deletePlanProducts(tx, { planId, productIds: droppedProducts.map((p) => p.productId) });
    await upsertPlanProducts(tx, input.products.map((p) => ({ planId, ...p })));
    await deleteInvitations(tx, { planId, creatorIds: droppedCreators.map((c) => c.creatorId) });
    const invitedBefore = new Set(currentCreators.map((c) => c.creatorId));
    const added = input.creatorIds.filter((id) => !invitedBefore.has(id));
    await insertInvitations(tx, { planId, creatorIds: added }, actor.at);
    // A draft's invitations are news only once it is published.
    if (!draft) await notifyInvitations(tx, { creatorIds: added, planName: saved.name, shopId: actor.shop.id, at: actor.at });
    return saved;
  });
}

/**
 * Draft → live. The plan needs products and creators, and an end still ahead; the rewards are
 * checked again against today's open plans (the seller may have raised one since the draft).
 * The invitations become visible to the creators now, so they are dated now.
 */
export async function publishTargetedPlan(db: Database, actor: ShopActor, planId: string): Promise<TargetedPlan> {
  return db.transaction(async (tx) => {
    const plan = await findPlan(tx, actor, planId);
    if (plan.status !== "draft") throw new UserFacingError("This plan is already published.");
    if (plan.endsAt.getTime() <= actor.at.getTime()) throw new UserFacingError("The plan's end has already passed: change its dates before publishing.");
    const rows = await shopPlanProducts(tx, { shopId: actor.shop.id, planId });
    const invitations = await shopPlanInvitations(tx, { shopId: actor.shop.id, planId });
    if (rows.length === 0) throw new UserFacingError("Add at least one product before publishing.");
    if (invitations.length === 0) throw new UserFacingError("Invite at least one creator before publishing.");
    for (const row of rows) {
      const problem =
        row.status === "archived"
          ? "it is archived"
          : !row.openToAffiliates
            ? "it is closed to creators"
            : aboveOpenPlanError(row, row)?.toLowerCase();
      if (problem) throw new UserFacingError(`${row.title}: ${problem}. Edit the plan before publishing.`);
    }
    const published = await updateShopPlan(tx, { shopId: actor.shop.id, planId }, { status: "live" }, "draft");
    if (!published) throw new UserFacingError("This plan is already published.");
    await redateInvitations(tx, planId, actor.at);
    await notifyInvitations(tx, { creatorIds: invitations.map((i) => i.creatorId), planName: published.name, shopId: actor.shop.id, at: actor.at });
    return published;
  });
}

/** Ends a published plan now. Orders placed before keep its rate; later ones earn the open rate again. */
export async function endTargetedPlan(db: Database, actor: ShopActor, planId: string): Promise<TargetedPlan> {
  const plan = await findPlan(db, actor, planId);
  const state = targetedPlanState(plan, actor.at);
  if (state === "draft") throw new UserFacingError("This plan is a draft: it has not started, so there is nothing to end.");
  if (!PUBLISHED_OPEN.includes(state)) throw new UserFacingError(`This plan has already ${state}.`);
  const ended = await updateShopPlan(db, { shopId: actor.shop.id, planId }, { status: "ended", endedAt: actor.at }, "live");
  if (!ended) throw new UserFacingError("This plan has already ended.");
  return ended;
}
