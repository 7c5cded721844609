import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server";
import { sleep } from "./support/http";
import { followingLinks, runLoad } from "./support/load";
import { createDemoDatabase, externalProductLinks, storedClickIds, type DemoDatabase } from "./support/postgres";

let database: DemoDatabase;
let server: AppServer | undefined;
let codes: string[];

beforeAll(async () => {
  database = await createDemoDatabase("sys", "sigkill");
  ({ codes } = await externalProductLinks(database.db, 20));
  server = await startAppServer({ databaseUrl: database.url });
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe("a server killed with SIGKILL in the middle of a load", () => {
  it("has stored the click of every redirect the load generator received", async () => {
    const app = server!;
    const received: string[] = [];
    const load = runLoad({
      concurrency: 32,
      maxMs: 5_000,
      maxRequests: 50_000,
      // After the kill every request fails: each loop stops at its first failure.
      stopOnError: true,
      ...followingLinks(app.baseUrl, codes, received, { timeoutMs: 5_000 }),
    });
    await sleep(1_500);
    const inFlightAtKill = load.inFlight();
    const receivedAtKill = received.length;
    app.kill("SIGKILL");
    const result = await load.done;
    await app.exited;

    // The kill happened mid-load: requests were on their way, and some were cut.
    expect(receivedAtKill).toBeGreaterThan(100);
    expect(inFlightAtKill).toBeGreaterThan(0);
    expect(result.errors).toBeGreaterThan(0);
    expect([...result.statuses.keys()]).toEqual([302]);
    expect(received.every((id) => /^clk_/.test(id))).toBe(true);

    const stored = await storedClickIds(database.db, received);
    const missing = received.filter((id) => !stored.has(id));
    console.log(`[sigkill] ${received.length} redirects received (${inFlightAtKill} requests in flight at the kill), ${received.length - missing.length} of their clicks stored`);
    expect(missing).toEqual([]);
  });
});
