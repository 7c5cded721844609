"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import { saveShop } from "@/lib/catalogue/shop";
import { addShopDomain, removeShopDomain, verifyShopDomain } from "@/lib/domains/shop-domains";
import { readUpload } from "@/lib/media/image-upload";
import { shopSchema } from "@/lib/validation/catalogue";
import { addShopDomainSchema, domainIdSchema } from "@/lib/validation/domains";

export const saveShopAction = formAction({ role: "new-seller", schema: shopSchema }, async (input, { actor, formData }) => {
  const { shop, created } = await saveShop(actor.db, { ownerUserId: actor.user.id, input, logo: await readUpload(formData.get("logo")), at: actor.at });
  revalidatePath("/seller", "layout");
  // A new shop goes straight to its first product.
  if (created) redirect("/seller/products/new?welcome=1");
  return { id: shop.id, name: shop.name };
});

export const addShopDomainAction = formAction({ role: "seller", schema: addShopDomainSchema }, async ({ domain }, { actor }) => {
  const added = await addShopDomain(actor.db, { shopId: actor.shop.id, input: domain, at: actor.at });
  revalidatePath("/seller/shop");
  return { domain: added.domain };
});

/** "Check now": the seller asks for their pending domain to be checked at once. */
export const checkShopDomainAction = formAction({ role: "seller", schema: domainIdSchema }, async (input, { actor }) => {
  const result = await verifyShopDomain(actor.db, { domainId: input.domainId, shopId: actor.shop.id, at: actor.at });
  revalidatePath("/seller", "layout");
  return { verified: result.verified, error: result.error };
});

export const removeShopDomainAction = formAction({ role: "seller", schema: domainIdSchema }, async (input, { actor }) => {
  await removeShopDomain(actor.db, { domainId: input.domainId, shopId: actor.shop.id });
  revalidatePath("/seller", "layout");
  return { removed: true };
});
