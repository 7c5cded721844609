import { publicRoute } from "@/server/public-route";
import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

export const GET = publicRoute(() => Response.json(openApiDocument, { headers: { "Cache-Control": "public, max-age=300" } }));
