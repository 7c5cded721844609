import "server-only";
import { together, type Database } from "@/db/client";
import { blockedCreatorsOfShops, clicksForAttribution, visitorsOfClicks } from "@/db/queries/attribution";
import { changeCommission, insertCommissions, lockOrderCommissions } from "@/db/queries/commissions";
import { insertWalletEntry } from "@/lib/wallet/entries";
import { addUndoneQuantity, insertOrder, lockOrder, orderLinesOf, setOrderState, type Shipment } from "@/db/queries/orders";
import { rateFactsForPairs } from "@/db/queries/rates";
import type { Commission, commissions, Order, OrderLine, orderLines, orders, OrderState, ShippingAddress } from "@/db/schema";
import { attributeOrderLine, type Attribution, type AttributionClick } from "@/lib/attribution";
import { formatRate } from "@/lib/catalogue/rates";
import { SELF_REFERRAL_REASONS, selfReferral } from "@/lib/attribution/self-referral";
import { effectiveRate, type EffectiveRate } from "@/lib/commissions/effective-rate";
import { amountAfterRefund, originalAmount } from "@/lib/commissions/lifecycle";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";
import { newId, randomCode } from "@/lib/ids";
import { formatMoney, type CurrencyCode } from "@/lib/money";
import { linePaidAmounts, openQuantity } from "./amounts";
import { checkTransition, type OrderAction } from "./state";
import { storedText } from "@/lib/i18n/stored-texts";

/** A request that makes no sense for the order's state (completing a cancelled order): a 409 in the API. */
export class OrderStateError extends ConflictError {}

export type NewOrder = {
  shopId: string;
  currency: CurrencyCode;
  source: "storefront" | "api";
  externalId?: string | null;
  requestHash?: string | null;
  visitorId?: string | null;
  clickId?: string | null;
  buyer?: { name: string; email: string; shippingAddress: ShippingAddress };
  /** The buyer's e-mail when nothing else about them is known (the conversion API). */
  buyerEmail?: string | null;
  /** The signed-in account placing a storefront order, if any. */
  buyerUserId?: string | null;
  lines: { lineRef: string; productId: string; quantity: number; unitPriceMinor: number; discountMinor: number }[];
  orderDiscountMinor?: number;
  placedAt: Date;
};

/** The rows of a new order and its lines; the commission base of each line is fixed here (what the buyer pays for it). */
export function newOrderRows(input: NewOrder & { paidAt?: Date }): { order: NewOrderRow; lines: NewLineRow[] } {
  const paid = linePaidAmounts(input.lines, input.orderDiscountMinor ?? 0);
  const subtotal = input.lines.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity, 0);
  const total = paid.reduce((a, b) => a + b, 0);
  const id = newId("ord");
  return {
    order: {
      id,
      shopId: input.shopId,
      source: input.source,
      externalId: input.externalId ?? null,
      requestHash: input.requestHash ?? null,
      currency: input.currency,
      state: input.paidAt ? "paid" : "placed",
      buyerName: input.buyer?.name ?? null,
      buyerEmail: input.buyer?.email ?? input.buyerEmail ?? null,
      buyerUserId: input.buyerUserId ?? null,
      shippingAddress: input.buyer?.shippingAddress ?? null,
      visitorId: input.visitorId ?? null,
      clickId: input.clickId ?? null,
      subtotalMinor: subtotal,
      discountMinor: subtotal - total,
      totalMinor: total,
      statusToken: randomCode(32),
      placedAt: input.placedAt,
      paidAt: input.paidAt ?? null,
    },
    // Ids are increasing within the process, so the lines keep the order they were given in.
    lines: input.lines.map((l, i) => ({ id: newId("oln"), orderId: id, lineRef: l.lineRef, productId: l.productId, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor, discountMinor: l.discountMinor, paidMinor: paid[i]! })),
  };
}

type NewOrderRow = typeof orders.$inferInsert &
  Pick<Order, "id" | "shopId" | "externalId" | "state" | "currency" | "placedAt" | "paidAt" | "subtotalMinor" | "discountMinor" | "totalMinor" | "visitorId" | "clickId" | "buyerEmail" | "buyerUserId">;
