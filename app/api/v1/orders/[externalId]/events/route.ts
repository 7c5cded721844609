import { apiJson } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { now } from "@/lib/clock";
import { applyOrderEvent } from "@/lib/orders/conversions";
import { orderEventSchema } from "@/lib/validation/conversion";

export const dynamic = "force-dynamic";

/** POST /api/v1/orders/<external_id>/events: paid, shipped, delivered, completed, cancelled, refunded; once per event_id. */
export const POST = apiRoute<{ externalId: string }>(async ({ json, params, shop, db }) => {
  const answer = await applyOrderEvent(db, { shop, at: now() }, params.externalId, orderEventSchema.parse(json));
  return apiJson(answer.body, { status: answer.status });
});
