import { getTimeZone, getTranslations } from "next-intl/server";
import { shopCommissionsForExport } from "@/db/queries/seller-commissions";
import { csvAnswer } from "@/server/answers";
import { sessionRoute } from "@/server/session-route";
import { SHOP_COMMISSION_CSV_COLUMNS, shopCommissionsCsv, type ShopCommissionCsvColumn } from "@/lib/orders/orders-csv";
import { SHOP_COMMISSION_KEYS, shopCommissionFilters } from "@/lib/validation/orders";
import { readSearchParams } from "@/lib/validation/search-params";

export const dynamic = "force-dynamic";

const MAX_ROWS = 50_000;

/** The commissions earned on the shop's orders as CSV (?state, from, to: the days earned, creator): only this shop's. */
export const GET = sessionRoute({ role: "seller", refusals: { forbidden: "Only sellers have orders." } }, async ({ request, actor }) => {
  const filters = shopCommissionFilters(readSearchParams(new URL(request.url).searchParams, SHOP_COMMISSION_KEYS), await getTimeZone());
  const [rows, columns, states, channels, plans] = await Promise.all([
    shopCommissionsForExport(actor.db, { shopId: actor.shop.id, filters, limit: MAX_ROWS }),
    getTranslations("seller.orders.commissionsCsvColumns"),
    getTranslations("common.states"),
    getTranslations("seller.orders.line.channels"),
    getTranslations("seller.orders.line.plans"),
  ]);
  const texts = {
    columns: Object.fromEntries(SHOP_COMMISSION_CSV_COLUMNS.map((c) => [c, columns(c)])) as Record<ShopCommissionCsvColumn, string>,
    state: states,
    channel: channels,
    plan: plans,
  };
  return csvAnswer(shopCommissionsCsv(rows, texts), "commissions.csv");
});
