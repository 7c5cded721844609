import "server-only";
import { createHash } from "node:crypto";
import { together, type Database } from "@/db/client";
import { blockedCreatorIds, visitorClicksForAttribution, visitorOfClick, visitorsOfClicks } from "@/db/queries/attribution";
import { findProductsOfShopsByIdOrSku, findShopOrderByExternalId, findShopOrdersByExternalIds, orderLinesWithCommissions } from "@/db/queries/conversions";
import { findOrderEvent, insertOrderEvent, insertOrdersUnlessTaken } from "@/db/queries/orders";
import type { Commission, Order, OrderLine } from "@/db/schema";
import type { ShopActor } from "@/lib/actor";
import { attributeOrderLine, type Attribution } from "@/lib/attribution";
import { ConflictError, invalidFields, NotFoundError } from "@/lib/errors";
import { GroupCommit, settle, type Settled } from "@/lib/group-commit";
import { newId } from "@/lib/ids";
import type { ConversionOrder, OrderEventInput } from "@/lib/validation/conversion";
import { advanceOrder, attributeAndCommission, attributionFacts, cancelOrder, completeOrder, newOrderRows, payOrder, refundLines } from "./commands";

/**
 * The conversion API's orders: sellers whose checkout is elsewhere report paid orders and what
 * happens to them later. Every answer has the one shape of representOrder: a new order's from what
 * was just written, a replay's from the database, so a replayed request gets exactly the body the
 * first one got (as long as nothing happened since).
 */
export type ConversionAnswer = { status: 200 | 201; body: { order: OrderRepresentation } };

/** A stable fingerprint of the request's content: the same order sent again (keys in any order) has the same one. */
export function requestFingerprint(input: unknown): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === "object" && !(value instanceof Date)
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]))
        : value instanceof Date
          ? value.toISOString()
          : value;
  return createHash("sha256").update(JSON.stringify(canonical(input))).digest("hex");
}

type ConversionRequest = { actor: ShopActor<"id" | "currency">; input: ConversionOrder };

// One group commit per database handle (tests open several); the server has one.
const intakes = new WeakMap<Database, GroupCommit<ConversionRequest, ConversionAnswer>>();

/**
 * Records a paid order (the seller's checkout took the money at `occurred_at`): each line is
 * attributed at once and gets its commission. Orders posted at the same time are written together
 * (see recordConversions); each caller gets its own answer or its own error.
 */
export function recordConversion(db: Database, actor: ShopActor<"id" | "currency">, input: ConversionOrder): Promise<ConversionAnswer> {
  let intake = intakes.get(db);
  if (!intake) intakes.set(db, (intake = new GroupCommit((batch) => recordConversions(db, batch), { inFlight: 2 })));
  return intake.submit({ actor, input });
}

/**
 * Records a batch of conversion orders in one transaction. The (shop, external_id) pair is unique
 * in the database, so the same order posted many times at once is created once: a replay with the
 * same content answers 200 with the same body, other content under the same id answers 409.
 * A request with bad products or currency fails alone; if the transaction itself fails, each
 * order is tried again on its own, so one order's fault never fails its neighbours.
 */
