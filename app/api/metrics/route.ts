import { metricsText } from "@/lib/links/metrics";

export const dynamic = "force-dynamic";

/** Prometheus metrics of this process. With METRICS_TOKEN set, a matching bearer token is required. */
export async function GET(request: Request) {
  const token = process.env.METRICS_TOKEN;
  if (token && request.headers.get("authorization") !== `Bearer ${token}`) {
    return Response.json({ error: { code: "unauthorized", message: "A metrics token is required." } }, { status: 401 });
  }
  return new Response(metricsText(), { headers: { "Content-Type": "text/plain; version=0.0.4", "Cache-Control": "no-store" } });
}
