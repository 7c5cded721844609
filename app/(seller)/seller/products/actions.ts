"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { actionSellerShop } from "@/server/context";
import type { SessionUser } from "@/server/session";
import type { Database } from "@/db/client";
import { formAction } from "@/server/form-action";
import { createProduct, editOpenPlan, setProductArchived, updateProduct } from "@/lib/catalogue/products";
import { now } from "@/lib/clock";
import { productUrlRules } from "@/lib/domains/shop-domains";
import { readUpload } from "@/lib/media/image-upload";
import { moneyField, productSchema, ratePercentField } from "@/lib/validation/catalogue";

// External URLs are checked against the shop's verified domains, read with the form.
const productForm = async ({ db, user }: { db: Database; user: SessionUser }) => productSchema(await productUrlRules(db, await actionSellerShop(db, user)));

// Same result type as the update, so one form serves both; a created product opens its own page.
export const createProductAction = formAction({ role: "seller", schema: productForm }, async (input, { db, user, formData }): Promise<{ savedAt: number }> => {
  const shop = await actionSellerShop(db, user);
  const product = await createProduct(db, { shop, at: now() }, input, await readUpload(formData.get("image")));
  revalidatePath("/seller/products");
  redirect(`/seller/products/${product.id}?created=1`);
});

export const updateProductAction = formAction(
  { role: "seller", schema: async (ctx) => (await productForm(ctx)).extend({ productId: z.string().min(1) }) },
  async ({ productId, ...input }, { db, user, formData }) => {
    const shop = await actionSellerShop(db, user);
    await updateProduct(db, { shop, at: now() }, productId, input, await readUpload(formData.get("image")));
    revalidatePath("/seller/products");
    return { savedAt: Date.now() };
  },
);

export const archiveProductAction = formAction(
  { role: "seller", schema: z.object({ productId: z.string().min(1), archive: z.enum(["1", "0"]) }) },
  async ({ productId, archive }, { db, user }) => {
    const shop = await actionSellerShop(db, user);
    const product = await setProductArchived(db, { shop, at: now() }, productId, archive === "1");
    revalidatePath("/seller/products");
    return { status: product.status };
  },
);

/** Bulk edit of the open plan: empty fields are left as they are. */
export const bulkOpenPlanAction = formAction(
  {
    role: "seller",
    schema: async (ctx) => {
      const shop = await actionSellerShop(ctx.db, ctx.user);
      return z.object({
        productIds: z.array(z.string()).min(1, "Select at least one product"),
        rate: ratePercentField.optional(),
        flatFee: moneyField(shop.currency, { optional: true, allowZero: true }).optional(),
        open: z.enum(["", "open", "closed"]).optional(),
      });
    },
  },
  async ({ productIds, rate, flatFee, open }, { db, user, formData }) => {
    const shop = await actionSellerShop(db, user);
    const changed = await editOpenPlan(db, { shop, at: now() }, productIds, {
      rateBps: String(formData.get("rate") ?? "").trim() ? rate : undefined,
      flatFeeMinor: String(formData.get("flatFee") ?? "").trim() ? flatFee : undefined,
      openToAffiliates: open === "open" ? true : open === "closed" ? false : undefined,
    });
    revalidatePath("/seller/products");
    return { changed };
  },
);