export async function recordConversions(db: Database, requests: ConversionRequest[]): Promise<Settled<ConversionAnswer>[]> {
  const results: Settled<ConversionAnswer>[] = new Array(requests.length);
  const fingerprints = requests.map((r) => requestFingerprint(r.input));
  const keyOf = (r: ConversionRequest) => `${r.actor.shop.id}\u0000${r.input.external_id}`;
  const replays: number[] = [];
  const claimedBy = new Map<string, number>();
  let recorded = new Map<string, Order>();
  try {
    // The statements go out together where they do not depend on each other (pipelined on the
    // transaction's one connection): about six round trips for the batch, whatever its size.
    await db.transaction(async (tx) => {
      const [known, found, visitors] = await together([
        findShopOrdersByExternalIds(tx, requests.map((r) => ({ shopId: r.actor.shop.id, externalId: r.input.external_id }))),
        findProductsOfShopsByIdOrSku(tx, {
          shopIds: requests.map((r) => r.actor.shop.id),
          ids: requests.flatMap((r) => r.input.lines.flatMap((l) => (l.product_id ? [l.product_id] : []))),
          skus: requests.flatMap((r) => r.input.lines.flatMap((l) => (!l.product_id && l.sku ? [l.sku] : []))),
        }),
        // The click id the redirect appended (aff_click) leads to the buyer's clicks; an unknown one attributes nothing.
        visitorsOfClicks(tx, requests.flatMap((r) => (r.input.click_id ? [r.input.click_id] : []))),
      ]);
      recorded = new Map(known.map((o) => [`${o.shopId}\u0000${o.externalId}`, o]));
      // Orders not seen before, once each: repeats (in the database or earlier in this batch) are answered as replays after the write.
      const fresh = requests.flatMap((request, i) => {
        const key = keyOf(request);
        if (recorded.has(key) || claimedBy.has(key)) {
          replays.push(i);
          return [];
        }
        claimedBy.set(key, i);
        return [{ i, request }];
      });
      const valid = validOrders(fresh, found, results);
      if (valid.length > 0) await writeOrders(tx, valid, visitors, fingerprints, replays, results);
    });
  } catch (error) {
    // The transaction failed: each order of the batch is tried on its own, so one order's fault never
    // fails its neighbours; one after another, so a failing database is not sent the batch at once.
    if (requests.length === 1) return [{ ok: false, error }];
    const alone: Settled<ConversionAnswer>[] = [];
    for (const request of requests) alone.push((await recordConversions(db, [request]))[0]!);
    return alone;
  }

  await Promise.all(
    replays.map(async (i) => {
      if (results[i]) return;
      const request = requests[i]!;
      // A repeat of a request refused above is refused the same way: it is the same request, or another one under a refused id.
      const first = results[claimedBy.get(keyOf(request)) ?? -1];
      if (first && !first.ok && !recorded.has(keyOf(request))) return void (results[i] = first);
      results[i] = await settle(async () => {
        const order = recorded.get(keyOf(request)) ?? (await findShopOrderByExternalId(db, { shopId: request.actor.shop.id, externalId: request.input.external_id }));
        if (!order) throw new ConflictError(`The order "${request.input.external_id}" could not be recorded; try again.`);
        return replay(db, order, fingerprints[i]!);
      });
    }),
  );
  return results;
}

type ValidOrder = { i: number; input: ConversionOrder; actor: ShopActor<"id" | "currency">; lines: { lineRef: string; productId: string; sku: string; quantity: number; unitPriceMinor: number; discountMinor: number }[] };

/** The new orders whose currency and products are the shop's; the others get their 422 in `results`. */
function validOrders(fresh: { i: number; request: ConversionRequest }[], found: { id: string; sku: string | null; shopId: string }[], results: Settled<ConversionAnswer>[]): ValidOrder[] {
  return fresh.flatMap(({ i, request: { actor, input } }) => {
    if (input.currency !== actor.shop.currency) {
      results[i] = { ok: false, error: invalidFields({ currency: `This shop sells in ${actor.shop.currency}` }) };
      return [];
    }
    const fields: Record<string, string> = {};
    const lines = input.lines.map((line, n) => {
      const product = found.find((p) => p.shopId === actor.shop.id && (line.product_id ? p.id === line.product_id : p.sku === line.sku));
      if (!product) fields[`lines.${n}.${line.product_id ? "product_id" : "sku"}`] = "No product of this shop has this id or SKU";
      return { lineRef: line.line_id, productId: product?.id ?? "", sku: product?.sku ?? "", quantity: line.quantity, unitPriceMinor: line.unit_price, discountMinor: line.discount };
    });
    if (Object.keys(fields).length > 0) {
      results[i] = { ok: false, error: invalidFields(fields) };
      return [];
    }
    return [{ i, input, actor, lines }];
  });
}

/**
 * Writes the valid new orders of a batch in its transaction: the orders and their lines in one
 * statement, sent together with the attribution reads, then the rates and the commissions. Each
 * order written gets its 201 in `results`; one another process wrote meanwhile joins `replays`.
 */
