import "server-only";
import type { Database } from "@/db/client";
import { answerInvitation, findCreatorInvitation } from "@/db/queries/plans";
import { targetedPlanState } from "@/lib/commissions/effective-rate";
import type { CreatorRef } from "@/lib/actor";
import { NotFoundError, UserFacingError } from "@/lib/errors";

export type InvitationAnswer = "accept" | "decline";

/**
 * A creator answers an invitation once: accepted stays accepted, declined stays declined. Only the
 * invited creator can answer (another creator's invitation, or one to a draft, is not found), and
 * only while the plan is published and not over.
 */
export async function respondToInvitation(db: Database, actor: CreatorRef, planId: string, answer: InvitationAnswer) {
  const status = answer === "accept" ? "accepted" : "declined";
  const answered = await answerInvitation(db, { creatorId: actor.creatorId, planId, status, at: actor.at });
  if (answered) return answered;
  const found = await findCreatorInvitation(db, { creatorId: actor.creatorId, planId });
  if (!found || found.plan.status === "draft") throw new NotFoundError("The invitation");
  // A withdrawn invitation is the shop's word, not the creator's: it can no longer be answered.
  if (found.invitation.status === "withdrawn") throw new UserFacingError("The shop withdrew this invitation: it can no longer be answered.");
  if (found.invitation.status !== "pending") throw new UserFacingError(`You already ${found.invitation.status} this invitation.`);
  const state = targetedPlanState(found.plan, actor.at);
  throw new UserFacingError(`This plan has ${state === "expired" ? "expired" : "ended"}: the invitation can no longer be answered.`);
}
