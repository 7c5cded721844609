import "server-only";
import { now } from "@/lib/clock";
import { NotFoundError } from "@/lib/errors";
import { routeParam } from "@/lib/http/route-param";
import { applyOrderEvent, findConversion, recordConversion } from "@/lib/orders/conversions";
import { conversionOrderSchema, orderEventSchema, refuseFutureOccurredAt } from "@/lib/validation/conversion";
import { apiReply, type ApiHandler } from "./handler";

/**
 * The conversion API's endpoints, as handlers of answerApiRequest. Next's route handlers under
 * app/api/v1 serve them all; the server process answers POST /api/v1/orders itself too, ahead of
 * Next's router (lib/api/node.ts), with these same handlers.
 */

/** GET /api/v1/ping: a signed request's smallest answer; sellers call it to test their key, secret and signing code. */
export const ping: ApiHandler<Record<string, never>> = async ({ shop }) => ({ shop: { id: shop.id, name: shop.name, currency: shop.currency } });

/** POST /api/v1/orders: a paid order from the seller's own checkout; 201 created, 200 replayed, 409 reused id. */
export const postOrder: ApiHandler<Record<string, never>> = async ({ json, shop, db }) => {
  const at = now();
  const input = conversionOrderSchema.parse(json);
  refuseFutureOccurredAt(input.occurred_at, at);
  const answer = await recordConversion(db, { shop, at }, input);
  return apiReply(answer.body, answer.status);
};

type OrderParams = { externalId: string };

// external_id is at most 128 characters (conversionOrderSchema): anything else, a NUL included, names no order.
function externalIdOf(params: OrderParams): string {
  const externalId = routeParam(params.externalId, 128);
  if (externalId === null) throw new NotFoundError("The order");
  return externalId;
}

/** GET /api/v1/orders/<external_id>: the order with its lines, states and commissions. */
export const getOrder: ApiHandler<OrderParams> = async ({ params, shop, db }) => findConversion(db, { shop, at: now() }, externalIdOf(params));

/** POST /api/v1/orders/<external_id>/events: paid, shipped, delivered, completed, cancelled, refunded; once per event_id. */
export const postOrderEvent: ApiHandler<OrderParams> = async ({ json, params, shop, db }) => {
  const externalId = externalIdOf(params);
  const at = now();
  const input = orderEventSchema.parse(json);
  refuseFutureOccurredAt(input.occurred_at, at);
  const answer = await applyOrderEvent(db, { shop, at }, externalId, input);
  return apiReply(answer.body, answer.status);
};
