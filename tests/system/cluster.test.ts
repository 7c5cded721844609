import http from "node:http";
import os from "node:os";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUserByEmail } from "@/db/queries/users";
import { orders, products, shops } from "@/db/schema";
import { createApiKey } from "@/lib/api/key-commands";
import { signPayload } from "@/lib/api/signature";
import { serverProcesses } from "@/scripts/serve";
import { startAppServer, type AppServer } from "./support/app-server";
import { clickIdOf, followLink, sleep } from "./support/http";
import { followingLinks, runLoad } from "./support/load";
import { createDemoDatabase, externalProductLinks, storedClickIds, type DemoDatabase } from "./support/postgres";
import { nextServerPids } from "./support/processes";

let database: DemoDatabase;
let server: AppServer;
let codes: string[];

beforeAll(async () => {
  database = await createDemoDatabase("sys", "cluster");
  ({ codes } = await externalProductLinks(database.db, 10));
  // As `npm start` serves PostgreSQL on this two-core machine (scripts/serve.ts).
  server = await startAppServer({ databaseUrl: database.url, processes: 2 });
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe("scripts/serve.ts", () => {
  it("serves in one process on PGlite or with the demo clock, else WEB_CONCURRENCY (default: one per core)", () => {
    expect(serverProcesses({})).toBe(1);
    expect(serverProcesses({ WEB_CONCURRENCY: "4" })).toBe(1);
    expect(serverProcesses({ DATABASE_URL: "postgres://x", CLOCK_SHIFT: "enabled", WEB_CONCURRENCY: "4" })).toBe(1);
    expect(serverProcesses({ DATABASE_URL: "postgres://x", WEB_CONCURRENCY: "3" })).toBe(3);
    expect(serverProcesses({ DATABASE_URL: "postgres://x", WEB_CONCURRENCY: "zero" })).toBe(1);
    expect(serverProcesses({ DATABASE_URL: "postgres://x" })).toBe(Math.min(os.availableParallelism(), 32));
    expect(serverProcesses({ DATABASE_URL: "postgres://x", WEB_CONCURRENCY: "500" })).toBe(32);
  });

  it("answers the conversion API's orders on new connections, which the processes take in turn: created once, then replayed", async () => {
    const seller = (await findUserByEmail(database.db, "seller@demo.test"))!;
    const shop = (await database.db.select().from(shops).where(eq(shops.ownerUserId, seller.id)))[0]!;
    const product = (await database.db.select().from(products).where(eq(products.shopId, shop.id)).limit(1))[0]!;
    const { key, signingSecret } = await createApiKey(database.db, { shop, at: new Date() }, { name: "Cluster test" });
    const body = JSON.stringify({ external_id: "cluster-1", occurred_at: new Date().toISOString(), currency: shop.currency, click_id: null, lines: [{ line_id: "a", product_id: product.id, quantity: 1, unit_price: 1000 }] });
    // New connections each time, so both processes answer some of them.
    const post = () =>
      fetch(`${server.baseUrl}/api/v1/orders`, {
        method: "POST",
        body,
        headers: { Authorization: `Bearer ${key}`, "X-Signature": signPayload(signingSecret, Math.floor(Date.now() / 1000), body), "Content-Type": "application/json", Connection: "close" },
      });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await post()).status);
    expect(statuses).toEqual([201, 200, 200, 200, 200, 200]);
    expect(await database.db.select().from(orders).where(eq(orders.externalId, "cluster-1"))).toHaveLength(1);
  });

  it("shares one port between two next-server processes, and replaces one that dies", async () => {
    const workers = nextServerPids(server.pid);
    expect(workers).toHaveLength(2);

    const ids: string[] = [];
    const result = await runLoad({
      concurrency: 8,
      maxMs: 30_000,
      maxRequests: 400,
      ...followingLinks(server.baseUrl, codes, ids),
    }).done;
    expect(result.errors).toBe(0);
    expect(Object.fromEntries(result.statuses)).toEqual({ 302: 400 });
    expect((await storedClickIds(database.db, ids)).size).toBe(400);

    process.kill(workers[0]!, "SIGKILL");
    // Until the primary has seen the death, it may still hand a new connection to the dead worker
    // (node:cluster's round robin), so requests are checked once the replacement is up.
    const deadline = Date.now() + 30_000;
    let replaced: number[] = [];
    while (Date.now() < deadline) {
      replaced = nextServerPids(server.pid);
      if (replaced.length === 2 && !replaced.includes(workers[0]!)) break;
      await sleep(250);
    }
    expect(replaced).toHaveLength(2);
    expect(replaced).not.toContain(workers[0]);
    expect(replaced).toContain(workers[1]);
    // Both, the new one included (new connections go to the workers in turn), redirect and store their clicks.
    const fresh = new http.Agent({ keepAlive: false });
    const after: string[] = [];
    for (let i = 0; i < 20; i++) {
      const reply = await followLink(server.baseUrl, codes[i % codes.length]!, { agent: fresh });
      expect(reply.status).toBe(302);
      after.push(clickIdOf(reply.location)!);
    }
    // Clicks are written in small batches just after the redirect.
    const stored = Date.now() + 5_000;
    while ((await storedClickIds(database.db, after)).size < after.length && Date.now() < stored) await sleep(100);
    expect((await storedClickIds(database.db, after)).size).toBe(20);
  });
});
