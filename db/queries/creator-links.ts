import "server-only";
import { and, asc, count, desc, eq, gt, ilike, inArray, isNotNull, isNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { CurrencyCode } from "@/lib/money/currencies";
import type { Database } from "../client";
import { escapeLike } from "../sql-helpers";
import { campaigns, clicks, commissions, links, orderLines, products, shops, type Channel, type LinkType } from "../schema";

/**
 * A creator's own links. Every query has the creator in its WHERE clause: another creator's link id
 * finds nothing (the QR download and the link page rely on that).
 */

const renewal = alias(links, "renewal");

const targetColumns = {
  id: links.id,
  code: links.code,
  type: links.type,
  channel: links.channel,
  subId: links.subId,
  createdAt: links.createdAt,
  earnsUntil: links.earnsUntil,
  disabledAt: links.disabledAt,
  productId: links.productId,
  productTitle: products.title,
  productStatus: products.status,
  productImageMediaId: products.imageMediaId,
  campaignId: links.campaignId,
  campaignName: campaigns.name,
  campaignEndsAt: campaigns.endsAt,
  /** The link that renewed this one, once it was renewed. */
  renewedById: renewal.id,
};

/** A link's state on the list: still earning, past its 100 days, or switched off by the creator. */
export type LinkState = "earning" | "expired" | "disabled";

/** The list's sorts. Earnings are never summed across currencies, so "most earned" is in one currency. */
export type LinkSort = { by: "newest" | "clicks" | "orders" } | { by: "earnings"; currency: CurrencyCode };

export type LinkListFilters = { search?: string; type?: LinkType; channel?: Channel; shopId?: string; state?: LinkState; sort: LinkSort; page: number };

export type LinkEarning = { currency: CurrencyCode; amountMinor: number };

/** The shop a link sells for: its product's, or its campaign's (none for the platform's campaigns and the showcase). */
const linkShopId = sql<string | null>`coalesce(${products.shopId}, ${campaigns.shopId})`;

function listConditions(creatorId: string, filters: Partial<LinkListFilters>, at: Date): SQL[] {
  const conditions: SQL[] = [eq(links.creatorId, creatorId)];
  if (filters.type) conditions.push(eq(links.type, filters.type));
  if (filters.channel) conditions.push(eq(links.channel, filters.channel));
  if (filters.shopId) conditions.push(sql`${linkShopId} = ${filters.shopId}`);
  if (filters.state === "disabled") conditions.push(isNotNull(links.disabledAt));
  if (filters.state === "earning") conditions.push(isNull(links.disabledAt), gt(links.earnsUntil, at));
  if (filters.state === "expired") conditions.push(isNull(links.disabledAt), lte(links.earnsUntil, at));
  if (filters.search) {
    const pattern = `%${escapeLike(filters.search)}%`;
    conditions.push(or(ilike(products.title, pattern), ilike(campaigns.name, pattern), ilike(links.code, pattern), ilike(links.subId, pattern))!);
  }
  return conditions;
}

/**
 * One page of the creator's links with, per link, its non-bot clicks and unique clicks, the orders
 * and items it brought and what it earned per currency (commissions in every state but reversed),
 * and the number of links that match: one statement. Sorted newest first, the page is picked first
 * so only its clicks and commissions are counted; sorted by a figure, every matching link's are.
 */
export async function listCreatorLinks(db: Database, creatorId: string, options: Partial<LinkListFilters> & { at: Date; pageSize?: number }) {
  const pageSize = Math.min(Math.max(options.pageSize ?? 25, 1), 100);
  const page = Math.max(options.page ?? 1, 1);
  const sort = options.sort ?? { by: "newest" };
  const where = and(...listConditions(creatorId, options, options.at));
  const matching = () => db.select({ id: links.id }).from(links).leftJoin(products, eq(products.id, links.productId)).leftJoin(campaigns, eq(campaigns.id, links.campaignId)).where(where);
  const newest = sort.by === "newest";
  const scope = newest ? matching().orderBy(desc(links.createdAt), desc(links.id)).limit(pageSize).offset((page - 1) * pageSize) : matching();

  const clickStats = db
    .select({
      linkId: clicks.linkId,
      clicks: sql<number>`count(*) filter (where not ${clicks.isBot})`.as("clicks"),
      uniqueClicks: sql<number>`count(*) filter (where ${clicks.isUnique} and not ${clicks.isBot})`.as("unique_clicks"),
    })
    .from(clicks)
    .where(inArray(clicks.linkId, scope))
    .groupBy(clicks.linkId)
    .as("click_stats");
  // Per link and currency first (an order is in one currency, so its orders add up across currencies).
  const perCurrency = db
    .select({
      linkId: commissions.linkId,
      currency: commissions.currency,
      orders: sql<number>`count(distinct ${orderLines.orderId})`.as("orders"),
      items: sql<number>`sum(${orderLines.quantity} - ${orderLines.refundedQuantity} - ${orderLines.cancelledQuantity})`.as("items"),
      amountMinor: sql<number>`sum(${commissions.amountMinor})`.as("amount_minor"),
    })
    .from(commissions)
    .innerJoin(orderLines, eq(orderLines.id, commissions.orderLineId))
    .where(and(eq(commissions.creatorId, creatorId), ne(commissions.state, "reversed"), inArray(commissions.linkId, scope)))
    .groupBy(commissions.linkId, commissions.currency)
    .as("per_currency");
  const sales = db
    .select({
      linkId: perCurrency.linkId,
      orders: sql<number>`sum(${perCurrency.orders})`.as("orders"),
      items: sql<number>`sum(${perCurrency.items})`.as("items"),
      earnings: sql<string>`json_agg(json_build_object('currency', ${perCurrency.currency}, 'amountMinor', ${perCurrency.amountMinor}) order by ${perCurrency.currency})`.as("earnings"),
      sortEarnings: (sort.by === "earnings" ? sql<number>`coalesce(sum(${perCurrency.amountMinor}) filter (where ${perCurrency.currency} = ${sort.currency}), 0)` : sql<number>`0`).as("sort_earnings"),
    })
    .from(perCurrency)
    .groupBy(perCurrency.linkId)
    .as("sales");

  const figure = { clicks: sql`coalesce(${clickStats.clicks}, 0)`, orders: sql`coalesce(${sales.orders}, 0)`, earnings: sql`coalesce(${sales.sortEarnings}, 0)` };
  const rows = await db
    .select({
      ...targetColumns,
      clicks: sql<number>`coalesce(${clickStats.clicks}, 0)`.mapWith(Number),
      uniqueClicks: sql<number>`coalesce(${clickStats.uniqueClicks}, 0)`.mapWith(Number),
      orders: sql<number>`coalesce(${sales.orders}, 0)`.mapWith(Number),
      items: sql<number>`coalesce(${sales.items}, 0)`.mapWith(Number),
      earnings: sql<LinkEarning[]>`coalesce(${sales.earnings}, '[]'::json)::text`.mapWith((text: string) => JSON.parse(text) as LinkEarning[]),
      total: sql<number>`(${db.select({ n: count() }).from(links).leftJoin(products, eq(products.id, links.productId)).leftJoin(campaigns, eq(campaigns.id, links.campaignId)).where(where)})`.mapWith(Number),
    })
    .from(links)
    .leftJoin(products, eq(products.id, links.productId))
    .leftJoin(campaigns, eq(campaigns.id, links.campaignId))
    .leftJoin(renewal, eq(renewal.renewsLinkId, links.id))
    .leftJoin(clickStats, eq(clickStats.linkId, links.id))
    .leftJoin(sales, eq(sales.linkId, links.id))
    .where(newest ? and(eq(links.creatorId, creatorId), inArray(links.id, scope)) : where)
    .orderBy(...(sort.by === "newest" ? [] : [sql`${figure[sort.by]} desc`]), desc(links.createdAt), desc(links.id))
    .limit(pageSize)
    .offset(newest ? 0 : (page - 1) * pageSize);
  return { rows, total: rows[0]?.total ?? 0, page, pageSize };
}

/** Whether the creator made any link at all (the list's "no links yet" against "no match"). */
export async function creatorHasLinks(db: Database, creatorId: string): Promise<boolean> {
  const [row] = await db.select({ id: links.id }).from(links).where(eq(links.creatorId, creatorId)).limit(1);
  return Boolean(row);
}

/** What the list's filters offer: the shops the creator's links sell for, and the currencies they earned in. */
export async function creatorLinkFacets(db: Database, creatorId: string) {
  const [shopRows, currencyRows] = await Promise.all([
    db
      .selectDistinct({ id: shops.id, name: shops.name })
      .from(links)
      .leftJoin(products, eq(products.id, links.productId))
      .leftJoin(campaigns, eq(campaigns.id, links.campaignId))
      .innerJoin(shops, eq(shops.id, linkShopId))
      .where(eq(links.creatorId, creatorId))
      .orderBy(asc(shops.name)),
    db
      .selectDistinct({ currency: commissions.currency })
      .from(commissions)
      .where(and(eq(commissions.creatorId, creatorId), ne(commissions.state, "reversed")))
      .orderBy(asc(commissions.currency)),
  ]);
  return { shops: shopRows, currencies: currencyRows.map((r) => r.currency) };
}

/** One of the creator's links with what it points at, or nothing when it is not theirs. */
export async function findCreatorLink(db: Database, { creatorId, linkId }: { creatorId: string; linkId: string }) {
  const [row] = await db
    .select(targetColumns)
    .from(links)
    .leftJoin(products, eq(products.id, links.productId))
    .leftJoin(campaigns, eq(campaigns.id, links.campaignId))
    .leftJoin(renewal, eq(renewal.renewsLinkId, links.id))
    .where(and(eq(links.creatorId, creatorId), eq(links.id, linkId)))
    .limit(1);
  return row;
}

/** Switches the creator's link off at `at`, once: a link already disabled keeps its first time. Nothing when it is not theirs. */
export async function markLinkDisabled(db: Database, { creatorId, linkId, at }: { creatorId: string; linkId: string; at: Date }) {
  await db
    .update(links)
    .set({ disabledAt: at })
    .where(and(eq(links.creatorId, creatorId), eq(links.id, linkId), isNull(links.disabledAt)));
  const [row] = await db
    .select({ id: links.id, disabledAt: links.disabledAt })
    .from(links)
    .where(and(eq(links.creatorId, creatorId), eq(links.id, linkId)))
    .limit(1);
  return row;
}

/** The link that renewed this one, if any. */
export async function findRenewal(db: Database, { creatorId, linkId }: { creatorId: string; linkId: string }) {
  const [row] = await db
    .select()
    .from(links)
    .where(and(eq(links.creatorId, creatorId), eq(links.renewsLinkId, linkId)))
    .limit(1);
  return row;
}

/**
 * For the minute job (not one creator's: every link that is due): links that stop earning after
 * `at` and by `noticeBefore`, not disabled and not yet noticed, marked noticed at `at` in the
 * caller's transaction. Rows another process is marking are skipped (SKIP LOCKED), and the
 * `expiry_notice_at is null` test runs again under the lock, so every link is claimed once.
 */
export async function claimExpiringLinks(tx: Database, { at, noticeBefore, limit }: { at: Date; noticeBefore: Date; limit: number }) {
  const due = await tx
    .select({ id: links.id, creatorId: links.creatorId, type: links.type, earnsUntil: links.earnsUntil, productTitle: products.title, campaignName: campaigns.name })
    .from(links)
    .leftJoin(products, eq(products.id, links.productId))
    .leftJoin(campaigns, eq(campaigns.id, links.campaignId))
    .where(and(isNull(links.expiryNoticeAt), isNull(links.disabledAt), gt(links.earnsUntil, at), lte(links.earnsUntil, noticeBefore)))
    .orderBy(asc(links.earnsUntil), asc(links.id))
    .limit(limit)
    .for("update", { of: links, skipLocked: true });
  if (due.length === 0) return [];
  await tx
    .update(links)
    .set({ expiryNoticeAt: at })
    .where(inArray(links.id, due.map((d) => d.id)));
  return due;
}

export type CreatorLinkRow = Awaited<ReturnType<typeof listCreatorLinks>>["rows"][number];
export type CreatorLink = NonNullable<Awaited<ReturnType<typeof findCreatorLink>>>;
