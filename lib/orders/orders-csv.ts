import "server-only";
import type { ShopOrderRow } from "@/db/queries/seller-orders";
import type { ShopCommissionExportRow } from "@/db/queries/seller-commissions";
import { toCsv } from "@/lib/csv/write";
import { formatMoneyPlain } from "@/lib/money";

/**
 * The seller's exports: the orders list and the commissions earned on the shop's orders, with the
 * filters of the page they come from. Headers and state names in the reader's language, values
 * machine-readable (ISO 8601 UTC instants, amounts as plain decimals in the currency's exponent, the
 * currency's code, ids); text a buyer or creator typed is made inert by the one CSV writer.
 */

export const SHOP_ORDER_CSV_COLUMNS = ["order", "order_id", "placed_at", "source", "state", "buyer_name", "buyer_email", "items", "currency", "total", "commission", "creators", "carrier", "tracking_number"] as const;
export type ShopOrderCsvColumn = (typeof SHOP_ORDER_CSV_COLUMNS)[number];

export const SHOP_COMMISSION_CSV_COLUMNS = ["earned_at", "order", "line", "product", "sku", "creator", "channel", "plan", "state", "currency", "base", "rate_percent", "flat_fee", "amount", "commission_id"] as const;
export type ShopCommissionCsvColumn = (typeof SHOP_COMMISSION_CSV_COLUMNS)[number];

export function shopOrdersCsv(
  rows: readonly ShopOrderRow[],
  texts: { columns: Record<ShopOrderCsvColumn, string>; state: (state: ShopOrderRow["state"]) => string; source: (source: ShopOrderRow["source"]) => string },
): string {
  return toCsv(
    SHOP_ORDER_CSV_COLUMNS.map((column) => texts.columns[column]),
    rows.map((o) => [
      o.externalId ?? o.id,
      o.id,
      o.placedAt.toISOString(),
      texts.source(o.source),
      texts.state(o.state),
      o.buyerName,
      o.buyerEmail,
      o.items,
      o.currency,
      formatMoneyPlain(o.totalMinor, o.currency),
      o.commissionMinor === null ? "" : formatMoneyPlain(o.commissionMinor, o.currency),
      // Handles without the "@", which a spreadsheet would take for a formula (and the writer would prefix).
      o.creators.join(" "),
      o.carrier,
      o.trackingNumber,
    ]),
  );
}

// Basis points as a percentage with up to two decimals, exact ("12.5" for 1250 bps).
function ratePercent(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const cents = bps % 100;
  return cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, "0").replace(/0$/, "")}`;
}

type Row = ShopCommissionExportRow;

export function shopCommissionsCsv(
  rows: readonly Row[],
  texts: { columns: Record<ShopCommissionCsvColumn, string>; state: (state: Row["state"]) => string; channel: (channel: Row["linkChannel"]) => string; plan: (plan: Row["planKind"]) => string },
): string {
  return toCsv(
    SHOP_COMMISSION_CSV_COLUMNS.map((column) => texts.columns[column]),
    rows.map((c) => [
      c.earnedAt.toISOString(),
      c.orderExternalId ?? c.orderId,
      c.lineRef,
      c.productTitle,
      c.productSku,
      c.creatorHandle,
      texts.channel(c.linkChannel),
      texts.plan(c.planKind),
      texts.state(c.state),
      c.currency,
      formatMoneyPlain(c.baseMinor, c.currency),
      ratePercent(c.rateBps),
      formatMoneyPlain(c.flatFeeMinor, c.currency),
      formatMoneyPlain(c.amountMinor, c.currency),
      c.id,
    ]),
  );
}
