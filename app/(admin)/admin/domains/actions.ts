"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/server/form-action";
import { confirmShopDomain, revokeShopDomain, verifyShopDomain } from "@/lib/domains/shop-domains";
import { domainIdSchema, revokeDomainSchema } from "@/lib/validation/domains";

export const checkDomainAction = formAction({ role: "admin", schema: domainIdSchema }, async ({ domainId }, { actor }) => {
  const result = await verifyShopDomain(actor.db, { domainId, at: actor.at });
  revalidatePath("/admin/domains");
  return { verified: result.verified, error: result.error };
});

export const confirmDomainAction = formAction({ role: "admin", schema: domainIdSchema }, async ({ domainId }, { actor }) => {
  const row = await confirmShopDomain(actor.db, { domainId, adminUserId: actor.user.id, at: actor.at });
  revalidatePath("/admin/domains");
  return { domain: row.domain };
});

export const revokeDomainAction = formAction({ role: "admin", schema: revokeDomainSchema }, async ({ domainId, reason }, { actor }) => {
  const row = await revokeShopDomain(actor.db, { domainId, adminUserId: actor.user.id, reason, at: actor.at });
  revalidatePath("/admin/domains");
  return { domain: row.domain };
});
