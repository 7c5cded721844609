import { getTimeZone, getTranslations } from "next-intl/server";
import { shopOrdersForExport } from "@/db/queries/seller-orders";
import { csvAnswer } from "@/server/answers";
import { sessionRoute } from "@/server/session-route";
import { SHOP_ORDER_CSV_COLUMNS, shopOrdersCsv, type ShopOrderCsvColumn } from "@/lib/orders/orders-csv";
import { ORDER_LIST_KEYS, orderListFilters } from "@/lib/validation/orders";
import { readSearchParams } from "@/lib/validation/search-params";

export const dynamic = "force-dynamic";

const MAX_ROWS = 50_000;

/** The shop's orders as CSV, with the order list's filters (the same query string): only this shop's. */
export const GET = sessionRoute({ role: "seller", refusals: { forbidden: "Only sellers have orders." } }, async ({ request, actor }) => {
  const filters = orderListFilters(readSearchParams(new URL(request.url).searchParams, ORDER_LIST_KEYS), await getTimeZone());
  const [rows, columns, states, orders] = await Promise.all([
    shopOrdersForExport(actor.db, { shopId: actor.shop.id, filters, limit: MAX_ROWS }),
    getTranslations("seller.orders.csv"),
    getTranslations("common.states"),
    getTranslations("seller.orders"),
  ]);
  const texts = {
    columns: Object.fromEntries(SHOP_ORDER_CSV_COLUMNS.map((c) => [c, columns(c)])) as Record<ShopOrderCsvColumn, string>,
    state: states,
    source: orders,
  };
  return csvAnswer(shopOrdersCsv(rows, texts), "orders.csv");
});
