import "server-only";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { arrayLiteral, textArray } from "../bulk";
import { campaigns, clicks, creatorProfiles, creatorClickHours, linkClickDays, links, shopClickHours, products, shopBlockedCreators, shopDomains, shops, type Channel, type Link, type LinkType } from "../schema";

/**
 * What the redirect needs about a code, in one query: the link and where it points, and for a
 * product with an external URL the domains its shop has verified now (lib/links/follow.ts sends
 * buyers there only if the URL is on one of them, else to /p/<id>).
 */
export async function findLinkForRedirect(db: Database, code: string) {
  const [row] = await db
    .select({
      id: links.id,
      type: links.type,
      creatorId: links.creatorId,
      earnsUntil: links.earnsUntil,
      disabledAt: links.disabledAt,
      productId: products.id,
      productStatus: products.status,
      externalUrl: products.externalUrl,
      verifiedDomains: sql<string[] | null>`case when ${products.externalUrl} is null then null else array(select ${shopDomains.domain} from ${shopDomains} where ${shopDomains.shopId} = ${products.shopId} and ${shopDomains.state} = 'verified') end`,
      shopSlug: shops.slug,
      campaignSlug: campaigns.slug,
      creatorHandle: creatorProfiles.handle,
    })
    .from(links)
    .leftJoin(products, eq(products.id, links.productId))
    .leftJoin(shops, eq(shops.id, products.shopId))
    .leftJoin(campaigns, eq(campaigns.id, links.campaignId))
    .innerJoin(creatorProfiles, eq(creatorProfiles.userId, links.creatorId))
    .where(eq(links.code, code))
    .limit(1);
  return row;
}

export type RedirectLink = NonNullable<Awaited<ReturnType<typeof findLinkForRedirect>>>;

export type NewClick = {
  id: string;
  linkId: string;
  clickedAt: Date;
  visitorId: string;
  ipHash: string | null;
  userAgent: string | null;
  referrer: string | null;
  isBot: boolean;
  earning: boolean;
  /** False when an earlier click of the same batch already was this visitor's on this link. */
  uniqueCandidate: boolean;
};

const countColumns = sql.raw(`count(*) filter (where not is_bot), count(*) filter (where is_unique and not is_bot), count(*) filter (where is_bot)`);
/** A link's shop, with its product aliased p and its campaign k: the product's, or the campaign's (a platform campaign's and a showcase's: none). */
const shopOfLink = sql.raw(`coalesce(p.shop_id, k.shop_id)`);
const addCounts = (table: typeof linkClickDays | typeof creatorClickHours | typeof shopClickHours) =>
  sql`clicks = ${table}.clicks + excluded.clicks, unique_clicks = ${table}.unique_clicks + excluded.unique_clicks, bot_clicks = ${table}.bot_clicks + excluded.bot_clicks`;

/**
 * Stores a batch of clicks in one statement (the redirect's group commit), and adds them to the
 * counts per link and UTC day and per creator and per shop and UTC hour (db/schema/links.ts) in the same
 * statement, so the counts are exactly the stored clicks. A click is unique when it is not a bot and
 * the visitor has no click on the link in the hour before it; the check runs in the same statement.
 *
 * The text never changes with the batch's size (columns travel as one array parameter each), so
 * the driver prepares it once per connection. The counts are upserted in key order, so two batches
 * that touch the same rows lock them in the same order.
 */
