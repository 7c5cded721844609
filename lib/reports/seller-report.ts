import "server-only";
import type { Database } from "@/db/client";
import { shopClickRows, shopDailyRows, shopSalesRows, type ReportScope, type ShopClickRow, type ShopSalesRow } from "@/db/queries/seller-dashboard";
import { changeFrom, foldSeries, type ReportPeriod } from "./period";
import { distinctCount, groupRows, ratio } from "./breakdown";

/** One line of a seller's report: a product, a creator, a channel, a link type, or the whole shop. */
export type SellerFigures = {
  clicks: number;
  uniqueClicks: number;
  orders: number;
  items: number;
  /** What buyers paid for the lines that earned a commission, in the shop's currency's minor units. */
  sales: number;
  pending: number;
  locked: number;
  available: number;
  paid: number;
  /** Commission the shop owes or paid: pending + locked + available + paid (reversed costs nothing). */
  commission: number;
  conversion: number | null;
  /** Commission per click, in minor units. */
  epc: number | null;
  /** Sales ÷ commission. */
  roc: number | null;
};

export const SELLER_DIMENSIONS = ["product", "creator", "channel", "type"] as const;
export type SellerDimension = (typeof SELLER_DIMENSIONS)[number];

const SUMMED = ["items", "sales", "pending", "locked", "available", "paid"] as const;

function figures(clickRows: readonly ShopClickRow[], salesRows: readonly ShopSalesRow[]): SellerFigures {
  const sum = (field: (typeof SUMMED)[number]) => salesRows.reduce((s, r) => s + r[field], 0);
  const clicks = clickRows.reduce((s, r) => s + r.clicks, 0);
  const orders = distinctCount(salesRows, (r) => r.orderIds);
  const [items, sales, pending, locked, available, paid] = SUMMED.map(sum) as [number, number, number, number, number, number];
  const commission = pending + locked + available + paid;
  return {
    clicks,
    uniqueClicks: clickRows.reduce((s, r) => s + r.uniqueClicks, 0),
    orders,
    items,
    sales,
    pending,
    locked,
    available,
    paid,
    commission,
    conversion: ratio(orders, clicks),
    epc: ratio(commission, clicks),
    roc: ratio(sales, commission),
  };
}

/** The key a click row and a sales row have in a dimension: clicks on a campaign link have no product (null: not in the product table). */
const KEYS: Record<SellerDimension, { click: (r: ShopClickRow) => string | null; sales: (r: ShopSalesRow) => string }> = {
  product: { click: (r) => (r.type === "product" ? r.productId : null), sales: (r) => r.productId },
  creator: { click: (r) => r.creatorId, sales: (r) => r.creatorId },
  channel: { click: (r) => r.channel, sales: (r) => r.channel },
  type: { click: (r) => r.type, sales: (r) => r.type },
};

export type SellerBreakdownRow = SellerFigures & { key: string };

function breakdown(dimension: SellerDimension, clickRows: readonly ShopClickRow[], salesRows: readonly ShopSalesRow[]): SellerBreakdownRow[] {
  return groupRows(clickRows, salesRows, KEYS[dimension])
    .map((g) => ({ key: g.key, ...figures(g.clicks, g.sales) }))
    .sort((a, b) => b.sales - a.sales || b.clicks - a.clicks || a.key.localeCompare(b.key));
}

const COMPARED = ["clicks", "uniqueClicks", "orders", "items", "sales", "commission", "conversion", "epc", "roc"] as const;
type Compared = (typeof COMPARED)[number];

function changeAgainst(totals: SellerFigures, previous: SellerFigures): Record<Compared, number | null> {
  return Object.fromEntries(COMPARED.map((k) => [k, totals[k] === null || previous[k] === null ? null : changeFrom(previous[k], totals[k])])) as Record<Compared, number | null>;
}

export type SellerReport = Awaited<ReturnType<typeof sellerReport>>;

/**
 * A shop's affiliate performance for a period: the totals with their change against the previous
 * period, a chart over time, and breakdowns by product, creator, channel and link type. Everything
 * is summed from the same per-link rows, so a breakdown's rows always add up to the totals (except
 * orders and conversion, which count an order with lines in two rows once in the total).
 */
export async function sellerReport(db: Database, shopId: string, period: ReportPeriod) {
  const [clickRows, salesRows, daily, previousClicks, previousSales] = await Promise.all([
    shopClickRows(db, shopId, period),
    shopSalesRows(db, shopId, period),
    shopDailyRows(db, shopId, period, period.timeZone),
    shopClickRows(db, shopId, period.previous),
    shopSalesRows(db, shopId, period.previous),
  ]);
  const totals = figures(clickRows, salesRows);
  const previous = figures(previousClicks, previousSales);
  return {
    totals,
    previous,
    change: changeAgainst(totals, previous),
    series: foldSeries(period, daily, ["clicks", "orders", "sales", "commission"]),
    breakdowns: Object.fromEntries(SELLER_DIMENSIONS.map((d) => [d, breakdown(d, clickRows, salesRows)])) as Record<SellerDimension, SellerBreakdownRow[]>,
  };
}

export type ScopedResults = Awaited<ReturnType<typeof scopedResults>>;

/**
 * The results of one product, campaign or targeted plan of the shop (the detail pages), folded from
 * the same rows as the shop's report with the scope's filter: totals, change against the previous
 * period, and the creators who brought them. The caller has found the product, campaign or plan in
 * the seller's shop; the queries check the shop again.
 */
export async function scopedResults(db: Database, { shopId, scope, period }: { shopId: string; scope: ReportScope; period: ReportPeriod }) {
  const [clickRows, salesRows, previousClicks, previousSales] = await Promise.all([
    shopClickRows(db, shopId, period, scope),
    shopSalesRows(db, shopId, period, scope),
    shopClickRows(db, shopId, period.previous, scope),
    shopSalesRows(db, shopId, period.previous, scope),
  ]);
  const totals = figures(clickRows, salesRows);
  const previous = figures(previousClicks, previousSales);
  return { totals, previous, change: changeAgainst(totals, previous), creators: breakdown("creator", clickRows, salesRows) };
}
