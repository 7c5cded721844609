import "server-only";
import type { LinkListFilters, LinkSort, LinkState } from "@/db/queries/creator-links";
import { channelEnum, linkTypeEnum } from "@/db/schema";
import { isId } from "@/lib/ids";
import { isCurrencyCode } from "@/lib/money/currencies";
import { oneOf, pageNumber } from "./search-params";
import { isStorableText } from "./text";

/** The link list's query-string keys, read with readSearchParams (one string or nothing each). */
export const LINK_LIST_KEYS = ["q", "type", "channel", "shop", "state", "sort", "page"] as const;
export type LinkListQuery = { [K in (typeof LINK_LIST_KEYS)[number]]?: string };

/** The list's link states (db/queries/creator-links.ts `LinkState`). */
export const LINK_STATES = ["earning", "expired", "disabled"] as const satisfies readonly LinkState[];

const MAX_SEARCH = 100;

function readSort(value: string | undefined): LinkSort {
  const by = oneOf(value, ["newest", "clicks", "orders"] as const);
  if (by) return { by };
  const currency = value?.startsWith("earnings:") ? value.slice("earnings:".length) : undefined;
  return isCurrencyCode(currency) ? { by: "earnings", currency } : { by: "newest" };
}

export function linkSortValue(sort: LinkSort): string {
  return sort.by === "earnings" ? `earnings:${sort.currency}` : sort.by;
}

/**
 * The list's filters from the query string, and the query that applied them (for the form and the
 * pages): anything malformed is left out, never an error.
 */
export function linkListFilters(query: LinkListQuery): { filters: LinkListFilters; applied: LinkListQuery } {
  const search = query.q?.trim().slice(0, MAX_SEARCH);
  const type = oneOf(query.type, linkTypeEnum.enumValues);
  const channel = oneOf(query.channel, channelEnum.enumValues);
  const shopId = isId(query.shop, "shp") ? query.shop : undefined;
  const state = oneOf(query.state, LINK_STATES);
  const sort = readSort(query.sort);
  const q = search && isStorableText(search) ? search : undefined;
  return {
    filters: { search: q, type, channel, shopId, state, sort, page: pageNumber(query.page) },
    applied: { q, type, channel, shop: shopId, state, sort: sort.by === "newest" ? undefined : linkSortValue(sort) },
  };
}
