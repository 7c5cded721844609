import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { insertRows } from "../bulk";
import type { Database } from "../client";
import { orderEvents, orderLines, orders, shops, type Order, type OrderLine, type OrderState } from "../schema";

export async function insertOrder(db: Database, order: typeof orders.$inferInsert, lines: (typeof orderLines.$inferInsert)[]): Promise<Order> {
  const [row] = await db.insert(orders).values(order).returning();
  await db.insert(orderLines).values(lines);
  return row!;
}

/**
 * Inserts orders with their lines, skipping every order whose (shop, external_id) is already
 * taken, by an earlier order or by another one in the same batch (the first keeps it). One
 * statement of fixed text for any number of orders (db/bulk.ts). Returns the ids of the orders written.
 */
export async function insertOrdersUnlessTaken(db: Database, items: { order: typeof orders.$inferInsert & { id: string }; lines: (typeof orderLines.$inferInsert)[] }[]): Promise<Set<string>> {
  if (items.length === 0) return new Set();
  return new Set(
    await insertRows(
      db,
      orders,
      items.map((i) => i.order),
      { onConflictDoNothing: [orders.shopId, orders.externalId], children: { table: orderLines, rows: items.flatMap((i) => i.lines), parentKey: orderLines.orderId } },
    ),
  );
}

/** Locks the order row for the rest of the transaction: one change to an order at a time. */
export async function lockOrder(db: Database, orderId: string): Promise<Order | undefined> {
  const [row] = await db.select().from(orders).where(eq(orders.id, orderId)).for("update").limit(1);
  return row;
}

export async function orderLinesOf(db: Database, orderId: string): Promise<OrderLine[]> {
  return db.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(orderLines.lineRef);
}

const STATE_TIME: Partial<Record<OrderState, keyof typeof orders.$inferInsert>> = {
  paid: "paidAt",
  shipped: "shippedAt",
  delivered: "deliveredAt",
  completed: "completedAt",
  cancelled: "cancelledAt",
};

/** Who carries a shipped order's parcel, and its tracking number. */
export type Shipment = { carrier: string; trackingNumber: string };

/** Moves the order to a state and stamps its time; a shipment (on shipping) is written in the same statement. */
export async function setOrderState(db: Database, orderId: string, state: OrderState, at: Date, shipment?: Shipment) {
  const column = STATE_TIME[state];
  await db
    .update(orders)
    .set({ state, ...(column ? { [column]: at } : {}), ...(shipment ? { carrier: shipment.carrier, trackingNumber: shipment.trackingNumber } : {}) })
    .where(eq(orders.id, orderId));
}

export async function addUndoneQuantity(db: Database, lineId: string, field: "refunded" | "cancelled", quantity: number) {
  const column = field === "refunded" ? orderLines.refundedQuantity : orderLines.cancelledQuantity;
  await db
    .update(orderLines)
    .set(field === "refunded" ? { refundedQuantity: sql`${column} + ${quantity}` } : { cancelledQuantity: sql`${column} + ${quantity}` })
    .where(eq(orderLines.id, lineId));
}

/** Records an order event once: the (order, event ref) pair is unique, so a repeat inserts nothing. */
export async function insertOrderEvent(db: Database, event: typeof orderEvents.$inferInsert): Promise<boolean> {
  const rows = await db.insert(orderEvents).values(event).onConflictDoNothing({ target: [orderEvents.orderId, orderEvents.eventRef] }).returning({ id: orderEvents.id });
  return rows.length > 0;
}

/** The event an order already has under this client-chosen ref, to tell a repeat from a reused ref. */
export async function findOrderEvent(db: Database, { orderId, eventRef }: { orderId: string; eventRef: string }) {
  const [event] = await db.select().from(orderEvents).where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.eventRef, eventRef)));
  return event;
}

/** Delivered orders whose return window has passed by `at`: the settlement job completes them. */
export async function ordersDueForCompletion(db: Database, at: Date, limit = 200) {
  return db
    .select({ id: orders.id })
    .from(orders)
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .where(and(eq(orders.state, "delivered"), sql`${orders.deliveredAt} + make_interval(days => ${shops.returnWindowDays}) <= ${at.toISOString()}::timestamptz`))
    .limit(limit);
}
