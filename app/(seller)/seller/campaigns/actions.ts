"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Database } from "@/db/client";
import { findShopByOwner } from "@/db/queries/shops";
import { formAction } from "@/lib/actions/safe-action";
import { now } from "@/lib/clock";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { readUpload } from "@/lib/media/image-upload";
import { createCampaign, updateCampaign } from "@/lib/plans/campaigns";
import { campaignSchema } from "@/lib/validation/plans";

async function sellerActor(db: Database, userId: string) {
  const shop = await findShopByOwner(db, userId);
  if (!shop) throw new UserFacingError("Set up your shop first.");
  return { shop, at: now() };
}

const campaignForm = async ({ db, user }: { db: Database; user: { id: string } }) => campaignSchema((await sellerActor(db, user.id)).shop.currency);

export const createCampaignAction = formAction({ role: "seller", schema: campaignForm }, async (input, { db, user, formData }) => {
  const campaign = await createCampaign(db, await sellerActor(db, user.id), input, await readUpload(formData.get("banner")));
  revalidatePath("/seller/campaigns", "layout");
  redirect(`/seller/campaigns/${campaign.id}?saved=created`);
});

export const updateCampaignAction = formAction({ role: "seller", schema: campaignForm }, async (input, { db, user, formData }) => {
  const campaignId = String(formData.get("campaignId") ?? "");
  if (!campaignId) throw new NotFoundError("The campaign");
  const campaign = await updateCampaign(db, await sellerActor(db, user.id), campaignId, input, await readUpload(formData.get("banner")));
  revalidatePath("/seller/campaigns", "layout");
  revalidatePath(`/c/${campaign.slug}`);
  redirect(`/seller/campaigns/${campaign.id}?saved=updated`);
});