type NewLineRow = typeof orderLines.$inferInsert & Pick<OrderLine, "id" | "lineRef" | "productId" | "quantity" | "unitPriceMinor" | "discountMinor" | "paidMinor">;

/** Places an order with its lines (state placed; payment is a separate step). */
export async function createOrder(db: Database, input: NewOrder): Promise<Order> {
  const rows = newOrderRows(input);
  return insertOrder(db, rows.order, rows.lines);
}

/** What payment did to a line: who (if anyone) earns on it, at which rate, and the commission created. */
export type LineOutcome = {
  lineId: string;
  lineRef: string;
  attribution: Attribution;
  rate: EffectiveRate | null;
  commissionId: string | null;
  /** The commission as it was written (pending; reversed at 0 when the buyer is the creator), when one was created. */
  commission: NewCommission | null;
};
type NewCommission = typeof commissions.$inferInsert &
  Pick<Commission, "id" | "linkId" | "amountMinor" | "rateBps" | "flatFeeMinor" | "planKind" | "planId" | "clickId"> & { state: "pending" | "reversed" };

/**
 * A paid order to attribute: its buyer (visitor cookie, or the click id an external checkout passed
 * back; the e-mail and signed-in account for the self-referral rule) and its lines.
 */
export type OrderToAttribute = {
  order: Pick<Order, "id" | "shopId" | "currency" | "placedAt" | "visitorId" | "clickId" | "buyerEmail" | "buyerUserId">;
  lines: Pick<OrderLine, "id" | "lineRef" | "productId" | "paidMinor">[];
  /** When it was paid: the commissions are earned then. */
  paidAt: Date;
};

async function lockForAction(db: Database, orderId: string, action: OrderAction) {
  const order = await lockOrder(db, orderId);
  if (!order) throw new NotFoundError("The order");
  const check = checkTransition(order.state, action);
  if (!check.ok) throw new OrderStateError(check.message);
  return { order, to: check.to };
}

/**
 * Payment: the order becomes paid, and each line is attributed (last click wins, DOMAIN:
 * Attribution) at the time the order was placed. Where a click earns, the line gets one commission
 * with the rate, flat fee and plan frozen now, on what the buyer paid for the line.
 */
export async function payOrder(db: Database, params: { orderId: string; at: Date }): Promise<LineOutcome[]> {
  return db.transaction(async (tx) => {
    const { order } = await lockForAction(tx, params.orderId, "pay");
    await setOrderState(tx, order.id, "paid", params.at);
    const [outcomes] = await attributeAndCommission(tx, [{ order, lines: await orderLinesOf(tx, order.id), paidAt: params.at }]);
    return outcomes!;
  });
}

/** What attributing orders reads: each order's buyer clicks (by order id) and each shop's blocked creators. */
export type AttributionFacts = { clicksOf: Map<string, AttributionClick[]>; blocked: Map<string, Set<string>> };

/**
 * Reads the attribution facts of orders, in one round trip (two statements sent together) when
 * their buyers are known, so it can be sent alongside another statement, like the orders' insert.
 */
export async function attributionFacts(db: Database, orders: OrderToAttribute["order"][]): Promise<AttributionFacts> {
  const unknownVisitors = orders.flatMap((order) => (!order.visitorId && order.clickId ? [order.clickId] : []));
  const visitorsByClick = await visitorsOfClicks(db, unknownVisitors);
  const wants: { orderId: string; visitorId: string; before: Date }[] = orders.flatMap((order) => {
    const visitorId = order.visitorId ?? (order.clickId ? visitorsByClick.get(order.clickId) : undefined);
    return visitorId ? [{ orderId: order.id, visitorId, before: order.placedAt }] : [];
  });
  const [clickLists, blocked] = await together([clicksForAttribution(db, wants), blockedCreatorsOfShops(db, orders.map((o) => o.shopId))]);
  return { clicksOf: new Map(wants.map((w, k) => [w.orderId, clickLists[k]!])), blocked };
}

/**
 * Attributes the lines of orders just paid and creates their commissions, for many orders at once
 * (the conversion API pays a batch of orders in one transaction): the statements are the same for
 * one order or fifty. `facts` when the caller read them already (attributionFacts). Outcomes come
 * back per order, in the order given.
 */
