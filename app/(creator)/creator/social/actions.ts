"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/server/form-action";
import { submitFollowerClaim } from "@/lib/creators/follower-claims";
import { readUpload } from "@/lib/media/image-upload";
import { followerClaimSchema } from "@/lib/validation/social";

export const submitFollowerClaimAction = formAction({ role: "creator", schema: followerClaimSchema }, async (input, { actor, formData }) => {
  const claim = await submitFollowerClaim(actor.db, { creatorId: actor.user.id, ...input, proof: await readUpload(formData.get("proof")), at: actor.at });
  revalidatePath("/creator/social");
  return { platform: claim.platform };
});
