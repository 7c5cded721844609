"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { searchCreators } from "@/db/queries/plans";
import { formAction } from "@/server/form-action";
import { NotFoundError } from "@/lib/errors";
import { createTargetedPlan, endTargetedPlan, publishTargetedPlan, updateTargetedPlan } from "@/lib/plans/targeted-plans";
import { creatorSearchSchema, planIdSchema, targetedPlanSchema, targetedPlanUpdateSchema } from "@/lib/validation/plans";

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