export async function insertClicks(db: Database, batch: readonly NewClick[], options: { statementTimeoutMs?: number } = {}): Promise<void> {
  if (batch.length === 0) return;
  if (options.statementTimeoutMs) {
    // The timeout covers only this INSERT (SET LOCAL), so a stalled table fails the batch in bounded time.
    const ms = Math.round(options.statementTimeoutMs);
    await db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local statement_timeout = ${ms}`));
      await insertClicks(tx, batch);
    });
    return;
  }
  const texts = (pick: (c: NewClick) => string | null) => sql`${arrayLiteral(batch.map(pick))}::text[]`;
  const flags = (pick: (c: NewClick) => boolean) => sql`${arrayLiteral(batch.map((c) => (pick(c) ? "t" : "f")))}::boolean[]`;
  await db.execute(sql`
    with v as (
      select * from unnest(
        ${texts((c) => c.id)}, ${texts((c) => c.linkId)}, ${arrayLiteral(batch.map((c) => c.clickedAt.toISOString()))}::timestamptz[],
        ${texts((c) => c.visitorId)}, ${texts((c) => c.ipHash)}, ${texts((c) => c.userAgent)}, ${texts((c) => c.referrer)},
        ${flags((c) => c.isBot)}, ${flags((c) => c.earning)}, ${flags((c) => c.uniqueCandidate && !c.isBot)}
      ) as v(id, link_id, clicked_at, visitor_id, ip_hash, user_agent, referrer, is_bot, earning, candidate)
    ),
    stored as (
      insert into ${clicks} (id, link_id, clicked_at, visitor_id, ip_hash, user_agent, referrer, is_bot, earning, is_unique)
      select v.id, v.link_id, v.clicked_at, v.visitor_id, v.ip_hash, v.user_agent, v.referrer, v.is_bot, v.earning,
        v.candidate and not exists (
          select 1 from ${clicks} c
          where c.link_id = v.link_id and c.visitor_id = v.visitor_id
            and c.clicked_at > v.clicked_at - interval '1 hour' and c.clicked_at <= v.clicked_at
        )
      from v
      returning link_id, clicked_at, is_bot, is_unique
    ),
    owned as (
      select s.clicked_at, s.is_bot, s.is_unique, l.creator_id, ${shopOfLink} as shop_id
      from stored s inner join ${links} l on l.id = s.link_id
      left join ${products} p on p.id = l.product_id left join ${campaigns} k on k.id = l.campaign_id
    ),
    days as (
      insert into ${linkClickDays} (link_id, day, clicks, unique_clicks, bot_clicks)
      select link_id, (clicked_at at time zone 'UTC')::date, ${countColumns} from stored group by 1, 2 order by 1, 2
      on conflict (link_id, day) do update set ${addCounts(linkClickDays)}
    ),
    creator_hours as (
      insert into ${creatorClickHours} (creator_id, hour, clicks, unique_clicks, bot_clicks)
      select creator_id, date_trunc('hour', clicked_at, 'UTC'), ${countColumns} from owned group by 1, 2 order by 1, 2
      on conflict (creator_id, hour) do update set ${addCounts(creatorClickHours)}
    )
    insert into ${shopClickHours} (shop_id, hour, clicks, unique_clicks, bot_clicks)
    select shop_id, date_trunc('hour', clicked_at, 'UTC'), ${countColumns} from owned where shop_id is not null group by 1, 2 order by 1, 2
    on conflict (shop_id, hour) do update set ${addCounts(shopClickHours)}`);
}

/**
 * Counts the links' stored clicks afresh (their days, and the hours of their creators and shops over
 * all of those creators' and shops' links): for clicks written in bulk without the click writer (the seeds, tests
 * that set up history), and to repair the counts. Idempotent.
 */
export async function recountClicks(db: Database, linkIds: readonly string[]): Promise<void> {
  if (linkIds.length === 0) return;
  const chosen = textArray(linkIds);
  const creators = sql`(select distinct creator_id from ${links} where id = any(${chosen}))`;
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from ${linkClickDays} where link_id = any(${chosen})`);
    await tx.execute(sql`
      insert into ${linkClickDays} (link_id, day, clicks, unique_clicks, bot_clicks)
      select link_id, (clicked_at at time zone 'UTC')::date, ${countColumns} from ${clicks} where link_id = any(${chosen}) group by 1, 2`);
    await tx.execute(sql`delete from ${creatorClickHours} where creator_id in ${creators}`);
    await tx.execute(sql`
      insert into ${creatorClickHours} (creator_id, hour, clicks, unique_clicks, bot_clicks)
      select l.creator_id, date_trunc('hour', c.clicked_at, 'UTC'), ${countColumns}
      from ${clicks} c inner join ${links} l on l.id = c.link_id where l.creator_id in ${creators} group by 1, 2`);
    const linkShops = sql`from ${links} l left join ${products} p on p.id = l.product_id left join ${campaigns} k on k.id = l.campaign_id`;
    const shopIds = sql`(select distinct ${shopOfLink} ${linkShops} where l.id = any(${chosen}) and ${shopOfLink} is not null)`;
    await tx.execute(sql`delete from ${shopClickHours} where shop_id in ${shopIds}`);
    await tx.execute(sql`
      insert into ${shopClickHours} (shop_id, hour, clicks, unique_clicks, bot_clicks)
      select ${shopOfLink}, date_trunc('hour', c.clicked_at, 'UTC'), ${countColumns}
      from ${clicks} c inner join ${links} l on l.id = c.link_id left join ${products} p on p.id = l.product_id left join ${campaigns} k on k.id = l.campaign_id
      where ${shopOfLink} in ${shopIds} group by 1, 2`);
  });
}

