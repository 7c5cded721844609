import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/metrics/route";

const saved = process.env.METRICS_TOKEN;
afterEach(() => {
  if (saved === undefined) delete process.env.METRICS_TOKEN;
  else process.env.METRICS_TOKEN = saved;
});

const get = (headers: Record<string, string>) => GET(new Request("http://127.0.0.1:3000/api/metrics", { headers }));

describe("GET /api/metrics", () => {
  it("without METRICS_TOKEN answers only a request straight from this machine", async () => {
    delete process.env.METRICS_TOKEN;
    expect((await get({ "x-portal-client-ip": "127.0.0.1" })).status).toBe(200);
    expect((await get({ "x-portal-client-ip": "::1" })).status).toBe(200);
    // What Next itself adds to a request that came with no X-Forwarded-For.
    expect((await get({ "x-portal-client-ip": "::ffff:127.0.0.1", "x-forwarded-for": "::ffff:127.0.0.1" })).status).toBe(200);
    // Relayed by a proxy on this machine, another machine, or a server that did not say (next dev).
    expect((await get({ "x-portal-client-ip": "127.0.0.1", "x-forwarded-for": "203.0.113.9" })).status).toBe(403);
    expect((await get({ "x-portal-client-ip": "198.51.100.7" })).status).toBe(403);
    expect((await get({})).status).toBe(403);
  });

  it("with METRICS_TOKEN wants that bearer token from everyone", async () => {
    process.env.METRICS_TOKEN = "metrics-token-for-this-test";
    expect((await get({ "x-portal-client-ip": "127.0.0.1" })).status).toBe(401);
    expect((await get({ "x-portal-client-ip": "198.51.100.7", authorization: "Bearer wrong" })).status).toBe(401);
    const ok = await get({ "x-portal-client-ip": "198.51.100.7", authorization: "Bearer metrics-token-for-this-test" });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("portal_redirects_total");
  });
});
