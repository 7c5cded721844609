import { csvAnswer } from "@/server/answers";
import { sessionRoute } from "@/server/session-route";
import { productCsvTemplate } from "@/lib/catalogue/csv-import";

export const dynamic = "force-dynamic";

/** The CSV template with example rows priced in the seller's currency. */
export const GET = sessionRoute(
  { role: "seller", refusals: { forbidden: "Only sellers can import products.", noShop: "Set up your shop before importing products." } },
  // The byte order mark makes Excel read the file as UTF-8 (accents, ₫).
  ({ actor }) => csvAnswer(`\uFEFF${productCsvTemplate(actor.shop.currency)}`, "products-template.csv"),
);