export type LinkKey = { creatorId: string; type: LinkType; productId: string | null; campaignId: string | null; channel: Channel; subId: string };

/**
 * The creator's link for this target, channel and sub-id that still earns, if there is one: asking
 * twice gives the same link back rather than a second one.
 */
export async function findEarningLink(db: Database, key: LinkKey, at: Date): Promise<Link | undefined> {
  const [row] = await db
    .select()
    .from(links)
    .where(
      and(
        eq(links.creatorId, key.creatorId),
        eq(links.type, key.type),
        key.productId ? eq(links.productId, key.productId) : isNull(links.productId),
        key.campaignId ? eq(links.campaignId, key.campaignId) : isNull(links.campaignId),
        eq(links.channel, key.channel),
        eq(links.subId, key.subId),
        isNull(links.disabledAt),
        gt(links.earnsUntil, at),
      ),
    )
    .orderBy(desc(links.createdAt))
    .limit(1);
  return row;
}

export async function insertLink(db: Database, values: typeof links.$inferInsert): Promise<Link> {
  const [row] = await db.insert(links).values(values).returning();
  return row!;
}

/** Serialises link creation per creator (two quick clicks on "Get link" make one link). */
export async function lockCreatorLinks(db: Database, creatorId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`links:${creatorId}`}))`);
}

/** A product a creator may link: active and open to creators, in any shop. */
export async function findLinkableProduct(db: Database, productId: string) {
  const [row] = await db
    .select({ id: products.id, shopId: products.shopId, title: products.title, status: products.status, openToAffiliates: products.openToAffiliates })
    .from(products)
    .where(eq(products.id, productId))
    .limit(1);
  return row;
}

export async function findCampaignForLink(db: Database, campaignId: string) {
  const [row] = await db.select({ id: campaigns.id, shopId: campaigns.shopId, name: campaigns.name, endsAt: campaigns.endsAt }).from(campaigns).where(eq(campaigns.id, campaignId)).limit(1);
  return row;
}

export async function creatorFollowerCount(db: Database, creatorId: string): Promise<number | undefined> {
  const [row] = await db.select({ followers: creatorProfiles.followerCount }).from(creatorProfiles).where(eq(creatorProfiles.userId, creatorId)).limit(1);
  return row?.followers;
}

export async function isCreatorBlocked(db: Database, { shopId, creatorId }: { shopId: string; creatorId: string }): Promise<boolean> {
  const [row] = await db
    .select({ shopId: shopBlockedCreators.shopId })
    .from(shopBlockedCreators)
    .where(and(eq(shopBlockedCreators.shopId, shopId), eq(shopBlockedCreators.creatorId, creatorId)))
    .limit(1);
  return Boolean(row);
}
