"use server";

import { revalidatePath } from "next/cache";
import { removeFavourite, saveFavourite } from "@/db/queries/favourites";
import { formAction } from "@/server/form-action";
import { favouriteSchema } from "@/lib/validation/marketplace";

/** Sets a product saved or not saved for the signed-in creator: the wanted state, so a repeat is harmless. */
export const setFavouriteAction = formAction({ role: "creator", schema: favouriteSchema }, async ({ productId, saved }, { actor }) => {
  const owner = { creatorId: actor.user.id, productId };
  if (saved) await saveFavourite(actor.db, { ...owner, at: actor.at });
  else await removeFavourite(actor.db, owner);
  revalidatePath("/creator/products");
  return { saved };
});
