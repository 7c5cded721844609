import { createHash } from "node:crypto";
import type { Database } from "@/db/client";
import { blockedCreatorIds, visitorClicksForAttribution, visitorOfClick } from "@/db/queries/attribution";
import { findShopOrderByExternalId, findShopProductsByIdOrSku, orderLinesWithCommissions } from "@/db/queries/conversions";
import { insertOrderEvent } from "@/db/queries/orders";
import { isUniqueViolation } from "@/db/queries/users";
import type { Order, Shop } from "@/db/schema";
import { attributeOrderLine } from "@/lib/attribution";
import { ConflictError, invalidFields, NotFoundError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import type { ConversionOrder, OrderEventInput } from "@/lib/validation/conversion";
import { advanceOrder, cancelOrder, completeOrder, createOrder, payOrder, refundLines } from "./commands";

/**
 * The conversion API's orders: sellers whose checkout is elsewhere report paid orders and what
 * happens to them later. Every answer is built from the database by orderRepresentation, so a
 * replayed request gets exactly the body the first one got (as long as nothing happened since).
 */
export type ConversionAnswer = { status: 200 | 201; body: { order: OrderRepresentation } };
type Actor = { shop: Pick<Shop, "id" | "currency">; at: Date };

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

/**
 * Records a paid order (the seller's checkout took the money at `occurred_at`): each line is
 * attributed at once and gets its commission. The (shop, external_id) pair is unique in the
 * database, so the same order posted many times at once is created once; a replay with the same
 * content answers 200 with the same body, other content under the same id answers 409.
 */
export async function recordConversion(db: Database, actor: Actor, input: ConversionOrder): Promise<ConversionAnswer> {
  const fingerprint = requestFingerprint(input);
  const existing = await findShopOrderByExternalId(db, actor.shop.id, input.external_id);
  if (existing) return replay(db, existing, fingerprint);
  if (input.currency !== actor.shop.currency) throw invalidFields({ currency: `This shop sells in ${actor.shop.currency}` });

  const ids = input.lines.flatMap((l) => (l.product_id ? [l.product_id] : []));
  const skus = input.lines.flatMap((l) => (!l.product_id && l.sku ? [l.sku] : []));
  const found = await findShopProductsByIdOrSku(db, actor.shop.id, ids, skus);
  const fields: Record<string, string> = {};
  const lines = input.lines.map((line, i) => {
    const product = found.find((p) => (line.product_id ? p.id === line.product_id : p.sku === line.sku));
    if (!product) fields[`lines.${i}.${line.product_id ? "product_id" : "sku"}`] = "No product of this shop has this id or SKU";
    return { lineRef: line.line_id, productId: product?.id ?? "", quantity: line.quantity, unitPriceMinor: line.unit_price, discountMinor: line.discount };
  });
  if (Object.keys(fields).length > 0) throw invalidFields(fields);

  try {
    const order = await db.transaction(async (tx) => {
      // The click id the redirect appended (aff_click) leads to the buyer's clicks; an unknown one attributes nothing.
      const visitorId = input.click_id ? ((await visitorOfClick(tx, input.click_id)) ?? null) : null;
      const created = await createOrder(tx, {
        shopId: actor.shop.id,
        currency: actor.shop.currency,
        source: "api",
        externalId: input.external_id,
        requestHash: fingerprint,
        clickId: visitorId ? input.click_id : null,
        visitorId,
        placedAt: input.occurred_at,
        lines,
      });
      // Nested transactions are savepoints: the order and its payment commit together or not at all.
      await payOrder(tx, { orderId: created.id, at: input.occurred_at });
      return created;
    });
    // Paid in the same transaction: no need to read the order back.
    return { status: 201, body: { order: await orderRepresentation(db, { ...order, state: "paid", paidAt: input.occurred_at }) } };
  } catch (error) {
    // Another request with the same external_id committed first: answer as a replay.
    if (!isUniqueViolation(error, "orders_shop_external_key")) throw error;
    const winner = await findShopOrderByExternalId(db, actor.shop.id, input.external_id);
    if (!winner) throw error;
    return replay(db, winner, fingerprint);
  }
}

async function replay(db: Database, order: Order, fingerprint: string): Promise<ConversionAnswer> {
  if (order.requestHash !== fingerprint) throw new ConflictError(`An order with external_id "${order.externalId}" already exists with different content.`);
  return { status: 200, body: { order: await orderRepresentation(db, order) } };
}

/**
 * Applies a lifecycle event once: the (order, event_id) pair is unique, and the event is recorded
 * in the same transaction as its effect. A repeat answers 200 with the order as it is.
 */
export async function applyOrderEvent(db: Database, actor: Actor, externalId: string, input: OrderEventInput): Promise<ConversionAnswer> {
  const order = await findShopOrderByExternalId(db, actor.shop.id, externalId);
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
    if (!fresh) return false;
    const at = input.occurred_at;
    switch (input.type) {
      case "paid":
        await payOrder(tx, { orderId: order.id, at });
        break;
      case "shipped":
      case "delivered":
        await advanceOrder(tx, { orderId: order.id, action: input.type === "shipped" ? "ship" : "deliver", at });
        break;
      case "completed":
        await completeOrder(tx, { orderId: order.id, at });
        break;
      case "cancelled":
        await cancelOrder(tx, { orderId: order.id, at });
        break;
      case "refunded": {
        // Without lines, everything still open is refunded.
        const lines =
          input.lines?.map((l) => ({ lineRef: l.line_id, quantity: l.quantity })) ??
          (await orderLinesWithCommissions(tx, order.id))
            .map(({ line }) => ({ lineRef: line.lineRef, quantity: line.quantity - line.refundedQuantity - line.cancelledQuantity }))
            .filter((l) => l.quantity > 0);
        await refundLines(tx, { orderId: order.id, lines, at });
        break;
      }
    }
    return true;
  });
  const current = (await findShopOrderByExternalId(db, actor.shop.id, externalId))!;
  return { status: applied ? 201 : 200, body: { order: await orderRepresentation(db, current) } };
}

