import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { listOpenProducts } from "@/db/queries/open-catalogue";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { bestProductRates } from "@/lib/commissions/creator-rates";
import { creatorRateLabel } from "@/lib/plans/rewards";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, NOW);
});
afterAll(async () => {
  await handle?.close();
});

describe("the rate a creator is shown on the products they can link", () => {
  it("is the accepted targeted plan's rate, named, for its member, and the open rate for everyone else", async () => {
    const db = handle.db;
    const [plan] = await db.select().from(t.targetedPlans);
    const planProducts = await db.select().from(t.targetedPlanProducts).where(eq(t.targetedPlanProducts.planId, plan!.id));
    const products = await db.select().from(t.products).where(inArray(t.products.id, planProducts.map((p) => p.productId)));
    const mai = (await findUserByEmail(db, "mai@demo.test"))!;
    const ana = (await findUserByEmail(db, "ana@demo.test"))!; // invited, not accepted
    const leo = (await findUserByEmail(db, "leo@demo.test"))!; // not invited
    const ids = products.map((p) => p.id);

    const forMai = await bestProductRates(db, { creatorId: mai.id, productIds: ids, at: NOW });
    for (const product of products) {
      const inPlan = planProducts.find((p) => p.productId === product.id)!;
      expect(forMai.get(product.id)).toEqual({ planKind: "targeted", planName: plan!.name, reward: { rateBps: inPlan.rateBps, flatFeeMinor: inPlan.flatFeeMinor } });
    }
    for (const creator of [ana, leo]) {
      const rates = await bestProductRates(db, { creatorId: creator.id, productIds: ids, at: NOW });
      for (const product of products) expect(rates.get(product.id)).toEqual({ planKind: "open", planName: null, reward: { rateBps: product.openRateBps, flatFeeMinor: product.openFlatFeeMinor } });
    }

    const diffuser = products.find((p) => p.title === "Aroma Diffuser")!;
    const diffuserPlan = planProducts.find((p) => p.productId === diffuser.id)!;
    expect(creatorRateLabel(forMai.get(diffuser.id)!, diffuser.currency)).toBe(`${diffuserPlan.rateBps / 100}% · Targeted plan "Brightside Insiders"`);
    expect(creatorRateLabel({ planKind: "open", planName: null, reward: { rateBps: diffuser.openRateBps, flatFeeMinor: 0 } }, diffuser.currency)).toBe(`Open rate ${diffuser.openRateBps / 100}%`);
  });

  it("covers a whole catalogue page in one call, with nothing for products the creator cannot earn on", async () => {
    const db = handle.db;
    const mai = (await findUserByEmail(db, "mai@demo.test"))!;
    const page = await listOpenProducts(db, mai.id, { sort: "rate", pageSize: 100 });
    const archived = (await db.select().from(t.products).where(eq(t.products.status, "archived")))[0];
    const rates = await bestProductRates(db, { creatorId: mai.id, productIds: [...page.rows.map((r) => r.id), ...(archived ? [archived.id] : [])], at: NOW });
    expect(page.rows.every((r) => rates.has(r.id))).toBe(true);
    expect([...rates.values()].filter((r) => r.planKind === "targeted").length).toBeGreaterThan(0);
    if (archived) expect(rates.has(archived.id)).toBe(false);
  });
});