export async function attributeAndCommission(db: Database, items: OrderToAttribute[], facts?: AttributionFacts): Promise<LineOutcome[][]> {
  const { clicksOf, blocked } = facts ?? (await attributionFacts(db, items.map((i) => i.order)));
  const attributed = items.map(({ order, lines }) =>
    lines.map((line) => ({ line, attribution: attributeOrderLine({ productId: line.productId, orderedAt: order.placedAt }, clicksOf.get(order.id) ?? [], blocked.get(order.shopId)) })),
  );
  const pairs = attributed.flat().flatMap(({ line, attribution }) => (attribution.earns ? [{ productId: line.productId, creatorId: attribution.click.link.creatorId }] : []));
  const factsOf = await rateFactsForPairs(db, pairs);

  const toInsert: { commission: NewCommission; reason: string }[] = [];
  const outcomes = attributed.map((lines, k) => {
    const { order, paidAt } = items[k]!;
    return lines.map(({ line, attribution }): LineOutcome => {
      const outcome = { lineId: line.id, lineRef: line.lineRef, attribution, rate: null, commissionId: null, commission: null };
      if (!attribution.earns) return outcome;
      const { link } = attribution.click;
      const facts = factsOf(line.productId, link.creatorId);
      const rate: EffectiveRate = facts
        ? effectiveRate({ at: order.placedAt, linkType: link.type, linkCampaignId: link.type === "campaign" ? link.campaignId : null, baseMinor: line.paidMinor, ...facts })
        : { earns: false, reason: "no_plan" };
      if (!rate.earns) return { ...outcome, rate };
      // The buyer is the creator: the line earns nothing, and the commission row (reversed at 0 from
      // the start, no wallet entry) keeps the reason in its history, where the creator reads why.
      const self = selfReferral(order, attribution.click);
      const commission: NewCommission = {
        id: newId("com"),
        orderLineId: line.id,
        creatorId: link.creatorId,
        linkId: link.id,
        clickId: attribution.click.id,
        planKind: rate.planKind,
        planId: rate.planId,
        rateBps: rate.rateBps,
        flatFeeMinor: rate.flatFeeMinor,
        baseMinor: line.paidMinor,
        amountMinor: self ? 0 : originalAmount({ baseMinor: line.paidMinor, rateBps: rate.rateBps, flatFeeMinor: rate.flatFeeMinor }),
        currency: order.currency,
        state: self ? "reversed" : "pending",
        earnedAt: paidAt,
      };
      const reason = self
        ? SELF_REFERRAL_REASONS[self]
        : rate.flatFeeMinor
          ? storedText("orderPaidWithFee", { plan: rate.planKind, rate: formatRate(rate.rateBps), fee: formatMoney(rate.flatFeeMinor, order.currency), amount: formatMoney(line.paidMinor, order.currency) })
          : storedText("orderPaid", { plan: rate.planKind, rate: formatRate(rate.rateBps), amount: formatMoney(line.paidMinor, order.currency) });
      toInsert.push({ commission, reason });
      return { ...outcome, rate, commissionId: commission.id, commission };
    });
  });
  const created = await insertCommissions(db, toInsert);
  // A line that already had its commission (a concurrent payment) keeps that one.
  return outcomes.map((lines) => lines.map((o) => (o.commissionId && !created.has(o.commissionId) ? { ...o, commissionId: null, commission: null } : o)));
}

/**
 * Shipping and delivery only move the order; delivery starts the return window. Shipping may carry
 * the carrier and tracking number, stored with the state change so the buyer never sees a shipped
 * order whose tracking number was lost.
 */
export async function advanceOrder(db: Database, params: { orderId: string; action: "ship" | "deliver"; at: Date; shipment?: Shipment }): Promise<OrderState> {
  return db.transaction(async (tx) => {
    const { order, to } = await lockForAction(tx, params.orderId, params.action);
    await setOrderState(tx, order.id, to!, params.at, params.action === "ship" ? params.shipment : undefined);
    return to!;
  });
}

/** The order is completed (by the seller, or by the settlement job after the return window): its pending commissions lock. */
export async function completeOrder(db: Database, params: { orderId: string; at: Date; reason?: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const { order } = await lockForAction(tx, params.orderId, "complete");
    await setOrderState(tx, order.id, "completed", params.at);
    for (const commission of await lockOrderCommissions(tx, order.id)) {
      if (commission.state !== "pending") continue;
      await changeCommission(tx, commission, { state: "locked", amountMinor: commission.amountMinor, delta: 0, reason: params.reason ?? storedText("orderCompleted"), at: params.at, lockedAt: params.at });
    }
  });
}

