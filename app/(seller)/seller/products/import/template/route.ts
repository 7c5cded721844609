import { getDb } from "@/db";
import { findShopByOwner } from "@/db/queries/shops";
import { currentUser } from "@/server/session";
import { productCsvTemplate } from "@/lib/catalogue/csv-import";

export const dynamic = "force-dynamic";

/** The CSV template with example rows priced in the seller's currency. */
export async function GET() {
  const user = await currentUser();
  if (!user) return Response.json({ error: { code: "unauthenticated", message: "Your session has ended. Sign in again." } }, { status: 401 });
  if (user.role !== "seller") return Response.json({ error: { code: "forbidden", message: "Only sellers can import products." } }, { status: 403 });
  const shop = await findShopByOwner(await getDb(), user.id);
  if (!shop) return Response.json({ error: { code: "no_shop", message: "Set up your shop before importing products." } }, { status: 409 });
  // The byte order mark makes Excel read the file as UTF-8 (accents, ₫).
  return new Response(`\uFEFF${productCsvTemplate(shop.currency)}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="products-template.csv"',
      "Cache-Control": "no-store",
    },
  });
}
