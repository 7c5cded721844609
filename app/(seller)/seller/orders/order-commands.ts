import type { Database } from "@/db/client";
import { insertOrderEvent } from "@/db/queries/orders";
import { findShopOrder } from "@/db/queries/seller-orders";
import type { OrderState } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { advanceOrder, cancelOrder, completeOrder, refundLines } from "@/lib/orders/commands";
import type { SellerOrderCommand } from "@/lib/validation/orders";
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
export async function runShopOrderCommand(db: Database, shopId: string, input: { orderId: string; command: SellerOrderCommand }, at: Date): Promise<OrderState> {
  const order = await requireShopOrder(db, shopId, input.orderId);
  switch (input.command) {
    case "ship":
    case "deliver":
      return advanceOrder(db, { orderId: order.id, action: input.command, at });
    case "complete":
      await completeOrder(db, { orderId: order.id, at, reason: storedText("orderCompletedBySeller") });
      return "completed";
    case "cancel":
      await cancelOrder(db, { orderId: order.id, at, reason: storedText("orderCancelledBySeller") });
      return "cancelled";
  }
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
