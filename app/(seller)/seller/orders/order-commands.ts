import type { Database } from "@/db/client";
import { insertOrderEvent } from "@/db/queries/orders";
import { findShopOrder } from "@/db/queries/seller-orders";
import type { OrderState } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { OrderStateError } from "@/lib/orders/commands";
import { newId } from "@/lib/ids";
import { advanceOrder, cancelOrder, completeOrder, refundLines } from "@/lib/orders/commands";
import type { BulkOrderCommand, SellerOrderCommand } from "@/lib/validation/orders";
import { orderReference } from "@/components/orders/order-reference";
import { storedText } from "@/lib/i18n/stored-texts";

/**
 * The seller's order actions. The order commands take any order id and check nothing about who asks,
 * so each one starts here: the order must belong to the seller's shop, and another shop's order is
 * answered exactly like a missing one. Plain functions (not server actions), so tests can call them.
 */
async function requireShopOrder(db: Database, shopId: string, orderId: string) {
  const order = await findShopOrder(db, { shopId, orderId });
  if (!order) throw new NotFoundError("The order");
  return order;
}

/** Ship, mark delivered, complete or cancel one of the shop's orders; the state it is in afterwards. */
export async function runShopOrderCommand(
  db: Database,
  shopId: string,
  input: { orderId: string; command: SellerOrderCommand; carrier?: string; trackingNumber?: string },
  at: Date,
): Promise<OrderState> {
  const order = await requireShopOrder(db, shopId, input.orderId);
  switch (input.command) {
    case "ship":
    case "deliver": {
      const shipment = input.command === "ship" && input.carrier && input.trackingNumber ? { carrier: input.carrier, trackingNumber: input.trackingNumber } : undefined;
      return advanceOrder(db, { orderId: order.id, action: input.command, at, shipment });
    }
    case "complete":
      await completeOrder(db, { orderId: order.id, at, reason: storedText("orderCompletedBySeller") });
      return "completed";
    case "cancel":
      await cancelOrder(db, { orderId: order.id, at, reason: storedText("orderCancelledBySeller") });
      return "cancelled";
  }
}

/** An order a bulk action left alone: its reference on screen and the state it is in (null: not the shop's order). */
export type RefusedOrder = { orderId: string; reference: string | null; state: OrderState | null };
export type BulkOrderResult = { changed: string[]; refused: RefusedOrder[] };

/**
 * Ships or completes many of the shop's orders, each through the same command as a single action,
 * in its own transaction: one order in the wrong state is refused and the others still change. Two
 * bulk requests racing on the same orders change each order once, since each command locks its
 * order and checks the state under the lock; the loser finds the order moved and refuses it.
 */
export async function runShopOrderCommands(db: Database, shopId: string, input: { ids: string[]; command: BulkOrderCommand }, at: Date): Promise<BulkOrderResult> {
  const result: BulkOrderResult = { changed: [], refused: [] };
  for (const orderId of new Set(input.ids)) {
    try {
      await runShopOrderCommand(db, shopId, { orderId, command: input.command }, at);
      result.changed.push(orderId);
    } catch (error) {
      if (!(error instanceof OrderStateError || error instanceof NotFoundError)) throw error;
      const order = await findShopOrder(db, { shopId, orderId });
      result.refused.push({ orderId, reference: order ? orderReference(order) : null, state: order?.state ?? null });
    }
  }
  return result;
}

/**
 * Refunds units of one line of the shop's order. The refund is recorded as an order event in the same
 * transaction, so the order's timeline shows when it happened and what was refunded (orders keep no
 * refund time of their own).
 */
export async function refundShopOrderLine(db: Database, shopId: string, input: { orderId: string; lineRef: string; quantity: number }, at: Date): Promise<void> {
  const order = await requireShopOrder(db, shopId, input.orderId);
  const lines = [{ lineRef: input.lineRef, quantity: input.quantity }];
  await db.transaction(async (tx) => {
    await refundLines(tx, { orderId: order.id, lines, at });
    const eventId = newId("oev");
    await insertOrderEvent(tx, { id: eventId, orderId: order.id, eventRef: `seller-refund-${eventId}`, type: "refunded", occurredAt: at, lines, recordedAt: at });
  });
}
