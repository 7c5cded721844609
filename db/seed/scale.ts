import { eq, isNull } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { addDays } from "@/lib/clock";
import { insertRows } from "../bulk";
import type { Database } from "../client";
import { recountClicks } from "../queries/links";
import * as t from "../schema";
import { buildClicks, buildLink, buildOrder, type DemoActivity, type LinkRow, type OrderContext } from "./demo-activity";
import type { DemoProduct, DemoShop } from "./demo-catalogue";
import { isDatabaseEmpty, seedDemo } from "./demo";
import { STATE_CYCLE } from "./demo-orders";
import { orderContext, type CatalogueView } from "./order-context";
import { seededRandom } from "./random";
import { ensureScaleCatalogue, type ScaleCatalogue } from "./scale-catalogue";

export type ScaleProgress = (phase: "links" | "clicks" | "orders", done: number, total: number) => void;

const CLICK_BATCH = 5_000;
/** About one order per 20 clicks by default: a 5% conversion rate. */
const CLICKS_PER_ORDER = 20;
/** The share of clicks that can convert: not a bot (95%) and through a link still earning (most). */
const CONVERTIBLE_SHARE = 0.88;
/** The demo creator who is clearly the busiest: about this share of the new links and clicks. */
const BUSIEST_CREATOR = "mai@demo.test";
const BUSIEST_SHARE = 0.1;
/** Clicks fall in the last 90 days, the creator dashboard's longest window. */
const CLICK_DAYS = 90;

/**
 * Bulk rows as one JSON parameter per statement (db/bulk.ts): several times faster than a multi-row
 * VALUES with a parameter per value, which is what lets a million clicks load in minutes.
 */
async function writeRows<T extends PgTable>(db: Database, table: T, rows: T["$inferInsert"][], chunk = 5_000) {
  for (let i = 0; i < rows.length; i += chunk) await insertRows(db, table, rows.slice(i, i + chunk));
}

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
 * buildOrder looks for a second product of the same shop among `productsById`; with thousands of
 * products that scan per order is the seed's bottleneck, so each order gets a context holding only
 * the products of the shops its link can earn on.
 */
function contextsByLink(ctx: OrderContext) {
  const byShops = new Map<string, OrderContext>();
  return (link: LinkRow): OrderContext => {
    const shopIds = [...new Set(ctx.earnableProducts(link).map((p) => p.shopId))].sort();
    const key = shopIds.join(",");
    let narrowed = byShops.get(key);
    if (!narrowed) {
      const products = [...ctx.productsById.values()].filter((p) => shopIds.includes(p.shopId));
      narrowed = { ...ctx, productsById: new Map(products.map((p) => [p.id, p])) };
      byShops.set(key, narrowed);
    }
    return narrowed;
  };
}

export type ScaleOptions = {
  clicks: number;
  /** Orders to add (default clicks / 20); each follows a real, non-bot, earning click. */
  orders?: number;
  /** Products of the scale shops, added once per database (default clicks / 100, at least 50). */
  products?: number;
  now: Date;
  onProgress?: ScaleProgress;
  /** Told what the first run added besides clicks: the scale shops, their products and creators. */
  onCatalogue?: (added: ScaleCatalogue) => void;
};

/**
 * A large dataset for benchmarks on top of the demo. The first run adds the scale shops, products and
 * creators (db/seed/scale-catalogue.ts); every run adds N clicks over the last 90 days on new links
 * (about one per 500 clicks; Mai, the demo's affiliate creator, gets about 10% of them, the other
 * creators share the rest), and orders following some of those clicks, in every state, with the
 * commissions and wallet entries their lifecycle produces. A link only ever points at what its
 * creator may link: an active product open to affiliates of a shop that has not blocked them, a
 * campaign, or (for creators who have one) their showcase. Written in batches (not one
 * transaction) so memory stays flat at millions of clicks.
 */
