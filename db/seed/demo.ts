import { count } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { addDays } from "@/lib/clock";
import { commissionAmount } from "@/lib/commissions/amount";
import { newId } from "@/lib/ids";
import type { CurrencyCode } from "@/lib/money";
import type { Database } from "../client";
import { recountClicks } from "../queries/links";
import * as t from "../schema";
import { buildCatalogue, type DemoProduct } from "./demo-catalogue";
import { buildClicks, buildLink, type DemoActivity } from "./demo-activity";
import { STATE_CYCLE, planDemoOrder, playDemoOrders, type DemoOrder } from "./demo-orders";
import { orderContext } from "./order-context";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { buildDemoClaims } from "./demo-claims";
import { insertChunked } from "./insert";
import { seededRandom } from "./random";

export type SeedSummary = Record<"users" | "products" | "links" | "clicks" | "orders" | "commissions" | "walletEntries", number>;

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(t.users);
  return (row?.n ?? 0) === 0;
}

/**
 * A believable demo on an empty database: two shops in USD and VND, 40 products, a targeted plan, a
 * campaign, four creators (two under and two over the affiliate threshold), their links, a few hundred
 * clicks and a few dozen orders over the last 60 days in every state, with the commissions and wallet
 * entries they lead to. All in one transaction: a failed seed leaves the database empty.
 */
