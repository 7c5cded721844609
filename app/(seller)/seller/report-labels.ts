import "server-only";
import { getTranslations } from "next-intl/server";
import { reportNames } from "@/db/queries/seller-dashboard";
import type { Database } from "@/db/client";
import type { SellerDimension, SellerReport } from "@/lib/reports/seller-report";

/** The words a seller's report shows for each row's key: a product's title, a creator's handle, a channel, a link type. */
export async function sellerReportLabeller(db: Database, report: SellerReport) {
  const [names, home, channels] = await Promise.all([
    reportNames(db, { productIds: report.breakdowns.product.map((r) => r.key), creatorIds: report.breakdowns.creator.map((r) => r.key) }),
    getTranslations("seller.home"),
    getTranslations("seller.orders.line.channels"),
  ]);
  const label = (dimension: SellerDimension, key: string): string => {
    if (dimension === "product") return names.products.get(key)?.title ?? home("breakdown.unknownProduct");
    if (dimension === "creator") {
      const creator = names.creators.get(key);
      return creator ? `${creator.displayName} (@${creator.handle})` : key;
    }
    if (dimension === "channel") return channels(key as Parameters<typeof channels>[0]);
    return home(`linkTypes.${key as "product" | "showcase" | "campaign"}`);
  };
  return { label, imageOf: (productId: string) => names.products.get(productId)?.imageMediaId ?? null };
}
