import { cache } from "react";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import type { Database } from "@/db/client";
import { findShopByOwner } from "@/db/queries/shops";
import type { Shop } from "@/db/schema";
import { now } from "@/lib/clock";
import { UserFacingError } from "@/lib/errors";
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

// Per request: currentUser() makes a new user object for every request, so it keys the request.
const actionShops = new WeakMap<SessionUser, Promise<Shop>>();

/**
 * The seller's shop in a server action, where there is no page to redirect to: refused with a
 * message when they have none. Looked up once per request, so a form schema built from the shop
 * (its currency) and the action itself share one query.
 */
export function actionSellerShop(db: Database, user: SessionUser): Promise<Shop> {
  let shop = actionShops.get(user);
  if (!shop) {
    shop = findShopByOwner(db, user.id).then((found) => {
      if (!found) throw new UserFacingError("Set up your shop first.");
      return found;
    });
    actionShops.set(user, shop);
  }
  return shop;
}

/** The actor of a seller's command: their shop and the time (the app clock). */
export async function sellerActor(db: Database, user: SessionUser): Promise<{ shop: Shop; at: Date }> {
  return { shop: await actionSellerShop(db, user), at: now() };
}
