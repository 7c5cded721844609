import { getDb } from "@/db";
import { shopPickerProducts } from "@/db/queries/plans";
import { findShopByOwner } from "@/db/queries/shops";
import { pickerProducts } from "@/components/plans/picker-products";
import { currentUser } from "@/server/session";
import { readSearchParams } from "@/lib/validation/search-params";

export const dynamic = "force-dynamic";

/** GET ?q=: the seller's own active products matching a title, for the plan and campaign pickers. */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) return Response.json({ error: { code: "unauthenticated", message: "Sign in again." } }, { status: 401 });
  if (user.role !== "seller") return Response.json({ error: { code: "forbidden", message: "Only sellers can search products." } }, { status: 403 });
  const db = await getDb();
  const shop = await findShopByOwner(db, user.id);
  if (!shop) return Response.json({ error: { code: "no_shop", message: "Set up your shop first." } }, { status: 409 });
  const q = (readSearchParams(new URL(request.url).searchParams, ["q"]).q ?? "").slice(0, 100);
  const products = await shopPickerProducts(db, shop.id, { q, limit: 50 });
  return Response.json({ products: pickerProducts(products) }, { headers: { "Cache-Control": "no-store" } });
}
