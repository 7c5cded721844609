import "server-only";
import { channelEnum, commissionStateEnum } from "@/db/schema";
import type { CreatorCommissionFilters } from "@/db/queries/creator-commissions";
import { isId } from "@/lib/ids";
import { dayRange, oneOf, pageNumber, queryDay } from "./search-params";

/** The creator's commission list's query-string keys, read with readSearchParams (one string or nothing each). */
export const COMMISSION_LIST_KEYS = ["state", "from", "to", "shop", "link", "channel", "page"] as const;
export type CommissionListQuery = { [K in (typeof COMMISSION_LIST_KEYS)[number]]?: string };

/**
 * The list's filters from the query string, and the query that applied them (for the form, the
 * pages and the CSV link): anything malformed is left out, never an error. The days are the reader's.
 */
export function commissionListFilters(query: CommissionListQuery, timeZone: string): { filters: CreatorCommissionFilters; applied: CommissionListQuery } {
  const { from, before } = dayRange(query, timeZone);
  const state = oneOf(query.state, commissionStateEnum.enumValues);
  const channel = oneOf(query.channel, channelEnum.enumValues);
  const shop = isId(query.shop, "shp") ? query.shop : undefined;
  const link = isId(query.link, "lnk") ? query.link : undefined;
  return {
    filters: { state, placedFrom: from, placedBefore: before, shopId: shop, linkId: link, channel, page: pageNumber(query.page) },
    applied: { state, from: queryDay(query.from), to: queryDay(query.to), shop, link, channel },
  };
}
