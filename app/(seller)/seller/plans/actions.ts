"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Database } from "@/db/client";
import { searchCreators } from "@/db/queries/plans";
import { findShopByOwner } from "@/db/queries/shops";
import { formAction } from "@/lib/actions/safe-action";
import { now } from "@/lib/clock";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { createTargetedPlan, endTargetedPlan, publishTargetedPlan, updateTargetedPlan } from "@/lib/plans/targeted-plans";
import { creatorSearchSchema, planIdSchema, targetedPlanSchema } from "@/lib/validation/plans";

async function sellerActor(db: Database, userId: string) {
  const shop = await findShopByOwner(db, userId);
  if (!shop) throw new UserFacingError("Set up your shop first.");
  return { shop, at: now() };
}

const planForm = async ({ db, user }: { db: Database; user: { id: string } }) => targetedPlanSchema((await sellerActor(db, user.id)).shop.currency);

export const createPlanAction = formAction({ role: "seller", schema: planForm }, async (input, { db, user }) => {
  const plan = await createTargetedPlan(db, await sellerActor(db, user.id), input);
  revalidatePath("/seller/plans", "layout");
  redirect(`/seller/plans/${plan.id}?saved=created`);
});

export const updatePlanAction = formAction({ role: "seller", schema: planForm }, async (input, { db, user, formData }) => {
  const planId = String(formData.get("planId") ?? "");
  if (!planId) throw new NotFoundError("The plan");
  await updateTargetedPlan(db, await sellerActor(db, user.id), planId, input);
  revalidatePath("/seller/plans", "layout");
  redirect(`/seller/plans/${planId}?saved=updated`);
});

export const publishPlanAction = formAction({ role: "seller", schema: planIdSchema }, async ({ planId }, { db, user }) => {
  const plan = await publishTargetedPlan(db, await sellerActor(db, user.id), planId);
  revalidatePath("/seller/plans", "layout");
  return { status: plan.status };
});

export const endPlanAction = formAction({ role: "seller", schema: planIdSchema }, async ({ planId }, { db, user }) => {
  const plan = await endTargetedPlan(db, await sellerActor(db, user.id), planId);
  revalidatePath("/seller/plans", "layout");
  return { status: plan.status };
});

/** The creator directory behind the plan form's creator picker. */
export const searchCreatorsAction = formAction({ role: "seller", schema: creatorSearchSchema }, async (input, { db }) => searchCreators(db, { ...input, limit: 20 }));
