import "server-only";
import { and, asc, desc, eq, gte, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { arrayOf, escapeLike } from "../sql-helpers";
import { campaigns, commissions, creatorProfiles, links, orderLines, orders, products, shopBlockedCreators, shopCreatorTags, targetedPlanCreators, targetedPlans } from "../schema";

export const MAX_TAGS_PER_CREATOR = 20;

/** Creators who linked the shop's products or campaigns, or earned on its orders. */
const partnersOf = (shopId: string) => sql`(
  select ${links.creatorId} from ${links}
  where ${links.productId} in (select ${products.id} from ${products} where ${products.shopId} = ${shopId})
     or ${links.campaignId} in (select ${campaigns.id} from ${campaigns} where ${campaigns.shopId} = ${shopId})
  union
  select ${commissions.creatorId} from ${commissions}
  join ${orderLines} on ${orderLines.id} = ${commissions.orderLineId}
  join ${orders} on ${orders.id} = ${orderLines.orderId}
  where ${orders.shopId} = ${shopId})`;

export type ShopCreator = {
  userId: string;
  handle: string;
  displayName: string;
  avatarMediaId: string | null;
  followerCount: number;
  categories: string[];
  blockedAt: Date | null;
  tags: string[];
  plans: string[];
};

const tagsOf = (shopId: string) =>
  sql<string[]>`coalesce((select array_agg(${shopCreatorTags.tag} order by ${shopCreatorTags.tag}) from ${shopCreatorTags} where ${shopCreatorTags.shopId} = ${shopId} and ${shopCreatorTags.creatorId} = ${creatorProfiles.userId}), '{}')`;
/** The shop's plans the creator is invited to (a withdrawn invitation no longer counts). */
const plansOf = (shopId: string) =>
  sql<string[]>`coalesce((select array_agg(${targetedPlans.name} order by ${targetedPlans.name}) from ${targetedPlanCreators} join ${targetedPlans} on ${targetedPlans.id} = ${targetedPlanCreators.planId} where ${targetedPlans.shopId} = ${shopId} and ${targetedPlanCreators.creatorId} = ${creatorProfiles.userId} and ${targetedPlanCreators.status} <> 'withdrawn'), '{}')`;

function shopCreatorColumns(shopId: string) {
  return {
    userId: creatorProfiles.userId,
    handle: creatorProfiles.handle,
    displayName: creatorProfiles.displayName,
    avatarMediaId: creatorProfiles.avatarMediaId,
    followerCount: creatorProfiles.followerCount,
    categories: creatorProfiles.categories,
    blockedAt: shopBlockedCreators.blockedAt,
    tags: tagsOf(shopId),
    plans: plansOf(shopId),
  };
}

const searchCreators = (q: string) => (q ? or(ilike(creatorProfiles.handle, `%${escapeLike(q)}%`), ilike(creatorProfiles.displayName, `%${escapeLike(q)}%`)) : undefined);

/** The shop's creators (who linked or sold its products), with its tags, its plans they are in, and whether it blocked them. */
export async function listShopCreators(db: Database, shopId: string, filters: { q?: string; tag?: string; blocked?: boolean }): Promise<ShopCreator[]> {
  const rows = await db
    .select(shopCreatorColumns(shopId))
    .from(creatorProfiles)
    .leftJoin(shopBlockedCreators, and(eq(shopBlockedCreators.shopId, shopId), eq(shopBlockedCreators.creatorId, creatorProfiles.userId)))
    .where(
      and(
        sql`${creatorProfiles.userId} in ${partnersOf(shopId)}`,
        searchCreators(filters.q ?? ""),
        filters.tag ? sql`exists (select 1 from ${shopCreatorTags} where ${shopCreatorTags.shopId} = ${shopId} and ${shopCreatorTags.creatorId} = ${creatorProfiles.userId} and ${shopCreatorTags.tag} = ${filters.tag})` : undefined,
        filters.blocked === undefined ? undefined : filters.blocked ? sql`${shopBlockedCreators.creatorId} is not null` : isNull(shopBlockedCreators.creatorId),
      ),
    )
    .orderBy(asc(creatorProfiles.handle))
    .limit(500);
  return rows.map((r) => ({ ...r, tags: arrayOf(r.tags), plans: arrayOf(r.plans) }));
}

/** One creator as the shop sees them, whether or not they ever worked with it; undefined when there is no such creator. */
export async function findShopCreator(db: Database, shopId: string, creatorId: string): Promise<(ShopCreator & { bio: string; partner: boolean }) | undefined> {
  const [row] = await db
    .select({ ...shopCreatorColumns(shopId), bio: creatorProfiles.bio, partner: sql<boolean>`${creatorProfiles.userId} in ${partnersOf(shopId)}` })
    .from(creatorProfiles)
    .leftJoin(shopBlockedCreators, and(eq(shopBlockedCreators.shopId, shopId), eq(shopBlockedCreators.creatorId, creatorProfiles.userId)))
    .where(eq(creatorProfiles.userId, creatorId));
  return row ? { ...row, tags: arrayOf(row.tags), plans: arrayOf(row.plans), partner: Boolean(row.partner) } : undefined;
}

/** Every tag the shop uses, for the filter. */
export async function shopTags(db: Database, shopId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ tag: shopCreatorTags.tag }).from(shopCreatorTags).where(eq(shopCreatorTags.shopId, shopId)).orderBy(asc(shopCreatorTags.tag));
  return rows.map((r) => r.tag);
}

