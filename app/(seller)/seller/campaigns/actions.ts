"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Database } from "@/db/client";
import { sellerActor } from "@/server/context";
import type { SessionUser } from "@/server/session";
import { formAction } from "@/server/form-action";
import { NotFoundError } from "@/lib/errors";
import { readUpload } from "@/lib/media/image-upload";
import { createCampaign, updateCampaign } from "@/lib/plans/campaigns";
import { campaignSchema } from "@/lib/validation/plans";

const campaignForm = async ({ db, user }: { db: Database; user: SessionUser }) => campaignSchema((await sellerActor(db, user)).shop.currency);

export const createCampaignAction = formAction({ role: "seller", schema: campaignForm }, async (input, { db, user, formData }) => {
  const campaign = await createCampaign(db, await sellerActor(db, user), input, await readUpload(formData.get("banner")));
  revalidatePath("/seller/campaigns", "layout");
  redirect(`/seller/campaigns/${campaign.id}?saved=created`);
});

export const updateCampaignAction = formAction({ role: "seller", schema: campaignForm }, async (input, { db, user, formData }) => {
  const campaignId = String(formData.get("campaignId") ?? "");
  if (!campaignId) throw new NotFoundError("The campaign");
  const campaign = await updateCampaign(db, await sellerActor(db, user), campaignId, input, await readUpload(formData.get("banner")));
  revalidatePath("/seller/campaigns", "layout");
  revalidatePath(`/c/${campaign.slug}`);
  redirect(`/seller/campaigns/${campaign.id}?saved=updated`);
});
