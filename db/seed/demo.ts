import { count } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { addDays } from "@/lib/clock";
import { newId } from "@/lib/ids";
import type { Database } from "../client";
import * as t from "../schema";
import { buildCatalogue, type DemoProduct } from "./demo-catalogue";
import { STATE_CYCLE, buildClicks, buildLink, buildOrder, type DemoActivity } from "./demo-activity";
import { orderContext } from "./order-context";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
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
  const activity: DemoActivity = { links: [], clicks: [], orders: [], orderLines: [], orderEvents: [], commissions: [], commissionEvents: [], walletEntries: [] };

  // Each creator links a handful of open products; affiliates also share their showcase; most share the campaign.
  const openProducts = catalogue.products.filter((p) => p.status === "active" && p.openToAffiliates);
  for (const creator of creators) {
    const picks = new Set<DemoProduct>();
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

  // Orders follow real (non-bot, earning) clicks so attribution in the demo is consistent.
  const candidates = activity.clicks.filter((c) => !c.isBot && c.earning && c.clickedAt < addDays(now, -0.1));
  const linksById = new Map(activity.links.map((l) => [l.id, l]));
  for (let made = 0, tries = 0; made < 42 && tries < 500; tries++) {
    const click = rand.pick(candidates);
    const plan = STATE_CYCLE[made % STATE_CYCLE.length]!;
    if (buildOrder(rand, click, linksById.get(click.linkId)!, plan, ctx, activity)) made++;
  }
  // Older completed orders through Mai's and Ana's links, past their holding period: money in their wallets to withdraw.
  for (const creatorId of [owners.mai, owners.ana]) {
    const old = candidates.filter((c) => c.clickedAt < addDays(now, -35) && linksById.get(c.linkId)!.creatorId === creatorId);
    for (let made = 0, tries = 0; made < 6 && tries < 60 && old.length > 0; tries++) {
      const click = rand.pick(old);
      if (buildOrder(rand, click, linksById.get(click.linkId)!, { state: "completed" }, ctx, activity)) made++;
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
    await insertChunked(tx, t.orders, activity.orders);
    await insertChunked(tx, t.orderLines, activity.orderLines);
    await insertChunked(tx, t.orderEvents, activity.orderEvents);
    await insertChunked(tx, t.commissions, activity.commissions);
    await insertChunked(tx, t.commissionEvents, activity.commissionEvents);
    await insertChunked(tx, t.walletEntries, activity.walletEntries);
  });

  return {
    users: accounts.length,
    products: catalogue.products.length,
    links: activity.links.length,
    clicks: activity.clicks.length,
    orders: activity.orders.length,
    commissions: activity.commissions.length,
    walletEntries: activity.walletEntries.length,
  };
}
