import { publicRoute } from "@/server/public-route";
import { metricsAccess } from "@/lib/http/metrics-access";
import { metricsText } from "@/lib/links/metrics";

export const dynamic = "force-dynamic";

const REFUSED = {
  unauthorized: { status: 401, message: "A metrics token is required." },
  forbidden: { status: 403, message: "Metrics are served only on this machine unless METRICS_TOKEN is set." },
} as const;

/** Prometheus metrics of this process: with METRICS_TOKEN for its bearer, otherwise only from loopback (lib/http/metrics-access.ts). */
export const GET = publicRoute((request) => {
  const access = metricsAccess(request.headers);
  if (access !== "ok") {
    const { status, message } = REFUSED[access];
    return Response.json({ error: { code: access, message } }, { status, headers: { "Cache-Control": "no-store" } });
  }
  return new Response(metricsText(), { headers: { "Content-Type": "text/plain; version=0.0.4", "Cache-Control": "no-store" } });
});