export type DiscoveredCreator = { userId: string; handle: string; displayName: string; avatarMediaId: string | null; followerCount: number; categories: string[]; orders90d: number };

/**
 * Every creator, for a seller looking for new ones: by category and verified followers, with the
 * orders they brought any shop in the last 90 days (a count: money in several currencies does not add up).
 */
export async function discoverCreators(db: Database, filters: { q?: string; category?: string; minFollowers?: number; since: Date; page: number; pageSize: number }) {
  // Every creator's orders since `since`, grouped once (one pass over the period's commissions and
  // a hash join to their lines) rather than counted again for each creator the search matches.
  const sold = sql`(select cm.creator_id, count(distinct ol.order_id)::int as n from commissions cm join order_lines ol on ol.id = cm.order_line_id
    where cm.earned_at >= ${filters.since.toISOString()}::timestamptz and cm.state <> 'reversed' group by cm.creator_id) sold`;
  const orders90d = sql<number>`coalesce(sold.n, 0)`.mapWith(Number);
  const where = and(
    searchCreators(filters.q ?? ""),
    filters.category ? sql`${filters.category} = any(${creatorProfiles.categories})` : undefined,
    filters.minFollowers ? gte(creatorProfiles.followerCount, filters.minFollowers) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        userId: creatorProfiles.userId,
        handle: creatorProfiles.handle,
        displayName: creatorProfiles.displayName,
        avatarMediaId: creatorProfiles.avatarMediaId,
        followerCount: creatorProfiles.followerCount,
        categories: creatorProfiles.categories,
        orders90d,
      })
      .from(creatorProfiles)
      .leftJoin(sold, sql`sold.creator_id = ${creatorProfiles.userId}`)
      .where(where)
      .orderBy(desc(orders90d), desc(creatorProfiles.followerCount), asc(creatorProfiles.handle))
      .limit(filters.pageSize)
      .offset((filters.page - 1) * filters.pageSize),
    db.select({ n: sql<number>`count(*)::int`.mapWith(Number) }).from(creatorProfiles).where(where),
  ]);
  return { rows: rows as DiscoveredCreator[], total: total?.n ?? 0 };
}

/** The categories creators chose, for the discovery filter. */
export async function creatorCategories(db: Database): Promise<string[]> {
  const rows = await db.execute(sql`select distinct unnest(${creatorProfiles.categories}) as category from ${creatorProfiles} order by 1`);
  const list = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { category: string }[] }).rows) as { category: string }[];
  return list.map((r) => r.category);
}

/** Adds a tag in the first free slot of 20; false when all 20 are taken (the slot's unique key settles a race). */
export async function insertCreatorTag(db: Database, row: { shopId: string; creatorId: string; tag: string; at: Date }): Promise<"added" | "exists" | "full"> {
  const inserted = await db.execute(sql`
    insert into ${shopCreatorTags} (shop_id, creator_id, tag, slot, created_at)
    select ${row.shopId}, ${row.creatorId}, ${row.tag}, s, ${row.at.toISOString()}::timestamptz
    from generate_series(1, ${MAX_TAGS_PER_CREATOR}) s
    where s not in (select slot from ${shopCreatorTags} where shop_id = ${row.shopId} and creator_id = ${row.creatorId})
    order by s limit 1
    on conflict (shop_id, creator_id, tag) do nothing
    returning slot`);
  const list = Array.isArray(inserted) ? inserted : (inserted as unknown as { rows: unknown[] }).rows;
  if (list.length > 0) return "added";
  const [existing] = await db
    .select({ tag: shopCreatorTags.tag })
    .from(shopCreatorTags)
    .where(and(eq(shopCreatorTags.shopId, row.shopId), eq(shopCreatorTags.creatorId, row.creatorId), eq(shopCreatorTags.tag, row.tag)));
  return existing ? "exists" : "full";
}

export async function deleteCreatorTag(db: Database, row: { shopId: string; creatorId: string; tag: string }) {
  await db.delete(shopCreatorTags).where(and(eq(shopCreatorTags.shopId, row.shopId), eq(shopCreatorTags.creatorId, row.creatorId), eq(shopCreatorTags.tag, row.tag)));
}

export async function deleteCreatorBlock(db: Database, shopId: string, creatorId: string): Promise<boolean> {
  const rows = await db.delete(shopBlockedCreators).where(and(eq(shopBlockedCreators.shopId, shopId), eq(shopBlockedCreators.creatorId, creatorId))).returning();
  return rows.length > 0;
}


/** True when the block is new (a creator already blocked stays blocked from the first time). */
export async function insertCreatorBlock(db: Database, row: { shopId: string; creatorId: string; reason: string; at: Date }): Promise<boolean> {
  const rows = await db.insert(shopBlockedCreators).values({ shopId: row.shopId, creatorId: row.creatorId, reason: row.reason, blockedAt: row.at }).onConflictDoNothing().returning();
  return rows.length > 0;
}

/** The creators among `creatorIds` the shop has blocked. */
export async function blockedAmong(db: Database, { shopId, creatorIds }: { shopId: string; creatorIds: string[] }): Promise<string[]> {
  if (creatorIds.length === 0) return [];
  const rows = await db
    .select({ creatorId: shopBlockedCreators.creatorId })
    .from(shopBlockedCreators)
    .where(and(eq(shopBlockedCreators.shopId, shopId), inArray(shopBlockedCreators.creatorId, creatorIds)));
  return rows.map((r) => r.creatorId);
}
