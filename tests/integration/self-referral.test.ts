import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { rememberUserVisitor } from "@/db/queries/attribution";
import { creatorCommissionEvents } from "@/db/queries/creator-commissions";
import { insertClicks } from "@/db/queries/links";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { addDays, addHours } from "@/lib/clock";
import { getOrCreateLink } from "@/lib/links/generate";
import { recordConversions } from "@/lib/orders/conversions";
import { checkoutCart } from "@/lib/orders/storefront";
import { conversionOrderSchema } from "@/lib/validation/conversion";
import { verifyLedger } from "@/lib/wallet/verify-ledger";
import { createTestDatabase } from "./support/test-db";

// Issue #11, item 12: a creator buying through their own link earned a commission.
const NOW = new Date();
const ADDRESS = { line1: "12 Hang Bac", city: "Hanoi", postalCode: "100000", country: "VN" };
const STRANGER = { name: "Lan Pham", email: "lan@example.com", shippingAddress: ADDRESS };
let handle: DbHandle;
let shop: t.Shop;
let mug: t.Product;
let lamp: t.Product;
let mai: t.User;
let leo: t.User;
let seq = 0;
const db = () => handle.db;

const newVisitor = () => `v_self${String(++seq).padStart(20, "0")}`;

async function click(creator: t.User, product: t.Product, visitorId: string, at = addHours(NOW, -2)) {
  const { link } = await getOrCreateLink(db(), { creatorId: creator.id, target: { type: "product", productId: product.id }, channel: "blog", subId: "self", at: addDays(at, -1) });
  const clickId = `clk_self${String(++seq).padStart(22, "0")}`;
  await insertClicks(db(), [{ id: clickId, linkId: link.id, clickedAt: at, visitorId, ipHash: null, userAgent: null, referrer: null, isBot: false, earning: true, uniqueCandidate: true }]);
  return clickId;
}

/** The commissions of an order's lines, by the product they are on. */
async function commissionsOfOrders(orderIds: string[]) {
  const rows = await db()
    .select({ commission: t.commissions, productId: t.orderLines.productId })
    .from(t.commissions)
    .innerJoin(t.orderLines, eq(t.orderLines.id, t.commissions.orderLineId))
    .where(inArray(t.orderLines.orderId, orderIds));
  return new Map(rows.map((r) => [r.productId, r.commission]));
}

async function buy(params: { visitorId: string | null; buyer?: typeof STRANGER; buyerUserId?: string | null; products?: t.Product[] }) {
  const result = await checkoutCart(db(), {
    cart: (params.products ?? [mug]).map((p) => ({ productId: p.id, quantity: 1 })),
    buyer: params.buyer ?? STRANGER,
    visitorId: params.visitorId,
    buyerUserId: params.buyerUserId ?? null,
    at: NOW,
    payment: "succeeds",
  });
  return commissionsOfOrders(result.orders.map((o) => o.id));
}

/** What the creator reads on the commission's page ("why this earned, or did not"). */
async function whyTrail(creatorId: string, commissionId: string) {
  return (await creatorCommissionEvents(db(), { creatorId, commissionId })).map((e) => e.reason);
}

async function expectNoMoney(commission: t.Commission | undefined, creatorId: string, why: string) {
  expect(commission).toMatchObject({ creatorId, state: "reversed", amountMinor: 0 });
  expect(await whyTrail(creatorId, commission!.id)).toEqual([expect.stringContaining(why)]);
  const entries = await db().select().from(t.walletEntries).where(eq(t.walletEntries.commissionId, commission!.id));
  expect(entries).toEqual([]);
  expect((await verifyLedger(db())).problems).toEqual([]);
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), addDays(NOW, -30));
  const seller = (await findUserByEmail(db(), "seller@demo.test"))!;
  shop = (await db().select().from(t.shops).where(eq(t.shops.ownerUserId, seller.id)))[0]!;
  mug = (await db().select().from(t.products).where(eq(t.products.sku, "BRI-0011")))[0]!;
  lamp = (await db().select().from(t.products).where(eq(t.products.sku, "BRI-0013")))[0]!;
  mai = (await findUserByEmail(db(), "mai@demo.test"))!;
  leo = (await findUserByEmail(db(), "leo@demo.test"))!;
});
afterAll(async () => {
  await handle?.close();
});

