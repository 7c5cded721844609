import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { closeDatabase } from "@/db";

const saved = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DIR: process.env.PGLITE_DIR };

afterEach(async () => {
  await closeDatabase().catch(() => undefined);
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
});

describe("GET /api/health", () => {
  it("answers 200 with only its status when the database is reachable", async () => {
    if (!process.env.DATABASE_URL) process.env.PGLITE_DIR = "memory://";
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    // Which driver and how fast are nobody's business but the operator's (issue #11).
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers 503 without leaking the error when the database is unreachable", async () => {
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    process.env.DATABASE_URL = "postgres://nobody:secret@127.0.0.1:1/none";
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body).toEqual({ status: "unavailable" });
      expect(JSON.stringify(body)).not.toContain("secret");
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });
});