async function writeOrders(tx: Database, valid: ValidOrder[], visitors: Map<string, string>, fingerprints: string[], replays: number[], results: Settled<ConversionAnswer>[]): Promise<void> {
  const rows = valid.map(({ input, actor, lines, i }) => {
    const visitorId = input.click_id ? (visitors.get(input.click_id) ?? null) : null;
    return newOrderRows({
      shopId: actor.shop.id,
      currency: actor.shop.currency,
      source: "api",
      externalId: input.external_id,
      requestHash: fingerprints[i],
      clickId: visitorId ? input.click_id : null,
      visitorId,
      buyerEmail: input.buyer_email ?? null,
      placedAt: input.occurred_at,
      paidAt: input.occurred_at,
      lines,
    });
  });
  const [inserted, facts] = await together([
    // Sorted by key, so two processes writing overlapping batches wait on each other in the same order, never in a cycle.
    insertOrdersUnlessTaken(tx, [...rows].sort((a, b) => (`${a.order.shopId} ${a.order.externalId}` < `${b.order.shopId} ${b.order.externalId}` ? -1 : 1))),
    attributionFacts(tx, rows.map((r) => r.order)),
  ]);
  const paid = rows.filter((r) => inserted.has(r.order.id));
  const outcomes = await attributeAndCommission(
    tx,
    paid.map((r) => ({ order: r.order, lines: r.lines, paidAt: r.order.paidAt! })),
    facts,
  );
  const outcomesOf = new Map(paid.map((r, k) => [r.order.id, outcomes[k]!]));
  valid.forEach((v, k) => {
    const row = rows[k]!;
    // Another process recorded the same external_id meanwhile: answered as a replay.
    if (!inserted.has(row.order.id)) return replays.push(v.i);
    const lines = row.lines.map((line, n): LineView => {
      const outcome = outcomesOf.get(row.order.id)![n]!;
      // The commission's link is the earning click's, read with its code and creator's handle.
      const label = outcome.commission && outcome.attribution.earns ? outcome.attribution.click.link.label : undefined;
      return {
        line: { ...line, refundedQuantity: 0, cancelledQuantity: 0 },
        sku: v.lines[n]!.sku,
        commission: outcome.commission,
        creatorHandle: label?.handle ?? null,
        linkCode: label?.code ?? null,
        attribution: outcome.attribution.earns ? { earns: true } : outcome.attribution,
      };
    });
    results[v.i] = { ok: true, value: { status: 201, body: { order: representOrder({ ...row.order, state: "paid" }, lines) } } };
  });
}

async function replay(db: Database, order: Order, fingerprint: string): Promise<ConversionAnswer> {
  if (order.requestHash !== fingerprint) throw new ConflictError(`An order with external_id "${order.externalId}" already exists with different content.`);
  return { status: 200, body: { order: await orderRepresentation(db, order) } };
}

/**
 * Applies a lifecycle event once: the (order, event_id) pair is unique, and the event is recorded
 * in the same transaction as its effect. A repeat answers 200 with the order as it is.
 */
/** A repeat of a recorded event: the same type and the same lines (in the same order); occurred_at is not compared. */
function sameEvent(earlier: { type: string; lines: { lineRef: string; quantity: number }[] | null }, input: OrderEventInput): boolean {
  const lines = input.lines?.map((l) => [l.line_id, l.quantity]) ?? null;
  const recorded = earlier.lines?.map((l) => [l.lineRef, l.quantity]) ?? null;
  return earlier.type === input.type && JSON.stringify(lines) === JSON.stringify(recorded);
}

export async function applyOrderEvent(db: Database, actor: ShopActor<"id" | "currency">, externalId: string, input: OrderEventInput): Promise<ConversionAnswer> {
  const order = await findShopOrderByExternalId(db, { shopId: actor.shop.id, externalId });
  if (!order) throw new NotFoundError(`The order "${externalId}"`);
  const applied = await db.transaction(async (tx) => {
    const fresh = await insertOrderEvent(tx, {
      id: newId("oev"),
      orderId: order.id,
      eventRef: input.event_id,
      type: input.type,
      occurredAt: input.occurred_at,
      lines: input.lines?.map((l) => ({ lineRef: l.line_id, quantity: l.quantity })) ?? null,
      recordedAt: actor.at,
    });
    if (!fresh) {
      // The same event sent again is applied once; the same event_id for another event is a client bug to report, not to hide.
      const earlier = await findOrderEvent(tx, { orderId: order.id, eventRef: input.event_id });
      if (earlier && !sameEvent(earlier, input)) {
        throw new ConflictError(`The event_id "${input.event_id}" was already used for another event (${earlier.type}) on this order: use a new event_id for every event.`);
      }
      return false;
    }
    const at = input.occurred_at;
    switch (input.type) {
      case "paid":
        await payOrder(tx, { orderId: order.id, at });
        break;
      case "shipped":
      case "delivered":
        await advanceOrder(tx, {
          orderId: order.id,
          action: input.type === "shipped" ? "ship" : "deliver",
          at,
          shipment: input.carrier && input.tracking_number ? { carrier: input.carrier, trackingNumber: input.tracking_number } : undefined,
        });
        break;
      case "completed":
        await completeOrder(tx, { orderId: order.id, at });
        break;
      case "cancelled":
        await cancelOrder(tx, { orderId: order.id, at });
        break;
      case "refunded":
        // Without lines, everything still open is refunded.
        await refundLines(tx, { orderId: order.id, lines: input.lines?.map((l) => ({ lineRef: l.line_id, quantity: l.quantity })) ?? "all_open", at });
        break;
    }
    return true;
  });
  const current = (await findShopOrderByExternalId(db, { shopId: actor.shop.id, externalId }))!;
  return { status: applied ? 201 : 200, body: { order: await orderRepresentation(db, current) } };
}