describe("no self-referral: a line earns nothing when the buyer is the earning creator", () => {
  it("a stranger buying through the creator's link still earns the creator (the control)", async () => {
    const visitorId = newVisitor();
    await click(mai, mug, visitorId);
    const commissions = await buy({ visitorId });
    expect(commissions.get(mug.id)).toMatchObject({ creatorId: mai.id, state: "pending" });
    expect(commissions.get(mug.id)!.amountMinor).toBeGreaterThan(0);
  });

  it("the same e-mail (any case): no money, the reason in the trail; another creator's line in the same order still earns", async () => {
    const visitorId = newVisitor();
    await click(mai, mug, visitorId);
    await click(leo, lamp, visitorId);
    const commissions = await buy({ visitorId, buyer: { ...STRANGER, email: "Mai@Demo.TEST" }, products: [mug, lamp] });
    await expectNoMoney(commissions.get(mug.id), mai.id, "your own e-mail");
    expect(commissions.get(lamp.id)).toMatchObject({ creatorId: leo.id, state: "pending" });
    expect(commissions.get(lamp.id)!.amountMinor).toBeGreaterThan(0);
  });

  it("the creator's own visitor cookie, signed out and with another e-mail: no money", async () => {
    const visitorId = newVisitor();
    await rememberUserVisitor(db(), { userId: mai.id, visitorId, at: addDays(NOW, -3) });
    await click(mai, mug, visitorId);
    await expectNoMoney((await buy({ visitorId })).get(mug.id), mai.id, "your own browser");
  });

  it("signed in as the creator: no money, and that browser is remembered as theirs for later orders", async () => {
    const visitorId = newVisitor();
    await click(mai, mug, visitorId);
    await expectNoMoney((await buy({ visitorId, buyerUserId: mai.id })).get(mug.id), mai.id, "signed in to your account");
    // Later, signed out, from the same browser.
    await click(mai, mug, visitorId, addHours(NOW, -1));
    await expectNoMoney((await buy({ visitorId })).get(mug.id), mai.id, "your own browser");
    // Another creator signed in buying through Mai's link is a real buyer for Mai.
    const other = newVisitor();
    await click(mai, mug, other);
    expect((await buy({ visitorId: other, buyerUserId: leo.id })).get(mug.id)).toMatchObject({ creatorId: mai.id, state: "pending" });
  });

  it("the conversion API applies the e-mail and the visitor rules in its batch, other orders of the batch unaffected", async () => {
    const own = newVisitor();
    await rememberUserVisitor(db(), { userId: mai.id, visitorId: own, at: addDays(NOW, -3) });
    const ownClick = await click(mai, mug, own);
    const strangerClick = await click(mai, mug, newVisitor());
    const emailClick = await click(mai, mug, newVisitor());
    const order = (externalId: string, clickId: string, buyerEmail?: string) => ({
      actor: { shop, at: NOW },
      input: conversionOrderSchema.parse({
        external_id: externalId,
        occurred_at: addHours(NOW, -1).toISOString(),
        currency: "USD",
        click_id: clickId,
        ...(buyerEmail ? { buyer_email: buyerEmail } : {}),
        lines: [{ line_id: "a", product_id: mug.id, quantity: 1, unit_price: mug.priceMinor }],
      }),
    });
    const results = await recordConversions(db(), [order("SELF-1", ownClick), order("SELF-2", strangerClick, "someone@example.com"), order("SELF-3", emailClick, "MAI@demo.test")]);
    const commissions = results.map((r) => (r.ok ? r.value.body.order.lines[0]!.commission : null));
    expect(commissions[0]).toMatchObject({ state: "reversed", amount: 0 });
    expect(commissions[1]).toMatchObject({ state: "pending" });
    expect(commissions[1]!.amount).toBeGreaterThan(0);
    expect(commissions[2]).toMatchObject({ state: "reversed", amount: 0 });
    expect(await whyTrail(mai.id, commissions[0]!.id)).toEqual([expect.stringContaining("your own browser")]);
    expect(await whyTrail(mai.id, commissions[2]!.id)).toEqual([expect.stringContaining("your own e-mail")]);
    expect((await verifyLedger(db())).problems).toEqual([]);
  });
});
