"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import { getOrCreateLink, type LinkRequest } from "@/lib/links/generate";
import { disableLink, renewLink } from "@/lib/links/manage";
import { linkCommandSchema, linkRequestSchema, type LinkRequestInput } from "@/lib/validation/links";

function linkTarget(input: LinkRequestInput): LinkRequest["target"] {
  // The schema guarantees the id that goes with the type.
  if (input.type === "product") return { type: "product", productId: input.productId! };
  if (input.type === "campaign") return { type: "campaign", campaignId: input.campaignId! };
  return { type: "showcase" };
}

/** "Get link": the creator's link for this target, channel and sub-id; the same one again while it earns. */
export const getLinkAction = formAction({ role: "creator", schema: linkRequestSchema }, async (input, { actor }): Promise<null> => {
  const { link, created } = await getOrCreateLink(actor.db, { creatorId: actor.user.id, target: linkTarget(input), channel: input.channel, subId: input.subId, at: actor.at });
  if (created) revalidatePath("/creator/links");
  redirect(`/creator/links/${link.id}?${created ? "new" : "again"}=1`);
});

/** "Disable" (after a confirmation): the short link answers 410 from now on. */
export const disableLinkAction = formAction({ role: "creator", schema: linkCommandSchema }, async ({ linkId }, { actor }): Promise<null> => {
  await disableLink(actor.db, { creatorId: actor.user.id, linkId, at: actor.at });
  revalidatePath("/creator/links", "layout");
  redirect(`/creator/links/${linkId}?disabled=1`);
});

/** "Renew" an expired link: a new one with the same target, channel and sub-id (the same one on a second click). */
export const renewLinkAction = formAction({ role: "creator", schema: linkCommandSchema }, async ({ linkId }, { actor }): Promise<null> => {
  const { link } = await renewLink(actor.db, { creatorId: actor.user.id, linkId, at: actor.at });
  revalidatePath("/creator/links", "layout");
  redirect(`/creator/links/${link.id}?renewed=1`);
});
