import { apiRoute } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

/** A signed request's smallest answer: sellers call it to test their key, secret and signing code. */
export const GET = apiRoute(async ({ shop }) => ({ shop: { id: shop.id, name: shop.name, currency: shop.currency } }));
