import { eq, isNull } from "drizzle-orm";
import { addDays } from "@/lib/clock";
import type { Database } from "../client";
import * as t from "../schema";
import { buildClicks, buildLink, buildOrder, type DemoActivity } from "./demo-activity";
import type { DemoProduct, DemoShop } from "./demo-catalogue";
import { isDatabaseEmpty, seedDemo } from "./demo";
import { STATE_CYCLE } from "./demo-orders";
import { insertChunked } from "./insert";
import { orderContext, type CatalogueView } from "./order-context";
import { seededRandom } from "./random";

export type ScaleProgress = (phase: "links" | "clicks" | "orders", done: number, total: number) => void;

const CLICK_BATCH = 5_000;
/** About one order per 50 clicks: a 2% conversion rate. */
const CLICKS_PER_ORDER = 50;

async function loadCatalogue(db: Database): Promise<CatalogueView> {
  const [plan] = await db.select().from(t.targetedPlans).limit(1);
  const [campaign] = await db.select().from(t.campaigns).limit(1);
  if (!plan || !campaign) throw new Error("The demo catalogue is missing its targeted plan or campaign");
  return {
    products: (await db.select().from(t.products)) as DemoProduct[],
    shops: (await db.select().from(t.shops)) as DemoShop[],
    targeted: {
      plan,
      products: await db.select().from(t.targetedPlanProducts).where(eq(t.targetedPlanProducts.planId, plan.id)),
      creators: await db.select().from(t.targetedPlanCreators).where(eq(t.targetedPlanCreators.planId, plan.id)),
    },
    campaign: { campaign, products: await db.select().from(t.campaignProducts).where(eq(t.campaignProducts.campaignId, campaign.id)) },
    showcase: await db.select().from(t.showcaseItems).where(isNull(t.showcaseItems.removedAt)),
  };
}

/**
 * A large dataset for benchmarks on top of the demo: N clicks over the last 60 days on new links of
 * the demo creators, and about N/50 orders following them with their commissions and wallet entries.
 * Written in batches (not one transaction) so memory stays flat at millions of clicks.
 */
export async function seedAtScale(db: Database, options: { clicks: number; now: Date; onProgress?: ScaleProgress }) {
  const { now, onProgress } = options;
  if (await isDatabaseEmpty(db)) await seedDemo(db, now);
  const rand = seededRandom(options.clicks ^ now.getTime());
  const catalogue = await loadCatalogue(db);
  const creators = await db.select({ id: t.creatorProfiles.userId, followers: t.creatorProfiles.followerCount }).from(t.creatorProfiles);
  const openProducts = catalogue.products.filter((p) => p.status === "active" && p.openToAffiliates);

  const linkCount = Math.max(50, Math.round(options.clicks / 500));
  const links = Array.from({ length: linkCount }, () => {
    const creator = rand.pick(creators);
    const createdAt = addDays(now, -rand.int(1, 99));
    if (rand.chance(0.1)) return buildLink(rand, creator.id, { type: "campaign", campaignId: catalogue.campaign.campaign.id }, createdAt);
    if (creator.followers >= 600 && rand.chance(0.1)) return buildLink(rand, creator.id, { type: "showcase" }, createdAt);
    return buildLink(rand, creator.id, { type: "product", productId: rand.pick(openProducts).id }, createdAt);
  });
  await insertChunked(db, t.links, links, 1000, () => undefined);
  onProgress?.("links", links.length, links.length);

  const since = addDays(now, -60);
  const linksById = new Map(links.map((l) => [l.id, l]));
  const candidates: DemoActivity["clicks"] = [];
  for (let done = 0; done < options.clicks; ) {
    const batch: DemoActivity["clicks"] = [];
    const size = Math.min(CLICK_BATCH, options.clicks - done);
    while (batch.length < size) buildClicks(rand, rand.pick(links), 1, since, now, batch);
    await insertChunked(db, t.clicks, batch, 1000);
    for (const click of batch) if (!click.isBot && click.earning && rand.chance(1 / CLICKS_PER_ORDER)) candidates.push(click);
    done += batch.length;
    onProgress?.("clicks", done, options.clicks);
  }

  const ctx = orderContext(catalogue, now);
  let activity = emptyActivity();
  let orders = 0;
  const flush = async () => {
    await db.transaction(async (tx) => {
      await insertChunked(tx, t.orders, activity.orders);
      await insertChunked(tx, t.orderLines, activity.orderLines);
      await insertChunked(tx, t.orderEvents, activity.orderEvents);
      await insertChunked(tx, t.commissions, activity.commissions);
      await insertChunked(tx, t.commissionEvents, activity.commissionEvents);
      await insertChunked(tx, t.walletEntries, activity.walletEntries);
    });
    activity = emptyActivity();
    onProgress?.("orders", orders, candidates.length);
  };
  for (const click of candidates) {
    if (buildOrder(rand, click, linksById.get(click.linkId)!, STATE_CYCLE[orders % STATE_CYCLE.length]!, ctx, activity)) orders++;
    if (activity.orders.length >= 1000) await flush();
  }
  await flush();
  return { links: links.length, clicks: options.clicks, orders };
}

function emptyActivity(): DemoActivity {
  return { links: [], clicks: [], orders: [], orderLines: [], orderEvents: [], commissions: [], commissionEvents: [], walletEntries: [] };
}
