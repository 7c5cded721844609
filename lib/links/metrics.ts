import "server-only";

/** Counters of the redirect's hot path, per process, exported at /api/metrics. */
export const redirectMetrics = {
  redirects: 0,
  uncounted: 0,
  clicksStored: 0,
  clicksLost: 0,
  batches: 0,
  batchFailures: 0,
  batchedClicks: 0,
  batchMsTotal: 0,
  cacheFresh: 0,
  cacheLoaded: 0,
  cacheStale: 0,
  lookupFailures: 0,
};

export type RedirectMetrics = typeof redirectMetrics;

/** Prometheus text format. */
export function metricsText(m: RedirectMetrics = redirectMetrics): string {
  const lines: string[] = [];
  const counter = (name: string, help: string, value: number, labels = "") => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`, `${name}${labels} ${value}`);
  };
  counter("portal_redirects_total", "Short-link redirects answered", m.redirects);
  counter("portal_redirects_uncounted_total", "Redirects of bots, link previews and HEAD requests", m.uncounted);
  counter("portal_clicks_stored_total", "Clicks committed before their redirect was sent", m.clicksStored);
  counter("portal_clicks_lost_total", "Clicks that could not be stored (the buyer was still redirected)", m.clicksLost);
  counter("portal_click_batches_total", "Group-commit batches written", m.batches);
  counter("portal_click_batch_failures_total", "Group-commit batches that failed", m.batchFailures);
  counter("portal_click_batch_clicks_total", "Clicks written in batches", m.batchedClicks);
  counter("portal_click_batch_seconds_total", "Time spent writing batches", m.batchMsTotal / 1000);
  lines.push("# HELP portal_link_cache_lookups_total Short-link lookups by cache outcome", "# TYPE portal_link_cache_lookups_total counter");
  lines.push(`portal_link_cache_lookups_total{source="fresh"} ${m.cacheFresh}`);
  lines.push(`portal_link_cache_lookups_total{source="loaded"} ${m.cacheLoaded}`);
  lines.push(`portal_link_cache_lookups_total{source="stale"} ${m.cacheStale}`);
  counter("portal_link_lookup_failures_total", "Lookups that failed with no cached answer", m.lookupFailures);
  return `${lines.join("\n")}\n`;
}
