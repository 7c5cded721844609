"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/server/form-action";
import { actionSellerShop } from "@/server/context";
import { saveShop } from "@/lib/catalogue/shop";
import { now } from "@/lib/clock";
import { addShopDomain, removeShopDomain, verifyShopDomain } from "@/lib/domains/shop-domains";
import { readUpload } from "@/lib/media/image-upload";
import { shopSchema } from "@/lib/validation/catalogue";

export const saveShopAction = formAction({ role: "new-seller", schema: shopSchema }, async (input, { db, user, formData }) => {
  const { shop, created } = await saveShop(db, { ownerUserId: user.id, input, logo: await readUpload(formData.get("logo")), at: now() });
  revalidatePath("/seller", "layout");
  // A new shop goes straight to its first product.
  if (created) redirect("/seller/products/new?welcome=1");
  return { id: shop.id, name: shop.name };
});

const domainId = z.object({ domainId: z.string().min(1).max(64) });

export const addShopDomainAction = formAction({ role: "seller", schema: z.object({ domain: z.string().max(300, "That is not a web domain") }) }, async ({ domain }, { db, user }) => {
  const shop = await actionSellerShop(db, user);
  const added = await addShopDomain(db, { shopId: shop.id, input: domain, at: now() });
  revalidatePath("/seller/shop");
  return { domain: added.domain };
});

/** "Check now": the seller asks for their pending domain to be checked at once. */
export const checkShopDomainAction = formAction({ role: "seller", schema: domainId }, async (input, { db, user }) => {
  const shop = await actionSellerShop(db, user);
  const result = await verifyShopDomain(db, { domainId: input.domainId, shopId: shop.id, at: now() });
  revalidatePath("/seller", "layout");
  return { verified: result.verified, error: result.error };
});

export const removeShopDomainAction = formAction({ role: "seller", schema: domainId }, async (input, { db, user }) => {
  const shop = await actionSellerShop(db, user);
  await removeShopDomain(db, { domainId: input.domainId, shopId: shop.id });
  revalidatePath("/seller", "layout");
  return { removed: true };
});
