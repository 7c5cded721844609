"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Database } from "@/db/client";
import { searchCreators } from "@/db/queries/plans";
import { sellerActor } from "@/server/context";
import type { SessionUser } from "@/server/session";
import { formAction } from "@/server/form-action";
import { NotFoundError } from "@/lib/errors";
import { createTargetedPlan, endTargetedPlan, publishTargetedPlan, updateTargetedPlan } from "@/lib/plans/targeted-plans";
import { creatorSearchSchema, planIdSchema, targetedPlanSchema } from "@/lib/validation/plans";

const planForm = async ({ db, user }: { db: Database; user: SessionUser }) => targetedPlanSchema((await sellerActor(db, user)).shop.currency);

export const createPlanAction = formAction({ role: "seller", schema: planForm }, async (input, { db, user }) => {
  const plan = await createTargetedPlan(db, await sellerActor(db, user), input);
  revalidatePath("/seller/plans", "layout");
  redirect(`/seller/plans/${plan.id}?saved=created`);
});

export const updatePlanAction = formAction({ role: "seller", schema: planForm }, async (input, { db, user, formData }) => {
  const planId = String(formData.get("planId") ?? "");
  if (!planId) throw new NotFoundError("The plan");
  await updateTargetedPlan(db, await sellerActor(db, user), planId, input);
  revalidatePath("/seller/plans", "layout");
  redirect(`/seller/plans/${planId}?saved=updated`);
});

export const publishPlanAction = formAction({ role: "seller", schema: planIdSchema }, async ({ planId }, { db, user }) => {
  const plan = await publishTargetedPlan(db, await sellerActor(db, user), planId);
  revalidatePath("/seller/plans", "layout");
  return { status: plan.status };
});

export const endPlanAction = formAction({ role: "seller", schema: planIdSchema }, async ({ planId }, { db, user }) => {
  const plan = await endTargetedPlan(db, await sellerActor(db, user), planId);
  revalidatePath("/seller/plans", "layout");
  return { status: plan.status };
});

/** The creator directory behind the plan form's creator picker. */
export const searchCreatorsAction = formAction({ role: "seller", schema: creatorSearchSchema }, async (input, { db }) => searchCreators(db, { ...input, limit: 20 }));
