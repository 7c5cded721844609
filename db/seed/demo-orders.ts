import { addHours } from "@/lib/clock";
import { runSettlement } from "@/lib/commissions/settle";
import { newId } from "@/lib/ids";
import { advanceOrder, cancelOrder, completeOrder, createOrder, payOrder, refundLines, type NewOrder } from "@/lib/orders/commands";
import type { Database } from "../client";
import { insertOrderEvent } from "../queries/orders";
import type { OrderState } from "../schema";
import type { ClickRow, LinkRow } from "./demo-activity";
import type { DemoProduct } from "./demo-catalogue";
import type { Random } from "./random";
import { storedText } from "@/lib/i18n/stored-texts";

export type OrderPlan = { state: OrderState; paidBeforeCancel?: boolean };

// Enough of each state that every list and badge has something to show.
export const STATE_CYCLE: OrderPlan[] = [
  { state: "completed" },
  { state: "completed" },
  { state: "delivered" },
  { state: "completed" },
  { state: "shipped" },
  { state: "paid" },
  { state: "completed" },
  { state: "placed" },
  { state: "cancelled", paidBeforeCancel: true },
  { state: "refunded" },
  { state: "completed" },
  { state: "cancelled" },
];

export type DemoOrderContext = {
  now: Date;
  productsById: Map<string, DemoProduct>;
  shopsById: Map<string, { returnWindowDays: number }>;
  /** The products a click on this link leads a buyer to (the product, the campaign's, the showcase's). */
  earnableProducts: (link: LinkRow) => DemoProduct[];
};

/** What one buyer did after a click, and when the seller moved the order on; steps that would lie in the future are left out. */
export type DemoOrder = {
  order: NewOrder;
  paidAt: Date | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  /** Completed by the seller; otherwise the settlement job completes it once the return window has passed. */
  completedAt: Date | null;
  cancelledAt: Date | null;
  refundedAt: Date | null;
  /** When a delivered order's return window closes; the settlement job completes it then. */
  returnWindowEndsAt: Date | null;
};

const BUYERS = ["Jordan Lee", "Priya Shah", "Tomás García", "Linh Phạm", "Chloe Martin", "Ahmed Hassan", "Yuki Sato"];

/**
 * An order that follows a click: the product the link leads to and sometimes another product of the
 * same shop, with the times of each step its plan asks for. Who earns on it and how much is not
 * decided here: paying it through payOrder attributes it like any real order.
 */
export function planDemoOrder(rand: Random, click: ClickRow, link: LinkRow, plan: OrderPlan, ctx: DemoOrderContext): DemoOrder | null {
  const placedAt = new Date(Math.min(click.clickedAt.getTime() + rand.int(10, 72 * 60) * 60_000, ctx.now.getTime() - 60_000));
  const earnable = ctx.earnableProducts(link).filter((p) => p.status === "active");
  if (earnable.length === 0) return null;
  const linked = rand.pick(earnable);
  const shop = ctx.shopsById.get(linked.shopId)!;
  const others = [...ctx.productsById.values()].filter((p) => p.shopId === linked.shopId && p.id !== linked.id && p.status === "active");
  const lineProducts = rand.chance(0.4) && others.length ? [linked, rand.pick(others)] : [linked];
  const quantities = lineProducts.map(() => (rand.chance(0.2) ? 2 : 1));
  const gross = lineProducts.map((p, i) => p.priceMinor * quantities[i]!);
  // An order discount, spread over the lines by the order command as at a real checkout.
  const discount = rand.chance(0.25) ? Math.round(gross.reduce((a, b) => a + b, 0) / 10) : 0;

  const step = (from: Date | null, hours: number) => (from && addHours(from, hours) <= ctx.now ? addHours(from, hours) : null);
  const paidAt = plan.state === "placed" || (plan.state === "cancelled" && !plan.paidBeforeCancel) ? null : step(placedAt, 0.2);
  const shippedAt = ["shipped", "delivered", "completed", "refunded"].includes(plan.state) ? step(paidAt, 20) : null;
  const deliveredAt = ["delivered", "completed", "refunded"].includes(plan.state) ? step(shippedAt, 60) : null;
  // Half of the sellers complete an order a day after delivery; the others leave it to the return window.
  const completedAt = plan.state === "completed" && rand.chance(0.5) ? step(deliveredAt, 24) : null;
  const refundedAt = plan.state === "refunded" ? step(deliveredAt, Math.min(48, shop.returnWindowDays * 12)) : null;
  const cancelledAt = plan.state === "cancelled" ? step(paidAt ?? placedAt, 3) : null;
  const returnWindowEndsAt = completedAt || refundedAt ? null : step(deliveredAt, shop.returnWindowDays * 24);

  const vnd = linked.currency === "VND";
  return {
    order: {
      shopId: linked.shopId,
      currency: linked.currency,
      source: "storefront",
      visitorId: click.visitorId,
      buyer: {
        name: rand.pick(BUYERS),
        email: `buyer${rand.hex(6)}@mail.test`,
        shippingAddress: { line1: `${rand.int(1, 400)} Market Street`, city: vnd ? "Ho Chi Minh City" : "Portland", postalCode: String(rand.int(10000, 99999)), country: vnd ? "VN" : "US" },
      },
      lines: lineProducts.map((p, i) => ({ lineRef: String(i + 1), productId: p.id, quantity: quantities[i]!, unitPriceMinor: p.priceMinor, discountMinor: 0 })),
      orderDiscountMinor: discount,
      placedAt,
    },
    paidAt,
    shippedAt,
    deliveredAt,
    completedAt,
    cancelledAt,
    refundedAt,
    returnWindowEndsAt,
  };
}

