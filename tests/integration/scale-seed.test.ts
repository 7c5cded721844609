import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq, like, sql, sum } from "drizzle-orm";
import { executeRows } from "@/db/client";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { seedAtScale } from "@/db/seed/scale";
import type { ScaleCatalogue } from "@/db/seed/scale-catalogue";
import { verifyLedger } from "@/lib/wallet/verify-ledger";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;
const db = () => handle.db;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("the benchmark seed (--scale N)", () => {
  let catalogue: ScaleCatalogue | undefined;

  it("seeds the demo first when the database is empty, then adds the scale shops, products and creators once", async () => {
    await seedAtScale(db(), { clicks: 1_000, now: NOW, onCatalogue: (added) => (catalogue = added) });
    expect(catalogue).toEqual({ shops: 8, products: 50, creators: 60 });
    const [demo] = await db().select({ n: count() }).from(t.users).where(like(t.users.email, "%@demo.test"));
    expect(demo!.n).toBe(7);
    const [users] = await db().select({ n: count() }).from(t.users);
    expect(users!.n).toBe(7 + 8 + 60);
    const [products] = await db().select({ n: count() }).from(t.products);
    expect(products!.n).toBe(40 + 50);
  });

  it("adds exactly N clicks and about N/20 orders, reporting progress for each phase", async () => {
    const clickCount = async () => (await db().select({ n: count() }).from(t.clicks))[0]!.n;
    const before = await clickCount();
    const phases = new Set<string>();
    let again: ScaleCatalogue | undefined;
    const result = await seedAtScale(db(), { clicks: 12_000, now: NOW, onCatalogue: (added) => (again = added), onProgress: (phase, done, total) => done === total && phases.add(phase) });
    expect(again).toBeUndefined();
    expect([...phases].sort()).toEqual(["clicks", "links", "orders"]);
    expect((await clickCount()) - before).toBe(12_000);
    expect(result.orders).toBeGreaterThan((12_000 / 20) * 0.8);
    expect(result.orders).toBeLessThanOrEqual(12_000 / 20);
  });

  it("gives the scale shops products in their own currencies, some with Vietnamese titles and descriptions", async () => {
    const rows = await db()
      .select({ currency: t.products.currency, n: count() })
      .from(t.products)
      .innerJoin(t.shops, eq(t.shops.id, t.products.shopId))
      .innerJoin(t.users, eq(t.users.id, t.shops.ownerUserId))
      .where(like(t.users.email, "%@scale.test"))
      .groupBy(t.products.currency);
    expect(rows.map((r) => r.currency).sort()).toEqual(["IDR", "MYR", "PHP", "SGD", "THB", "USD", "VND"]);
    const mismatched = await executeRows(db(), sql`select p.id from products p join shops s on s.id = p.shop_id where p.currency <> s.currency`);
    expect(mismatched).toEqual([]);
    const vietnamese = await executeRows<{ title: string; description: string }>(db(), sql`select p.title, p.description from products p join shops s on s.id = p.shop_id where s.slug = 'hoi-an-lanterns' limit 3`);
    expect(vietnamese.length).toBeGreaterThan(0);
    for (const p of vietnamese) expect(`${p.title} ${p.description}`).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúý]/i);
  });

  it("makes Mai clearly the busiest creator, with about a tenth of the new links and clicks", async () => {
    const perCreator = await executeRows<{ email: string; links: number; clicks: number }>(
      db(),
      sql`select u.email, count(distinct l.id)::int as links, count(c.id)::int as clicks
          from links l join users u on u.id = l.creator_id left join clicks c on c.link_id = l.id
          group by u.email order by clicks desc`,
    );
    const total = perCreator.reduce((n, r) => n + r.clicks, 0);
    expect(perCreator[0]!.email).toBe("mai@demo.test");
    expect(perCreator[0]!.clicks).toBeGreaterThan(1.5 * perCreator[1]!.clicks);
    expect(perCreator[0]!.clicks / total).toBeGreaterThan(0.04);
    expect(perCreator[0]!.clicks / total).toBeLessThan(0.25);
  });

  it("links only what each creator may link: active products open to affiliates, of shops that have not blocked them", async () => {
    const invalid = await executeRows(
      db(),
      sql`select l.id from links l join products p on p.id = l.product_id
          where l.type = 'product' and l.created_at > ${new Date(NOW.getTime() - 131 * 86_400_000).toISOString()}::timestamptz
            and (p.status <> 'active' or not p.open_to_affiliates
                 or exists (select 1 from shop_blocked_creators b where b.shop_id = p.shop_id and b.creator_id = l.creator_id))`,
    );
    expect(invalid).toEqual([]);
    const [blocks] = await db().select({ n: count() }).from(t.shopBlockedCreators);
    expect(blocks!.n).toBeGreaterThan(0);
  });

  it("spreads the clicks over the last 90 days with bots and repeat visitors among them", async () => {
    const [stats] = await executeRows<{ oldest: string; bots: number; repeats: number; total: number }>(
      db(),
      sql`select min(clicked_at)::text as oldest, (count(*) filter (where is_bot))::int as bots, (count(*) filter (where not is_unique))::int as repeats, count(*)::int as total from clicks`,
    );
    expect(new Date(stats!.oldest).getTime()).toBeGreaterThanOrEqual(NOW.getTime() - 90 * 86_400_000);
    expect(new Date(stats!.oldest).getTime()).toBeLessThan(NOW.getTime() - 80 * 86_400_000);
    expect(stats!.bots / stats!.total).toBeGreaterThan(0.02);
    expect(stats!.repeats / stats!.total).toBeGreaterThan(0.05);
  });

  it("has orders in every state, each commission in the state its order's lifecycle leads to", async () => {
    const states = await db().selectDistinct({ state: t.orders.state }).from(t.orders);
    expect(states.map((s) => s.state).sort()).toEqual(["cancelled", "completed", "delivered", "paid", "placed", "refunded", "shipped"]);
    const pairs = await executeRows<{ order_state: string; commission_state: string }>(
      db(),
      sql`select distinct o.state as order_state, c.state as commission_state
          from commissions c join order_lines ol on ol.id = c.order_line_id join orders o on o.id = ol.order_id`,
    );
    const allowed: Record<string, string[]> = { paid: ["pending"], shipped: ["pending"], delivered: ["pending"], completed: ["locked", "available"], cancelled: ["reversed"], refunded: ["reversed"] };
    for (const pair of pairs) expect(allowed[pair.order_state], `${pair.order_state} order with a ${pair.commission_state} commission`).toContain(pair.commission_state);
  });

  it("keeps the ledger balanced: verify-ledger finds nothing, and the wallet equals the commissions that became available", async () => {
    expect((await verifyLedger(db())).problems).toEqual([]);
    const [available] = await db().select({ total: sum(t.commissions.amountMinor).mapWith(Number) }).from(t.commissions).where(eq(t.commissions.state, "available"));
    const [wallet] = await db().select({ total: sum(t.walletEntries.amountMinor).mapWith(Number) }).from(t.walletEntries);
    expect(wallet!.total).toBe(available!.total);
  });
});
