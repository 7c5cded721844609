"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import { NotFoundError } from "@/lib/errors";
import { readUpload } from "@/lib/media/image-upload";
import { createCampaign, updateCampaign } from "@/lib/plans/campaigns";
import { campaignSchema, campaignUpdateSchema } from "@/lib/validation/plans";

export const createCampaignAction = formAction({ role: "seller", schema: ({ actor }) => campaignSchema(actor.shop.currency) }, async (input, { actor, formData }) => {
  const campaign = await createCampaign(actor.db, actor, input, await readUpload(formData.get("banner")));
  revalidatePath("/seller/campaigns", "layout");
  redirect(`/seller/campaigns/${campaign.id}?saved=created`);
});

export const updateCampaignAction = formAction({ role: "seller", schema: ({ actor }) => campaignUpdateSchema(actor.shop.currency) }, async ({ campaignId, ...input }, { actor, formData }) => {
  if (!campaignId) throw new NotFoundError("The campaign");
  const campaign = await updateCampaign(actor.db, actor, campaignId, input, await readUpload(formData.get("banner")));
  revalidatePath("/seller/campaigns", "layout");
  revalidatePath(`/c/${campaign.slug}`);
  redirect(`/seller/campaigns/${campaign.id}?saved=updated`);
});
