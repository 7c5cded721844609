"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/server/form-action";
import { decideFollowerClaim } from "@/lib/creators/follower-claims";
import { setAffiliateThreshold } from "@/lib/creators/threshold";
import { approveClaimSchema, rejectClaimSchema, thresholdSchema } from "@/lib/validation/social";

export const approveClaimAction = formAction({ role: "admin", schema: approveClaimSchema }, async ({ claimId, count }, { actor }) => {
  const result = await decideFollowerClaim(actor.db, { claimId, decision: { approve: true, correctedCount: count }, adminUserId: actor.user.id, at: actor.at });
  revalidatePath("/admin/creators");
  return { followers: result.followers, becameAffiliate: result.becameAffiliate };
});

export const rejectClaimAction = formAction({ role: "admin", schema: rejectClaimSchema }, async ({ claimId, reason }, { actor }) => {
  await decideFollowerClaim(actor.db, { claimId, decision: { approve: false, reason }, adminUserId: actor.user.id, at: actor.at });
  revalidatePath("/admin/creators");
  return { rejected: true };
});

export const saveThresholdAction = formAction({ role: "admin", schema: thresholdSchema }, async ({ threshold }, { actor }) => {
  await setAffiliateThreshold(actor.db, { threshold, adminUserId: actor.user.id, at: actor.at });
  revalidatePath("/admin/creators");
  return { threshold };
});