export async function findConversion(db: Database, actor: Actor, externalId: string) {
  const order = await findShopOrderByExternalId(db, actor.shop.id, externalId);
  if (!order) throw new NotFoundError(`The order "${externalId}"`);
  return { order: await orderRepresentation(db, order) };
}

export type OrderRepresentation = Awaited<ReturnType<typeof orderRepresentation>>;

/** The order as the API shows it: lines with what each paid, who (if anyone) earns on it and why. */
export async function orderRepresentation(db: Database, order: Order) {
  const rows = await orderLinesWithCommissions(db, order.id);
  const needsAttribution = rows.some((r) => !r.commission);
  const visitorId = needsAttribution ? (order.visitorId ?? (order.clickId ? await visitorOfClick(db, order.clickId) : undefined)) : undefined;
  const clicks = visitorId ? await visitorClicksForAttribution(db, visitorId, order.placedAt) : [];
  const blocked = needsAttribution ? await blockedCreatorIds(db, order.shopId) : new Set<string>();
  return {
    id: order.id,
    external_id: order.externalId,
    state: order.state,
    currency: order.currency,
    occurred_at: order.placedAt.toISOString(),
    subtotal: order.subtotalMinor,
    discount: order.discountMinor,
    total: order.totalMinor,
    lines: rows.map(({ line, sku, commission, creatorHandle, linkCode }) => {
      const attribution = commission
        ? { earns: true as const, creator: creatorHandle, link: linkCode, click_id: commission.clickId }
        : (() => {
            const result = attributeOrderLine({ productId: line.productId, orderedAt: order.placedAt }, clicks, blocked);
            // A click can earn and still pay nothing: the product was closed, or no plan applied.
            return result.earns ? { earns: false as const, reason: "no_plan" } : { earns: false as const, reason: result.reason };
          })();
      return {
        line_id: line.lineRef,
        product_id: line.productId,
        sku,
        quantity: line.quantity,
        unit_price: line.unitPriceMinor,
        discount: line.discountMinor,
        paid: line.paidMinor,
        refunded_quantity: line.refundedQuantity,
        cancelled_quantity: line.cancelledQuantity,
        attribution,
        commission: commission
          ? { id: commission.id, state: commission.state, amount: commission.amountMinor, rate_bps: commission.rateBps, flat_fee: commission.flatFeeMinor, plan: commission.planKind, plan_id: commission.planId }
          : null,
      };
    }),
  };
}
