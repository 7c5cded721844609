import "server-only";
import type { OrderState } from "@/db/schema";

/** One step of an order's history; the page names it in the reader's language (buyer.order.event). */
export type TimelineEntry = { key: string; state: OrderState; at: Date; units?: number };

type OrderTimes = { placedAt: Date; paidAt: Date | null; shippedAt: Date | null; deliveredAt: Date | null; completedAt: Date | null; cancelledAt: Date | null };
type OrderEventFacts = { id: string; type: OrderState; occurredAt: Date; lines: { lineRef: string; quantity: number }[] | null };

/**
 * What happened to an order, oldest first, for its buyer: its recorded events (orders reported
 * through the API carry them all; the seller's partial refunds are recorded as events too), and the
 * time of every state change no event covers (a storefront order has only those). Units are the
 * items an event (a partial refund) concerns.
 */
export function orderTimeline(order: OrderTimes, events: readonly OrderEventFacts[]): TimelineEntry[] {
  const fromEvents: TimelineEntry[] = events.map((e) => {
    const quantity = e.lines?.reduce((sum, l) => sum + l.quantity, 0) ?? 0;
    return { key: e.id, state: e.type, at: e.occurredAt, ...(quantity > 0 ? { units: quantity } : {}) };
  });
  const covered = new Set(events.map((e) => e.type));
  const times: [OrderState, Date | null][] = [
    ["placed", order.placedAt],
    ["paid", order.paidAt],
    ["shipped", order.shippedAt],
    ["delivered", order.deliveredAt],
    ["completed", order.completedAt],
    ["cancelled", order.cancelledAt],
  ];
  const fromTimes = times.flatMap(([state, at]) => (at && !covered.has(state) ? [{ key: state, state, at }] : []));
  // A stable sort: entries at the same moment keep the lifecycle's order (placed before cancelled).
  return [...fromTimes, ...fromEvents].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** A shop's order, its lines and refunds as the seller's pages show them (rows db/queries reads). */
export type { ShopOrder, ShopOrderLine, ShopOrderRefund } from "@/db/queries/seller-orders";
export type { ShippingAddress } from "@/db/schema";
