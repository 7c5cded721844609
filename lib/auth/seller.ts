import { cache } from "react";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { findShopByOwner } from "@/db/queries/shops";
import type { Shop } from "@/db/schema";
import { requireRole, type SessionUser } from "./session";

/**
 * A seller page's guard: the seller and their shop. Sellers without a shop are sent to set one up,
 * since products, plans and campaigns all belong to a shop.
 */
export const requireSellerShop = cache(async (): Promise<{ user: SessionUser; shop: Shop }> => {
  const user = await requireRole("seller");
  const shop = await findShopByOwner(await getDb(), user.id);
  if (!shop) redirect("/seller/shop?setup=1");
  return { user, shop };
});
