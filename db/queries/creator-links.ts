import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { campaigns, clicks, links, products } from "../schema";

/**
 * A creator's own links. Every query has the creator in its WHERE clause: another creator's link id
 * finds nothing (the QR download and the link page rely on that).
 */

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
};


/**
 * One page of the creator's links, newest first, with their non-bot clicks and unique clicks and
 * the total number of links: one statement, the page picked first so only its clicks are counted.
 */
export async function listCreatorLinks(db: Database, creatorId: string, options: { page?: number; pageSize?: number } = {}) {
  const pageSize = Math.min(Math.max(options.pageSize ?? 25, 1), 100);
  const page = Math.max(options.page ?? 1, 1);
  const pageOfLinks = db
    .select({ id: links.id, createdAt: links.createdAt, total: sql<number>`count(*) over ()`.as("total") })
    .from(links)
    .where(eq(links.creatorId, creatorId))
    .orderBy(desc(links.createdAt), desc(links.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .as("page_links");
  const rows = await db
    .select({
      ...targetColumns,
      clicks: sql<number>`count(${clicks.id}) filter (where not ${clicks.isBot})`.mapWith(Number),
      uniqueClicks: sql<number>`count(${clicks.id}) filter (where ${clicks.isUnique} and not ${clicks.isBot})`.mapWith(Number),
      total: sql<number>`max(${pageOfLinks.total})`.mapWith(Number),
    })
    .from(pageOfLinks)
    .innerJoin(links, and(eq(links.id, pageOfLinks.id), eq(links.creatorId, creatorId)))
    .leftJoin(products, eq(products.id, links.productId))
    .leftJoin(campaigns, eq(campaigns.id, links.campaignId))
    .leftJoin(clicks, eq(clicks.linkId, links.id))
    .groupBy(links.id, products.id, campaigns.id)
    .orderBy(desc(links.createdAt), desc(links.id));
  return { rows, total: rows[0]?.total ?? 0, page, pageSize };
}

/** One of the creator's links with what it points at, or nothing when it is not theirs. */
export async function findCreatorLink(db: Database, { creatorId, linkId }: { creatorId: string; linkId: string }) {
  const [row] = await db
    .select(targetColumns)
    .from(links)
    .leftJoin(products, eq(products.id, links.productId))
    .leftJoin(campaigns, eq(campaigns.id, links.campaignId))
    .where(and(eq(links.creatorId, creatorId), eq(links.id, linkId)))
    .limit(1);
  return row;
}

export type CreatorLinkRow = Awaited<ReturnType<typeof listCreatorLinks>>["rows"][number];
export type CreatorLink = NonNullable<Awaited<ReturnType<typeof findCreatorLink>>>;