export async function seedDemo(db: Database, now: Date): Promise<SeedSummary> {
  const rand = seededRandom(20261122);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const accounts = DEMO_ACCOUNTS.map((a) => ({ ...a, id: newId("usr") }));
  const idOf = (email: string) => accounts.find((a) => a.email === email)!.id;
  const owners = { sellerUsd: idOf("seller@demo.test"), sellerVnd: idOf("seller.vn@demo.test"), mai: idOf("mai@demo.test"), ana: idOf("ana@demo.test") };
  const catalogue = buildCatalogue(rand, owners, now);
  const creators = accounts.filter((a) => a.role === "creator");

  const { campaign, targeted } = catalogue;
  const activity: Pick<DemoActivity, "links" | "clicks"> = { links: [], clicks: [] };

  // Each creator links a handful of open products; affiliates also share their showcase; most share the campaign.
  const openProducts = catalogue.products.filter((p) => p.status === "active" && p.openToAffiliates);
  for (const creator of creators) {
    const picks = new Set<DemoProduct>();
    // Mai shares a product of the targeted plan she accepted, so some of her sales earn its rate.
    if (creator.id === owners.mai) picks.add(openProducts.find((p) => p.id === targeted.products[0]!.productId)!);
    while (picks.size < (creator.followers! > 1000 ? 6 : 3)) picks.add(rand.pick(openProducts));
    for (const product of picks) activity.links.push(buildLink(rand, creator.id, { type: "product", productId: product.id }, addDays(now, -rand.int(5, 95))));
    if (creator.followers! >= 600) activity.links.push(buildLink(rand, creator.id, { type: "showcase" }, addDays(now, -rand.int(20, 80))));
    if (creator.email !== "sam@demo.test") activity.links.push(buildLink(rand, creator.id, { type: "campaign", campaignId: campaign.campaign.id }, addDays(campaign.campaign.startsAt, rand.int(0, 5))));
  }
  // An old link, past its 100 earning days: it still redirects, but its clicks earn nothing.
  activity.links.push(buildLink(rand, owners.mai, { type: "product", productId: openProducts[0]!.id }, addDays(now, -130)));

  const since = addDays(now, -60);
  for (const link of activity.links) buildClicks(rand, link, rand.int(8, 40), since, now, activity.clicks);

  const ctx = orderContext(catalogue, now);

  // Orders follow real (non-bot, earning) clicks so attribution in the demo is consistent. An order
  // meant to stay delivered follows a click old enough for it to have been delivered (up to 6.4 days
  // from click to delivery) and young enough to be inside its 7-day return window still, which the
  // settlement job would otherwise close.
  const candidates = activity.clicks.filter((c) => !c.isBot && c.earning && c.clickedAt < addDays(now, -0.1));
  const recent = candidates.filter((c) => c.clickedAt > addDays(now, -9.5) && c.clickedAt < addDays(now, -6.5));
  const linksById = new Map(activity.links.map((l) => [l.id, l]));
  const planned: DemoOrder[] = [];
  // The cycle's rounds take turns between the shops, so each seller has orders in every state.
  for (let tries = 0; planned.length < 42 && tries < 1000; tries++) {
    const plan = STATE_CYCLE[planned.length % STATE_CYCLE.length]!;
    const currency = Math.floor(planned.length / STATE_CYCLE.length) % 2 === 0 ? "USD" : "VND";
    const click = rand.pick(plan.state === "delivered" && recent.length > 0 ? recent : candidates);
    const order = planDemoOrder(rand, click, linksById.get(click.linkId)!, plan, ctx);
    if (order && order.order.currency === currency) planned.push(order);
  }
  // Older completed orders through Mai's and Ana's links, past their holding period: money in their
  // wallets to withdraw, about these amounts on top of what the orders above leave (estimated with
  // the rate rule; the commands then decide the real commissions).
  const walletTargets: { creatorId: string; currency: CurrencyCode; minor: number }[] = [
    { creatorId: owners.mai, currency: "USD", minor: 1_000 },
    { creatorId: owners.mai, currency: "VND", minor: 20_000 },
    { creatorId: owners.ana, currency: "VND", minor: 200_000 },
  ];
  for (const target of walletTargets) {
    const old = candidates.filter((c) => c.clickedAt < addDays(now, -35) && linksById.get(c.linkId)!.creatorId === target.creatorId);
    for (let earned = 0, tries = 0; earned < target.minor && tries < 60 && old.length > 0; tries++) {
      const click = rand.pick(old);
      const link = linksById.get(click.linkId)!;
      const order = planDemoOrder(rand, click, link, { state: "completed" }, ctx);
      const line = order?.order.lines[0];
      const rate = line && order.order.currency === target.currency ? ctx.entitlement(link, ctx.productsById.get(line.productId)!, order.order.placedAt) : null;
      if (!order || !line || !rate) continue;
      planned.push(order);
      earned += commissionAmount(line.unitPriceMinor * line.quantity - (order.order.orderDiscountMinor ?? 0), rate.rateBps, rate.flatFeeMinor);
    }
  }

  await db.transaction(async (tx) => {
    await tx.insert(t.users).values(accounts.map((a) => ({ id: a.id, email: a.email, name: a.name, passwordHash, role: a.role, createdAt: addDays(now, -150) })));
    await tx.insert(t.creatorProfiles).values(
      creators.map((c) => ({
        userId: c.id,
        handle: c.email.split("@")[0]!,
        displayName: c.name,
        bio: `${c.name.split(" ")[0]} shares finds for home, food and gifts.`,
        categories: ["Home", "Kitchen", "Gifts"],
        followerCount: c.followers!,
        followersVerifiedAt: addDays(now, -30),
        createdAt: addDays(now, -150),
      })),
    );
    await insertChunked(tx, t.media, catalogue.media, 50);
    const claims = buildDemoClaims(creators, idOf("admin@demo.test"), now);
    await tx.insert(t.media).values(claims.media);
    await tx.insert(t.followerClaims).values(claims.claims);
    await tx.insert(t.shops).values(catalogue.shops);
    await tx.insert(t.shopDomains).values(catalogue.shopDomains);
    await insertChunked(tx, t.products, catalogue.products);
    await insertChunked(tx, t.productRateChanges, catalogue.rateChanges);
    await tx.insert(t.targetedPlans).values(targeted.plan);
    await tx.insert(t.targetedPlanProducts).values(targeted.products);
    await tx.insert(t.targetedPlanCreators).values(targeted.creators);
    await tx.insert(t.campaigns).values(campaign.campaign);
    await tx.insert(t.campaignProducts).values(campaign.products);
    await tx.insert(t.showcaseItems).values(catalogue.showcase);
    await insertChunked(tx, t.links, activity.links);
    await insertChunked(tx, t.clicks, activity.clicks);
    await recountClicks(tx, activity.links.map((l) => l.id));
    // The orders go through the order commands and the settlement job, as a buyer, the seller and
    // the clock would move them: every commission state and wallet entry is the app's own.
    await playDemoOrders(tx, planned, now);
    // A conversation between Brightside Home and Mai, so both message pages have one to open.
    const shopUsd = catalogue.shops.find((shop) => shop.ownerUserId === owners.sellerUsd)!;
    const thread = { id: newId("mth"), shopId: shopUsd.id, creatorId: owners.mai, createdAt: addDays(now, -3), lastMessageAt: addDays(now, -2), sellerReadAt: addDays(now, -2), creatorReadAt: addDays(now, -2) };
    await tx.insert(t.messageThreads).values(thread);
    await tx.insert(t.messages).values([
      { id: newId("mes"), threadId: thread.id, senderUserId: owners.sellerUsd, body: "Hi Mai, thanks for sharing our products! Would you like a sample of our new range?", createdAt: addDays(now, -3) },
      { id: newId("mes"), threadId: thread.id, senderUserId: owners.mai, body: "Yes please, I would love to review it next month.", createdAt: addDays(now, -2) },
    ]);
  });

  const rows = async (table: typeof t.orders | typeof t.commissions | typeof t.walletEntries) => (await db.select({ n: count() }).from(table))[0]!.n;
  const [orders, commissions, walletEntries] = await Promise.all([rows(t.orders), rows(t.commissions), rows(t.walletEntries)]);
  return { users: accounts.length, products: catalogue.products.length, links: activity.links.length, clicks: activity.clicks.length, orders, commissions, walletEntries };
}
