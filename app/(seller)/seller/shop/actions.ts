"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { saveShop } from "@/lib/catalogue/shop";
import { now } from "@/lib/clock";
import { readUpload } from "@/lib/media/image-upload";
import { shopSchema } from "@/lib/validation/catalogue";

export const saveShopAction = formAction({ role: "seller", schema: shopSchema }, async (input, { db, user, formData }) => {
  const { shop, created } = await saveShop(db, { ownerUserId: user.id, input, logo: await readUpload(formData.get("logo")), at: now() });
  revalidatePath("/seller", "layout");
  // A new shop goes straight to its first product.
  if (created) redirect("/seller/products/new?welcome=1");
  return { id: shop.id, name: shop.name };
});
