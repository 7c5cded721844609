import "server-only";
import { sql } from "drizzle-orm";
import { anyOf, textArray, timestampArray } from "../bulk";
import { executeRows, together, type Database } from "../client";
import { campaignProducts, clicks, creatorProfiles, links, shopBlockedCreators, showcaseItems, userVisitors, users } from "../schema";

/** The clicks as lib/attribution reads them (its AttributionClick, AttributionLink and Membership). */
type Membership = { productId: string; addedAt: Date; removedAt: Date | null };
type AttributionLink = { id: string; creatorId: string; createdAt: Date; label?: { code: string; handle: string | null }; creatorEmail?: string } & (
  | { type: "product"; productId: string }
  | { type: "showcase"; products: readonly Membership[] }
  | { type: "campaign"; campaignId: string; products: readonly Membership[] }
);
type AttributionClick = { id: string; clickedAt: Date; isBot: boolean; link: AttributionLink; byCreator?: boolean };

// Enough history to tell "too old" from "no click"; attribution itself only looks back 14 days.
const LOOKBACK_DAYS = 60;
const MAX_CLICKS = 200;

type ClickRow = {
  i: number;
  id: string;
  clicked_at: Date | string;
  is_bot: boolean;
  link_id: string;
  creator_id: string;
  link_created_at: Date | string;
  code: string;
  handle: string | null;
  type: "product" | "showcase" | "campaign";
  product_id: string | null;
  campaign_id: string | null;
  creator_email: string;
  own_visitor: boolean;
};

/**
 * Buyers' clicks before their orders, with their links and, for showcase and campaign links, which
 * products those held over time: everything attributeOrderLine needs, for each (visitor, before)
 * asked, in the order asked. One statement for all of them (the newest 200 clicks of the last 60
 * days per visitor, through the (visitor_id, clicked_at) index), plus one per kind of list link.
 * Each click also says who its creator is for the self-referral rule: the creator's e-mail, and
 * whether the visitor is one of the creator's own (user_visitors, by its key).
 */
export async function clicksForAttribution(db: Database, wants: { visitorId: string; before: Date }[]): Promise<AttributionClick[][]> {
  if (wants.length === 0) return [];
  const rows = await executeRows<ClickRow>(
    db,
    sql`select w.i::int as i, c.id, c.clicked_at, c.is_bot, l.id as link_id, l.creator_id, l.created_at as link_created_at, l.type, l.product_id, l.campaign_id, l.code, cp.handle, u.email as creator_email,
               exists (select 1 from ${userVisitors} uv where uv.visitor_id = w.visitor_id and uv.user_id = l.creator_id) as own_visitor
        from unnest(${textArray(wants.map((w) => w.visitorId))}, ${timestampArray(wants.map((w) => w.before))}) with ordinality as w(visitor_id, before, i)
        cross join lateral (
          select ${clicks.id}, ${clicks.clickedAt}, ${clicks.isBot}, ${clicks.linkId} from ${clicks}
          where ${clicks.visitorId} = w.visitor_id and ${clicks.clickedAt} <= w.before and ${clicks.clickedAt} >= w.before - make_interval(days => ${LOOKBACK_DAYS})
          order by ${clicks.clickedAt} desc limit ${MAX_CLICKS}
        ) c
        join ${links} l on l.id = c.link_id
        join ${users} u on u.id = l.creator_id
        left join ${creatorProfiles} cp on cp.user_id = l.creator_id
        order by w.i, c.clicked_at desc`,
  );
  const creatorIds = [...new Set(rows.filter((r) => r.type === "showcase").map((r) => r.creator_id))];
  const campaignIds = [...new Set(rows.flatMap((r) => (r.type === "campaign" && r.campaign_id ? [r.campaign_id] : [])))];
  const [showcases, campaignItems] = await together([
    creatorIds.length ? db.select().from(showcaseItems).where(anyOf(showcaseItems.creatorId, creatorIds)) : [],
    campaignIds.length ? db.select().from(campaignProducts).where(anyOf(campaignProducts.campaignId, campaignIds)) : [],
  ]);
  const members = (items: { productId: string; addedAt: Date; removedAt: Date | null }[]): Membership[] =>
    items.map((i) => ({ productId: i.productId, addedAt: i.addedAt, removedAt: i.removedAt }));
  const out: AttributionClick[][] = wants.map(() => []);
  for (const row of rows) {
    const base = { id: row.link_id, creatorId: row.creator_id, createdAt: new Date(row.link_created_at), label: { code: row.code, handle: row.handle }, creatorEmail: row.creator_email };
    const link: AttributionLink =
      row.type === "product"
        ? { ...base, type: "product", productId: row.product_id! }
        : row.type === "showcase"
          ? { ...base, type: "showcase", products: members(showcases.filter((s) => s.creatorId === row.creator_id)) }
          : { ...base, type: "campaign", campaignId: row.campaign_id!, products: members(campaignItems.filter((c) => c.campaignId === row.campaign_id)) };
    out[row.i - 1]!.push({ id: row.id, clickedAt: new Date(row.clicked_at), isBot: row.is_bot, link, byCreator: row.own_visitor });
  }
  return out;
}

/** A buyer's clicks before an order (see clicksForAttribution). */
export async function visitorClicksForAttribution(db: Database, visitorId: string, before: Date): Promise<AttributionClick[]> {
  return (await clicksForAttribution(db, [{ visitorId, before }]))[0]!;
}

/** The visitors behind click ids that external checkouts passed back (aff_click); unknown ids are left out. */
export async function visitorsOfClicks(db: Database, clickIds: string[]): Promise<Map<string, string>> {
  if (clickIds.length === 0) return new Map();
  const rows = await db.select({ id: clicks.id, visitorId: clicks.visitorId }).from(clicks).where(anyOf(clicks.id, [...new Set(clickIds)]));
  return new Map(rows.map((r) => [r.id, r.visitorId]));
}

/** The visitor behind a click id that an external checkout passed back (aff_click). */
export async function visitorOfClick(db: Database, clickId: string): Promise<string | undefined> {
  return (await visitorsOfClicks(db, [clickId])).get(clickId);
}

/** The creators each shop has blocked: their clicks never earn there. */
export async function blockedCreatorsOfShops(db: Database, shopIds: string[]): Promise<Map<string, Set<string>>> {
  const out = new Map(shopIds.map((id) => [id, new Set<string>()]));
  if (shopIds.length === 0) return out;
  const rows = await db.select().from(shopBlockedCreators).where(anyOf(shopBlockedCreators.shopId, [...new Set(shopIds)]));
  for (const row of rows) out.get(row.shopId)!.add(row.creatorId);
  return out;
}

export async function blockedCreatorIds(db: Database, shopId: string): Promise<Set<string>> {
  return (await blockedCreatorsOfShops(db, [shopId])).get(shopId)!;
}

export async function blockCreator(db: Database, params: { shopId: string; creatorId: string; reason: string; at: Date }) {
  await db
    .insert(shopBlockedCreators)
    .values({ shopId: params.shopId, creatorId: params.creatorId, reason: params.reason, blockedAt: params.at })
    .onConflictDoNothing();
}

/**
 * Remembers that a signed-in user's browser carries this visitor cookie (the self-referral rule:
 * a click from the creator's own browser earns the creator nothing). Once per pair; later sightings
 * write nothing.
 */
export async function rememberUserVisitor(db: Database, params: { userId: string; visitorId: string; at: Date }): Promise<void> {
  await db.insert(userVisitors).values({ userId: params.userId, visitorId: params.visitorId, firstSeenAt: params.at }).onConflictDoNothing();
}
