import "server-only";
import type { Database } from "@/db/client";
import { findCreators, findShopPlan, insertInvitations, markInvitationReminded, markInvitationWithdrawn, shopPlanInvitations } from "@/db/queries/plans";
import { blockedAmong } from "@/db/queries/shop-creators";
import type { TargetedPlan } from "@/db/schema";
import { targetedPlanState } from "@/lib/commissions/effective-rate";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { notifyInvitationReminder, notifyInvitations } from "@/lib/notifications/notify";
import type { ShopActor } from "./plan-products";

/**
 * The seller's handling of a plan's invitations after it was written: reminding or withdrawing a
 * pending one, and inviting more creators from the creators list. Only a published plan that still
 * runs (scheduled or live) has invitations the creators can answer, so only those are reminded or
 * withdrawn; a draft's invitations are edited in the plan form.
 */

export const MAX_INVITED_AT_ONCE = 100;
const REMINDER_GAP_HOURS = 24;

async function runningPlan(db: Database, actor: ShopActor, planId: string): Promise<TargetedPlan> {
  const plan = await findShopPlan(db, { shopId: actor.shop.id, planId });
  if (!plan) throw new NotFoundError("The plan");
  const state = targetedPlanState(plan, actor.at);
  if (state !== "live" && state !== "scheduled") throw new UserFacingError("This plan is not running: its invitations can no longer be reminded or withdrawn.");
  return plan;
}

async function pendingInvitation(db: Database, actor: ShopActor, planId: string, creatorId: string) {
  const invitation = (await shopPlanInvitations(db, { shopId: actor.shop.id, planId })).find((i) => i.creatorId === creatorId);
  if (!invitation) throw new NotFoundError("The invitation");
  return invitation;
}

/** Tells a creator again about an invitation they have not answered: at most once in 24 hours. */
export async function remindInvitation(db: Database, actor: ShopActor, { planId, creatorId }: { planId: string; creatorId: string }) {
  return db.transaction(async (tx) => {
    const plan = await runningPlan(tx, actor, planId);
    const reminded = await markInvitationReminded(tx, { shopId: actor.shop.id, planId, creatorId, at: actor.at });
    if (!reminded) {
      const invitation = await pendingInvitation(tx, actor, planId, creatorId);
      if (invitation.status !== "pending") throw new UserFacingError("Only an invitation waiting for an answer can be reminded.");
      throw new UserFacingError(`This creator was already reminded in the last ${REMINDER_GAP_HOURS} hours.`);
    }
    await notifyInvitationReminder(tx, { creatorId, planName: plan.name, shopId: actor.shop.id, at: actor.at });
    return reminded;
  });
}

/** Takes back an invitation not answered yet: the creator sees it withdrawn and can no longer accept it. */
export async function withdrawInvitation(db: Database, actor: ShopActor, { planId, creatorId }: { planId: string; creatorId: string }) {
  await runningPlan(db, actor, planId);
  const withdrawn = await markInvitationWithdrawn(db, { shopId: actor.shop.id, planId, creatorId, at: actor.at });
  if (withdrawn) return withdrawn;
  await pendingInvitation(db, actor, planId, creatorId);
  throw new UserFacingError("Only an invitation waiting for an answer can be withdrawn.");
}

/**
 * Invites creators chosen in the creators list to one of the shop's plans, as the plan form does:
 * a creator already in the plan (whatever their answer) is skipped, a creator the shop blocked is
 * refused, and the invitations of a published plan are news at once (a draft's at publication).
 */
export async function inviteCreatorsToPlan(db: Database, actor: ShopActor, { planId, creatorIds }: { planId: string; creatorIds: string[] }) {
  const wanted = [...new Set(creatorIds)];
  if (wanted.length === 0) throw new UserFacingError("Choose at least one creator.");
  if (wanted.length > MAX_INVITED_AT_ONCE) throw new UserFacingError(`Choose at most ${MAX_INVITED_AT_ONCE} creators at once.`);
  return db.transaction(async (tx) => {
    const plan = await findShopPlan(tx, { shopId: actor.shop.id, planId });
    if (!plan) throw new NotFoundError("The plan");
    const state = targetedPlanState(plan, actor.at);
    if (state !== "draft" && state !== "live" && state !== "scheduled") throw new UserFacingError("This plan is over: it can no longer take invitations.");
    if ((await blockedAmong(tx, { shopId: actor.shop.id, creatorIds: wanted })).length > 0) throw new UserFacingError("Your shop blocked one of the chosen creators: unblock them before inviting them.");
    if ((await findCreators(tx, wanted)).length !== wanted.length) throw new NotFoundError("One of the chosen creators");
    const already = new Set((await shopPlanInvitations(tx, { shopId: actor.shop.id, planId })).map((i) => i.creatorId));
    const added = wanted.filter((id) => !already.has(id));
    await insertInvitations(tx, { planId, creatorIds: added }, actor.at);
    if (state !== "draft") await notifyInvitations(tx, { creatorIds: added, planName: plan.name, shopId: actor.shop.id, at: actor.at });
    return { plan, added: added.length, skipped: wanted.length - added.length };
  });
}
