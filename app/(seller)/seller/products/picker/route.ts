import { shopPickerProducts } from "@/db/queries/plans";
import { jsonAnswer } from "@/server/answers";
import { sessionRoute } from "@/server/session-route";
import { pickerProducts } from "@/lib/plans/picker-products";
import { readSearchParams } from "@/lib/validation/search-params";
import { pickerFormat } from "../../plans/picker-format";

export const dynamic = "force-dynamic";

/** GET ?q=: the seller's own active products matching a title, for the plan and campaign pickers. */
export const GET = sessionRoute({ role: "seller", refusals: { unauthenticated: "Sign in again.", forbidden: "Only sellers can search products." } }, async ({ request, actor }) => {
  const q = (readSearchParams(new URL(request.url).searchParams, ["q"]).q ?? "").slice(0, 100);
  const products = await shopPickerProducts(actor.db, actor.shop.id, { q, limit: 50 });
  return jsonAnswer({ products: pickerProducts(products, await pickerFormat()) });
});
