import { getDbHandle } from "@/db";
import { checkDatabase } from "@/db/queries/health";

export const dynamic = "force-dynamic";

/** 200 when the database answers, 503 otherwise; for load balancers and the start script. */
export async function GET() {
  const started = performance.now();
  try {
    const handle = await getDbHandle();
    await checkDatabase(handle.db);
    return Response.json(
      { status: "ok", database: { driver: handle.driver, latencyMs: Math.round(performance.now() - started) } },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    console.error("[health] database unreachable", error);
    return Response.json({ status: "unavailable", database: { error: "unreachable" } }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
