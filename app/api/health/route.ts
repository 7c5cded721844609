import { getDbHandle } from "@/db";
import { checkDatabase } from "@/db/queries/health";
import { publicRoute } from "@/server/public-route";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * 200 `{ "status": "ok" }` when the database answers, 503 `{ "status": "unavailable" }` otherwise;
 * for load balancers and the start script. It says nothing more (driver, latency, errors) to anyone
 * who asks; the cause of an outage is in the server's log.
 */
export const GET = publicRoute(async () => {
  try {
    const handle = await getDbHandle();
    await checkDatabase(handle.db);
    return Response.json({ status: "ok" }, { headers: NO_STORE });
  } catch (error) {
    console.error("[health] database unreachable", error);
    return Response.json({ status: "unavailable" }, { status: 503, headers: NO_STORE });
  }
});