/** Cancelling before shipping undoes every line: pending commissions are reversed. */
export async function cancelOrder(db: Database, params: { orderId: string; at: Date; reason?: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const { order } = await lockForAction(tx, params.orderId, "cancel");
    await setOrderState(tx, order.id, "cancelled", params.at);
    for (const line of await orderLinesOf(tx, order.id)) {
      const open = openQuantity(line);
      if (open > 0) await addUndoneQuantity(tx, line.id, "cancelled", open);
    }
    for (const commission of await lockOrderCommissions(tx, order.id)) {
      if (commission.state === "reversed") continue;
      await changeCommission(tx, commission, { state: "reversed", amountMinor: 0, delta: -commission.amountMinor, reason: params.reason ?? storedText("orderCancelled"), at: params.at });
    }
  });
}

/**
 * Refunds units of lines, in whole or in part ("all_open": every unit not yet refunded or cancelled,
 * read under the order's lock). Before the money is available the commission
 * shrinks in proportion (reversed at zero); once available, the wallet gets a negative clawback
 * entry for the refunded share. When every unit is undone the order becomes refunded.
 */
export async function refundLines(
  db: Database,
  params: { orderId: string; lines: { lineRef: string; quantity: number }[] | "all_open"; at: Date; reason?: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const { order } = await lockForAction(tx, params.orderId, "refund");
    const lines = await orderLinesOf(tx, order.id);
    const commissions = await lockOrderCommissions(tx, order.id);
    const requests = params.lines === "all_open" ? lines.map((l) => ({ lineRef: l.lineRef, quantity: openQuantity(l) })).filter((r) => r.quantity > 0) : params.lines;
    for (const request of requests) {
      const line = lines.find((l) => l.lineRef === request.lineRef);
      if (!line) throw new UserFacingError(`The order has no line "${request.lineRef}".`, `lines.${request.lineRef}`);
      const left = openQuantity(line);
      if (!Number.isInteger(request.quantity) || request.quantity <= 0 || request.quantity > left) {
        throw new OrderStateError(`Line "${line.lineRef}" has ${left} unit${left === 1 ? "" : "s"} left to refund.`);
      }
      await addUndoneQuantity(tx, line.id, "refunded", request.quantity);
      line.refundedQuantity += request.quantity;
      const commission = commissions.find((c) => c.lineId === line.id);
      if (!commission || commission.state === "reversed") continue;
      const undone = line.refundedQuantity + line.cancelledQuantity;
      const reward = { baseMinor: commission.baseMinor, rateBps: commission.rateBps, flatFeeMinor: commission.flatFeeMinor };
      const reason = params.reason ?? (line.quantity === 1 ? storedText("refundOfOne") : storedText("refundOf", { quantity: request.quantity, total: line.quantity }));
      if (commission.state === "pending" || commission.state === "locked") {
        const amount = amountAfterRefund(reward, line.quantity, undone);
        await changeCommission(tx, commission, { state: amount === 0 ? "reversed" : commission.state, amountMinor: amount, delta: amount - commission.amountMinor, reason, at: params.at });
        commission.amountMinor = amount;
        if (amount === 0) commission.state = "reversed";
      } else {
        // Available or paid out: the money already reached the wallet, so the refunded share is clawed back there.
        const before = amountAfterRefund(reward, line.quantity, undone - request.quantity);
        const clawback = before - amountAfterRefund(reward, line.quantity, undone);
        if (clawback > 0) {
          await insertWalletEntry(tx, { creatorId: commission.creatorId, currency: commission.currency, amountMinor: -clawback, kind: "clawback", commissionId: commission.id, reason, createdAt: params.at });
          await changeCommission(tx, commission, { state: commission.state, amountMinor: commission.amountMinor, delta: -clawback, reason: storedText("clawedBack", { reason }), at: params.at });
        }
      }
    }
    if (lines.every((l) => l.refundedQuantity + l.cancelledQuantity >= l.quantity)) await setOrderState(tx, order.id, "refunded", params.at);
  });
}