export async function findConversion(db: Database, actor: ShopActor<"id" | "currency">, externalId: string) {
  const order = await findShopOrderByExternalId(db, { shopId: actor.shop.id, externalId });
  if (!order) throw new NotFoundError(`The order "${externalId}"`);
  return { order: await orderRepresentation(db, order) };
}

export type OrderRepresentation = ReturnType<typeof representOrder>;

/** A line as the API shows it: what it holds and paid, its commission if any, or why nothing earns on it. */
export type LineView = {
  line: Pick<OrderLine, "lineRef" | "productId" | "quantity" | "unitPriceMinor" | "discountMinor" | "paidMinor" | "refundedQuantity" | "cancelledQuantity">;
  sku: string;
  commission: Pick<Commission, "id" | "state" | "amountMinor" | "rateBps" | "flatFeeMinor" | "planKind" | "planId" | "clickId"> | null;
  creatorHandle: string | null;
  linkCode: string | null;
  /** For a line without a commission: the attribution result (a click can earn and still pay nothing: no plan applied). */
  attribution: Attribution | { earns: true };
};

/** The order as the API shows it, read from the database: lines with what each paid, who (if anyone) earns on it and why. */
export async function orderRepresentation(db: Database, order: Order) {
  const rows = await orderLinesWithCommissions(db, order.id);
  const needsAttribution = rows.some((r) => !r.commission);
  const visitorId = needsAttribution ? (order.visitorId ?? (order.clickId ? await visitorOfClick(db, order.clickId) : undefined)) : undefined;
  const clicks = visitorId ? await visitorClicksForAttribution(db, visitorId, order.placedAt) : [];
  const blocked = needsAttribution ? await blockedCreatorIds(db, order.shopId) : new Set<string>();
  return representOrder(
    order,
    rows.map((row) => ({ ...row, attribution: row.commission ? { earns: true } : attributeOrderLine({ productId: row.line.productId, orderedAt: order.placedAt }, clicks, blocked) })),
  );
}

/** The one shape of an order in the API's answers, whether built from the database or from what a request just wrote. */
export function representOrder(order: Pick<Order, "id" | "externalId" | "state" | "currency" | "placedAt" | "subtotalMinor" | "discountMinor" | "totalMinor">, lines: LineView[]) {
  return {
    id: order.id,
    external_id: order.externalId,
    state: order.state,
    currency: order.currency,
    occurred_at: order.placedAt.toISOString(),
    subtotal: order.subtotalMinor,
    discount: order.discountMinor,
    total: order.totalMinor,
    lines: lines.map(({ line, sku, commission, creatorHandle, linkCode, attribution }) => ({
      line_id: line.lineRef,
      product_id: line.productId,
      sku,
      quantity: line.quantity,
      unit_price: line.unitPriceMinor,
      discount: line.discountMinor,
      paid: line.paidMinor,
      refunded_quantity: line.refundedQuantity,
      cancelled_quantity: line.cancelledQuantity,
      attribution: commission
        ? { earns: true as const, creator: creatorHandle, link: linkCode, click_id: commission.clickId }
        : // A click can earn and still pay nothing: the product was closed, or no plan applied.
          { earns: false as const, reason: attribution.earns ? "no_plan" : attribution.reason },
      commission: commission
        ? { id: commission.id, state: commission.state, amount: commission.amountMinor, rate_bps: commission.rateBps, flat_fee: commission.flatFeeMinor, plan: commission.planKind, plan_id: commission.planId }
        : null,
    })),
  };
}
