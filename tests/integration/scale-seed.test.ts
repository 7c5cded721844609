import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq, sum } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { seedAtScale } from "@/db/seed/scale";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("the benchmark seed (--scale N)", () => {
  it("seeds the demo first when the database is empty", async () => {
    await seedAtScale(handle.db, { clicks: 1_000, now: NOW });
    const [users] = await handle.db.select({ n: count() }).from(t.users);
    expect(users!.n).toBe(7);
  });

  it("adds exactly N clicks and about N/50 orders, reporting progress for each phase", async () => {
    const clickCount = async () => (await handle.db.select({ n: count() }).from(t.clicks))[0]!.n;
    const before = await clickCount();
    const phases = new Set<string>();
    const result = await seedAtScale(handle.db, { clicks: 12_000, now: NOW, onProgress: (phase, done, total) => done === total && phases.add(phase) });
    expect([...phases].sort()).toEqual(["clicks", "links", "orders"]);
    expect((await clickCount()) - before).toBe(12_000);
    expect(result.orders).toBeGreaterThan(12_000 / 50 / 2);
    expect(result.orders).toBeLessThan((12_000 / 50) * 2);
  });

  it("keeps the wallet equal to the commissions that became available", async () => {
    const [available] = await handle.db.select({ total: sum(t.commissions.amountMinor).mapWith(Number) }).from(t.commissions).where(eq(t.commissions.state, "available"));
    const [wallet] = await handle.db.select({ total: sum(t.walletEntries.amountMinor).mapWith(Number) }).from(t.walletEntries);
    expect(wallet!.total).toBe(available!.total);
  });
});
