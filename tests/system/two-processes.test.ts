import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, count, sql } from "drizzle-orm";
import { clicks, links } from "@/db/schema";
import { FRESH_MS } from "@/lib/links/link-cache";
import { startAppServer, type AppServer } from "./support/app-server";
import { followLink, sleep } from "./support/http";
import { followingLinks, runLoad } from "./support/load";
import { createDemoDatabase, externalProductLinks, storedClickIds, type DemoDatabase } from "./support/postgres";

let database: DemoDatabase;
let servers: AppServer[] = [];
let codes: string[];

const clickCount = async () => (await database.db.select({ n: count() }).from(clicks))[0]!.n;

beforeAll(async () => {
  database = await createDemoDatabase("sys", "two");
  ({ codes } = await externalProductLinks(database.db, 10));
  servers = await Promise.all([startAppServer({ databaseUrl: database.url }), startAppServer({ databaseUrl: database.url })]);
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await database?.drop();
});

describe("two server processes on one database", () => {
  it("store every click fired at both at once, each under its own id", async () => {
    const before = await clickCount();
    const ids: string[] = [];
    const results = await Promise.all(
      servers.map(
        (server) =>
          runLoad({
            concurrency: 16,
            maxMs: 30_000,
            maxRequests: 500,
            ...followingLinks(server.baseUrl, codes, ids),
          }).done,
      ),
    );
    for (const result of results) {
      expect(result.errors).toBe(0);
      expect(Object.fromEntries(result.statuses)).toEqual({ 302: 500 });
    }
    expect(new Set(ids).size).toBe(1_000);
    expect((await storedClickIds(database.db, ids)).size).toBe(1_000);
    expect((await clickCount()) - before).toBe(1_000);
  });

  it(`stop redirecting a disabled link within 5 s on both (the link cache trusts an entry for ${FRESH_MS} ms)`, async () => {
    const code = codes[0]!;
    for (const server of servers) expect((await followLink(server.baseUrl, code)).status).toBe(302);

    const disabledAt = Date.now();
    await database.db.update(links).set({ disabledAt: sql`now()` }).where(eq(links.code, code));
    const secondsTo410 = await Promise.all(
      servers.map(async (server) => {
        while (Date.now() - disabledAt < 6_000) {
          if ((await followLink(server.baseUrl, code)).status === 410) return (Date.now() - disabledAt) / 1000;
          await sleep(100);
        }
        return null;
      }),
    );
    console.log(`[two-processes] 410 after ${secondsTo410.map((s) => (s === null ? "never" : `${s.toFixed(2)} s`)).join(" and ")}`);
    for (const seconds of secondsTo410) {
      expect(seconds).not.toBeNull();
      expect(seconds!).toBeLessThanOrEqual(5);
    }
  });
});
