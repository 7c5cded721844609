import { apiRoute } from "@/lib/api/handler";
import { now } from "@/lib/clock";
import { findConversion } from "@/lib/orders/conversions";

export const dynamic = "force-dynamic";

/** GET /api/v1/orders/<external_id>: the order with its lines, states and commissions. */
export const GET = apiRoute<{ externalId: string }>(async ({ params, shop, db }) => findConversion(db, { shop, at: now() }, params.externalId));
