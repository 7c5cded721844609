"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { SellerActor } from "@/lib/actor";
import { formAction } from "@/server/form-action";
import { createProduct, editOpenPlan, setProductArchived, updateProduct } from "@/lib/catalogue/products";
import { keepCurrentPlan } from "@/lib/catalogue/rate-changes";
import { productUrlRules } from "@/lib/domains/shop-domains";
import { readUpload } from "@/lib/media/image-upload";
import { keepPlanSchema, openPlanEditSchema, productArchiveSchema, productSchema, productUpdateSchema } from "@/lib/validation/catalogue";

// External URLs are checked against the shop's verified domains, read with the form.
const urlRules = ({ db, shop }: SellerActor) => productUrlRules(db, shop);

// Same result type as the update, so one form serves both; a created product opens its own page.
export const createProductAction = formAction(
  { role: "seller", schema: async ({ actor }) => productSchema(await urlRules(actor)) },
  async (input, { actor, formData }): Promise<{ savedAt: number }> => {
    const product = await createProduct(actor.db, actor, input, await readUpload(formData.get("image")));
    revalidatePath("/seller/products");
    redirect(`/seller/products/${product.id}?created=1`);
  },
);

export const updateProductAction = formAction(
  { role: "seller", schema: async ({ actor }) => productUpdateSchema(await urlRules(actor)) },
  async ({ productId, ...input }, { actor, formData }) => {
    await updateProduct(actor.db, actor, productId, input, await readUpload(formData.get("image")));
    revalidatePath("/seller/products");
    return { savedAt: Date.now() };
  },
);

export const archiveProductAction = formAction({ role: "seller", schema: productArchiveSchema }, async ({ productId, archive }, { actor }) => {
  const product = await setProductArchived(actor.db, actor, productId, archive === "1");
  revalidatePath("/seller/products");
  return { status: product.status };
});

/** Bulk edit of the open plan: empty fields are left as they are. */
export const bulkOpenPlanAction = formAction({ role: "seller", schema: ({ actor }) => openPlanEditSchema(actor.shop.currency) }, async ({ productIds, edit }, { actor }) => {
  const changed = await editOpenPlan(actor.db, actor, productIds, edit);
  revalidatePath("/seller/products");
  return { changed };
});

/** Keeps the product's current open plan: the cut waiting for its day never applies. */
export const keepPlanAction = formAction({ role: "seller", schema: keepPlanSchema }, async ({ productId }, { actor }) => {
  const kept = await keepCurrentPlan(actor.db, actor.shop, productId, actor.at);
  revalidatePath(`/seller/products/${productId}`);
  return { kept };
});
