"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { searchCreators } from "@/db/queries/plans";
import { formAction } from "@/server/form-action";
import { NotFoundError } from "@/lib/errors";
import { createTargetedPlan, endTargetedPlan, publishTargetedPlan, updateTargetedPlan } from "@/lib/plans/targeted-plans";
import { inviteCreatorsToPlan, remindInvitation, withdrawInvitation } from "@/lib/plans/manage-invitations";
import { creatorSearchSchema, invitationManageSchema, inviteToPlanSchema, planIdSchema, targetedPlanSchema, targetedPlanUpdateSchema } from "@/lib/validation/plans";

export const createPlanAction = formAction({ role: "seller", schema: ({ actor }) => targetedPlanSchema(actor.shop.currency) }, async (input, { actor }) => {
  const plan = await createTargetedPlan(actor.db, actor, input);
  revalidatePath("/seller/plans", "layout");
  redirect(`/seller/plans/${plan.id}?saved=created`);
});

export const updatePlanAction = formAction({ role: "seller", schema: ({ actor }) => targetedPlanUpdateSchema(actor.shop.currency) }, async ({ planId, ...input }, { actor }) => {
  if (!planId) throw new NotFoundError("The plan");
  await updateTargetedPlan(actor.db, actor, planId, input);
  revalidatePath("/seller/plans", "layout");
  redirect(`/seller/plans/${planId}?saved=updated`);
});

export const publishPlanAction = formAction({ role: "seller", schema: planIdSchema }, async ({ planId }, { actor }) => {
  const plan = await publishTargetedPlan(actor.db, actor, planId);
  revalidatePath("/seller/plans", "layout");
  return { status: plan.status };
});

export const endPlanAction = formAction({ role: "seller", schema: planIdSchema }, async ({ planId }, { actor }) => {
  const plan = await endTargetedPlan(actor.db, actor, planId);
  revalidatePath("/seller/plans", "layout");
  return { status: plan.status };
});

/** The creator directory behind the plan form's creator picker. */
export const searchCreatorsAction = formAction({ role: "seller", schema: creatorSearchSchema }, async (input, { actor }) => searchCreators(actor.db, { ...input, limit: 20 }));

export const remindInvitationAction = formAction({ role: "seller", schema: invitationManageSchema }, async ({ planId, creatorId }, { actor }) => {
  await remindInvitation(actor.db, actor, { planId, creatorId });
  revalidatePath(`/seller/plans/${planId}`);
  return { reminded: creatorId };
});

export const withdrawInvitationAction = formAction({ role: "seller", schema: invitationManageSchema }, async ({ planId, creatorId }, { actor }) => {
  await withdrawInvitation(actor.db, actor, { planId, creatorId });
  revalidatePath(`/seller/plans/${planId}`);
  return { withdrawn: creatorId };
});

/** Creators chosen in the creators list, invited to one of the shop's plans. */
export const inviteToPlanAction = formAction({ role: "seller", schema: inviteToPlanSchema }, async ({ planId, creatorIds }, { actor }) => {
  const { added, skipped } = await inviteCreatorsToPlan(actor.db, actor, { planId, creatorIds });
  revalidatePath("/seller/plans", "layout");
  revalidatePath("/seller/creators", "layout");
  return { added, skipped, planId };
});
