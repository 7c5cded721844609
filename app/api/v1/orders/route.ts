import { apiJson } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { now } from "@/lib/clock";
import { recordConversion } from "@/lib/orders/conversions";
import { conversionOrderSchema } from "@/lib/validation/conversion";

export const dynamic = "force-dynamic";

/** POST /api/v1/orders: a paid order from the seller's own checkout; 201 created, 200 replayed, 409 reused id. */
export const POST = apiRoute(async ({ json, shop, db }) => {
  const answer = await recordConversion(db, { shop, at: now() }, conversionOrderSchema.parse(json));
  return apiJson(answer.body, { status: answer.status });
});