type Step = { at: Date; rank: number; run: (db: Database) => Promise<void> };

/**
 * Plays the planned orders through the commands the app uses, in the order things happened, with
 * the settlement job run when a return window closes (the server runs it every minute; in between
 * it would find nothing to complete) and at `now`, which releases every commission whose holding
 * period has passed, dated when it passed. So every commission state and wallet entry is written
 * by the code that writes them for real, at the time it would have been.
 */
export async function playDemoOrders(db: Database, planned: DemoOrder[], now: Date): Promise<void> {
  const steps: Step[] = [];
  for (const plan of planned) {
    let orderId = "";
    const at = (time: Date | null, rank: number, run: (db: Database, time: Date) => Promise<unknown>) => {
      if (time) steps.push({ at: time, rank, run: async (tx) => void (await run(tx, time)) });
    };
    at(plan.order.placedAt, 0, async (tx) => (orderId = (await createOrder(tx, plan.order)).id));
    at(plan.paidAt, 1, (tx, time) => payOrder(tx, { orderId, at: time }));
    at(plan.shippedAt, 2, (tx, time) => advanceOrder(tx, { orderId, action: "ship", at: time }));
    at(plan.deliveredAt, 3, (tx, time) => advanceOrder(tx, { orderId, action: "deliver", at: time }));
    at(plan.completedAt, 4, (tx, time) => completeOrder(tx, { orderId, at: time, reason: storedText("orderCompletedBySeller") }));
    at(plan.cancelledAt, 4, (tx, time) => cancelOrder(tx, { orderId, at: time, reason: storedText("orderCancelledBySeller") }));
    // As the seller's refund does (app/(seller)/seller/orders/order-commands.ts): the refund and its order event together.
    at(plan.refundedAt, 4, async (tx, time) => {
      const lines = plan.order.lines.map((l) => ({ lineRef: l.lineRef, quantity: l.quantity }));
      await refundLines(tx, { orderId, lines, at: time });
      const eventId = newId("oev");
      await insertOrderEvent(tx, { id: eventId, orderId, eventRef: `seller-refund-${eventId}`, type: "refunded", occurredAt: time, lines, recordedAt: time });
    });
    at(plan.returnWindowEndsAt, 5, (tx, time) => runSettlement(tx, time));
  }
  steps.sort((a, b) => a.at.getTime() - b.at.getTime() || a.rank - b.rank);
  for (const step of steps) await step.run(db);
  await runSettlement(db, now);
}
