import { and, desc, eq, gte, inArray, lte } from "drizzle-orm";
import type { AttributionClick, AttributionLink, Membership } from "@/lib/attribution";
import type { Database } from "../client";
import { campaignProducts, clicks, links, shopBlockedCreators, showcaseItems } from "../schema";

// Enough history to tell "too old" from "no click"; attribution itself only looks back 14 days.
const LOOKBACK_DAYS = 60;
const MAX_CLICKS = 200;

/**
 * A buyer's clicks before an order, with their links and, for showcase and campaign links, which
 * products those held over time: everything attributeOrderLine needs.
 */
export async function visitorClicksForAttribution(db: Database, visitorId: string, before: Date): Promise<AttributionClick[]> {
  const rows = await db
    .select({ click: clicks, link: links })
    .from(clicks)
    .innerJoin(links, eq(links.id, clicks.linkId))
    .where(and(eq(clicks.visitorId, visitorId), lte(clicks.clickedAt, before), gte(clicks.clickedAt, new Date(before.getTime() - LOOKBACK_DAYS * 86_400_000))))
    .orderBy(desc(clicks.clickedAt))
    .limit(MAX_CLICKS);
  const creatorIds = [...new Set(rows.filter((r) => r.link.type === "showcase").map((r) => r.link.creatorId))];
  const campaignIds = [...new Set(rows.flatMap((r) => (r.link.type === "campaign" && r.link.campaignId ? [r.link.campaignId] : [])))];
  const [showcases, campaignItems] = await Promise.all([
    creatorIds.length ? db.select().from(showcaseItems).where(inArray(showcaseItems.creatorId, creatorIds)) : [],
    campaignIds.length ? db.select().from(campaignProducts).where(inArray(campaignProducts.campaignId, campaignIds)) : [],
  ]);
  const members = (items: { productId: string; addedAt: Date; removedAt: Date | null }[]): Membership[] =>
    items.map((i) => ({ productId: i.productId, addedAt: i.addedAt, removedAt: i.removedAt }));
  return rows.map(({ click, link }) => {
    const base = { id: link.id, creatorId: link.creatorId, createdAt: link.createdAt };
    const attributionLink: AttributionLink =
      link.type === "product"
        ? { ...base, type: "product", productId: link.productId! }
        : link.type === "showcase"
          ? { ...base, type: "showcase", products: members(showcases.filter((s) => s.creatorId === link.creatorId)) }
          : { ...base, type: "campaign", campaignId: link.campaignId!, products: members(campaignItems.filter((c) => c.campaignId === link.campaignId)) };
    return { id: click.id, clickedAt: click.clickedAt, isBot: click.isBot, link: attributionLink };
  });
}

/** The visitor behind a click id that an external checkout passed back (aff_click). */
export async function visitorOfClick(db: Database, clickId: string): Promise<string | undefined> {
  const [row] = await db.select({ visitorId: clicks.visitorId }).from(clicks).where(eq(clicks.id, clickId)).limit(1);
  return row?.visitorId;
}

export async function blockedCreatorIds(db: Database, shopId: string): Promise<Set<string>> {
  const rows = await db.select({ creatorId: shopBlockedCreators.creatorId }).from(shopBlockedCreators).where(eq(shopBlockedCreators.shopId, shopId));
  return new Set(rows.map((r) => r.creatorId));
}

export async function blockCreator(db: Database, params: { shopId: string; creatorId: string; reason: string; at: Date }) {
  await db
    .insert(shopBlockedCreators)
    .values({ shopId: params.shopId, creatorId: params.creatorId, reason: params.reason, blockedAt: params.at })
    .onConflictDoNothing();
}