export async function seedAtScale(db: Database, options: ScaleOptions) {
  const { now, onProgress } = options;
  if (await isDatabaseEmpty(db)) await seedDemo(db, now);
  const rand = seededRandom(options.clicks ^ now.getTime());
  const added = await ensureScaleCatalogue(db, rand, { products: options.products ?? Math.max(50, Math.round(options.clicks / 100)), now });
  if (added) options.onCatalogue?.(added);
  const catalogue = await loadCatalogue(db);
  const creators = await db.select({ id: t.creatorProfiles.userId }).from(t.creatorProfiles);
  const [busiest] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, BUSIEST_CREATOR));
  if (!busiest) throw new Error(`The demo creator ${BUSIEST_CREATOR} is missing`);
  const others = creators.filter((c) => c.id !== busiest.id);
  const blocked = new Set((await db.select().from(t.shopBlockedCreators)).map((b) => `${b.shopId} ${b.creatorId}`));
  const withShowcase = new Set(catalogue.showcase.map((s) => s.creatorId));
  const openProducts = catalogue.products.filter((p) => p.status === "active" && p.openToAffiliates);

  const linkCount = Math.max(50, Math.round(options.clicks / 500));
  const links = Array.from({ length: linkCount }, () => {
    const creatorId = rand.chance(BUSIEST_SHARE) ? busiest.id : rand.pick(others).id;
    // A few links are past their 100 earning days: their clicks still count but earn nothing.
    const createdAt = addDays(now, rand.chance(0.08) ? -rand.int(100, 130) : -rand.int(1, 99));
    if (rand.chance(0.1)) return buildLink(rand, creatorId, { type: "campaign", campaignId: catalogue.campaign.campaign.id }, createdAt);
    if (withShowcase.has(creatorId) && rand.chance(0.1)) return buildLink(rand, creatorId, { type: "showcase" }, createdAt);
    let product = rand.pick(openProducts);
    while (blocked.has(`${product.shopId} ${creatorId}`)) product = rand.pick(openProducts);
    return buildLink(rand, creatorId, { type: "product", productId: product.id }, createdAt);
  });
  await writeRows(db, t.links, links);
  onProgress?.("links", links.length, links.length);

  const orderTarget = options.orders ?? Math.round(options.clicks / CLICKS_PER_ORDER);
  const orderChance = Math.min(1, orderTarget / (options.clicks * CONVERTIBLE_SHARE));
  const since = addDays(now, -CLICK_DAYS);
  const linksById = new Map(links.map((l) => [l.id, l]));
  const candidates: DemoActivity["clicks"] = [];
  // The next batch is generated while the database writes the last one (one statement at a time).
  let writing: Promise<unknown> = Promise.resolve();
  for (let done = 0; done < options.clicks; ) {
    const batch: DemoActivity["clicks"] = [];
    const size = Math.min(CLICK_BATCH, options.clicks - done);
    // A few clicks at a time per link, so some are the same visitor again within the hour (not unique).
    while (batch.length < size) buildClicks(rand, rand.pick(links), Math.min(rand.int(1, 6), size - batch.length), since, now, batch);
    for (const click of batch) if (!click.isBot && click.earning && candidates.length < orderTarget && rand.chance(orderChance)) candidates.push(click);
    await writing;
    onProgress?.("clicks", done, options.clicks);
    writing = writeRows(db, t.clicks, batch);
    done += batch.length;
  }
  await writing;
  // Written in bulk, not by the click writer: the links' hourly counts are made from what was stored.
  await recountClicks(db, links.map((l) => l.id));
  onProgress?.("clicks", options.clicks, options.clicks);

  const ctx = orderContext(catalogue, now);
  const contextFor = contextsByLink(ctx);
  let activity = emptyActivity();
  let orders = 0;
  let followed = 0;
  // Each thousand orders in one transaction, written while the next thousand are generated.
  const flush = async () => {
    const ready = activity;
    activity = emptyActivity();
    await writing;
    onProgress?.("orders", followed - ready.orders.length, candidates.length);
    writing = db.transaction(async (tx) => {
      await writeRows(tx, t.orders, ready.orders);
      await writeRows(tx, t.orderLines, ready.orderLines);
      await writeRows(tx, t.orderEvents, ready.orderEvents);
      await writeRows(tx, t.commissions, ready.commissions);
      await writeRows(tx, t.commissionEvents, ready.commissionEvents);
      await writeRows(tx, t.walletEntries, ready.walletEntries);
    });
  };
  for (const click of candidates) {
    const link = linksById.get(click.linkId)!;
    if (buildOrder(rand, click, link, STATE_CYCLE[orders % STATE_CYCLE.length]!, contextFor(link), activity)) orders++;
    followed++;
    if (activity.orders.length >= 1000) await flush();
  }
  await flush();
  await writing;
  onProgress?.("orders", followed, candidates.length);
  return { links: links.length, clicks: options.clicks, orders };
}

function emptyActivity(): DemoActivity {
  return { links: [], clicks: [], orders: [], orderLines: [], orderEvents: [], commissions: [], commissionEvents: [], walletEntries: [] };
}
