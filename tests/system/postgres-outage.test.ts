import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FRESH_MS } from "@/lib/links/link-cache";
import { startAppServer, type AppServer } from "./support/app-server";
import { clickIdOf, followLink, httpGet, readMetrics, sleep, type Reply } from "./support/http";
import { PostgresProxy } from "./support/pg-proxy";
import { createDemoDatabase, databaseUrl, externalProductLinks, postgresAddress, storedClickIds, type DemoDatabase } from "./support/postgres";

let proxy: PostgresProxy;
let database: DemoDatabase;
let server: AppServer | undefined;
let warmCode: string;
let coldCode: string;
let externalUrl: string;

beforeAll(async () => {
  proxy = await PostgresProxy.start(postgresAddress());
  database = await createDemoDatabase("sys", "outage");
  const made = await externalProductLinks(database.db, 2);
  [warmCode, coldCode] = made.codes as [string, string];
  externalUrl = made.externalUrl;
  // The server reaches PostgreSQL only through the proxy; the test checks the rows directly.
  server = await startAppServer({ databaseUrl: databaseUrl(database.name, { host: "127.0.0.1", port: proxy.port }) });
});

afterAll(async () => {
  await server?.stop();
  await proxy?.close();
  await database?.drop();
});

const ms = (replies: Reply[]) => replies.map((r) => Math.round(r.ms)).join(", ");

describe("PostgreSQL unreachable", () => {
  it("still takes the buyer to the product, and counts the click as lost", async () => {
    const app = server!;
    const warm = await followLink(app.baseUrl, warmCode);
    // The cache entry was loaded before this moment: a request starting FRESH_MS later finds it stale.
    const warmedAt = Date.now();
    expect(warm.status).toBe(302);
    expect((await storedClickIds(database.db, [clickIdOf(warm.location)!])).size).toBe(1);
    const before = await readMetrics(app.baseUrl);

    await proxy.cut();
    // First from the fresh cache entry, then from the stale one (its reload fails).
    const outage: Reply[] = [];
    for (let stale = false; !stale && outage.length < 40; ) {
      stale = Date.now() - warmedAt > FRESH_MS + 250;
      outage.push(await followLink(app.baseUrl, warmCode, { timeoutMs: 45_000 }));
      if (!stale) await sleep(250);
    }
    const cold = await followLink(app.baseUrl, coldCode, { timeoutMs: 45_000 });
    const after = await readMetrics(app.baseUrl);
    console.log(`[outage] ${outage.length} redirects while PostgreSQL was unreachable took ${ms(outage)} ms; an uncached code answered ${cold.status} in ${Math.round(cold.ms)} ms`);

    for (const reply of outage) {
      expect(reply.status).toBe(302);
      expect(reply.location).toMatch(new RegExp(`^${externalUrl.replaceAll(/[.?/]/g, "\\$&")}\\?aff_click=clk_`));
    }
    const counter = (name: string) => after.get(name)! - before.get(name)!;
    expect(counter("portal_clicks_lost_total")).toBe(outage.length);
    expect(counter("portal_clicks_stored_total")).toBe(0);
    expect(counter('portal_link_cache_lookups_total{source="stale"}')).toBeGreaterThan(0);
    // Nothing to fall back on for a code this process never saw: 503, never a wrong destination.
    expect(cold.status).toBe(503);
    expect((await storedClickIds(database.db, outage.map((r) => clickIdOf(r.location)!))).size).toBe(0);
  });

  it("stores clicks again by itself once PostgreSQL is back", async () => {
    const app = server!;
    const before = await readMetrics(app.baseUrl);
    await proxy.restore();
    const restoredAt = Date.now();
    let storedAfterMs: number | null = null;
    // postgres.js waits out its reconnect backoff (up to 20 s after repeated failures) before trying again.
    while (storedAfterMs === null && Date.now() - restoredAt < 30_000) {
      const reply = await followLink(app.baseUrl, warmCode, { timeoutMs: 10_000 });
      const id = reply.status === 302 ? clickIdOf(reply.location) : null;
      if (id && (await storedClickIds(database.db, [id])).size === 1) storedAfterMs = Date.now() - restoredAt;
      else await sleep(250);
    }
    console.log(`[outage] first click stored ${storedAfterMs} ms after PostgreSQL came back`);
    expect(storedAfterMs).not.toBeNull();
    const after = await readMetrics(app.baseUrl);
    expect(after.get("portal_clicks_stored_total")!).toBeGreaterThan(before.get("portal_clicks_stored_total")!);
    expect((await httpGet(`${app.baseUrl}/api/health`)).status).toBe(200);
    expect((await followLink(app.baseUrl, coldCode)).status).toBe(302);
  });
});
