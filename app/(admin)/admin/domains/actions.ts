"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/server/form-action";
import { now } from "@/lib/clock";
import { confirmShopDomain, revokeShopDomain, verifyShopDomain } from "@/lib/domains/shop-domains";

const domainId = z.object({ domainId: z.string().min(1).max(64) });

export const checkDomainAction = formAction({ role: "admin", schema: domainId }, async ({ domainId }, { db }) => {
  const result = await verifyShopDomain(db, { domainId, at: now() });
  revalidatePath("/admin/domains");
  return { verified: result.verified, error: result.error };
});

export const confirmDomainAction = formAction({ role: "admin", schema: domainId }, async ({ domainId }, { db, user }) => {
  const row = await confirmShopDomain(db, { domainId, adminUserId: user.id, at: now() });
  revalidatePath("/admin/domains");
  return { domain: row.domain };
});

export const revokeDomainAction = formAction(
  { role: "admin", schema: domainId.extend({ reason: z.string().trim().min(3, "Give a reason (the seller sees it)").max(500, "Use at most 500 characters") }) },
  async ({ domainId, reason }, { db, user }) => {
    const row = await revokeShopDomain(db, { domainId, adminUserId: user.id, reason, at: now() });
    revalidatePath("/admin/domains");
    return { domain: row.domain };
  },
);
