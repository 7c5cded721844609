import "server-only";
import { z } from "zod";
import { OPEN_PRODUCT_SORTS, type OpenProductFilters } from "@/db/queries/open-catalogue";
import { isCurrencyCode, parseMoney, type CurrencyCode } from "@/lib/money";
import { oneOf, pageNumber, type PageSearchParams, readSearchParams } from "./search-params";

/** Save a product to the creator's favourites, or take it out: the state wanted, so a repeat changes nothing. */
export const favouriteSchema = z.object({
  productId: z.string().trim().min(1).max(40),
  saved: z.enum(["1", "0"]).transform((value) => value === "1"),
});

/** The marketplace's query string: every filter and sort of /creator/products (and the shop page's sort). */
export const MARKETPLACE_QUERY_KEYS = ["q", "category", "shop", "currency", "min", "max", "rmin", "rmax", "campaign", "saved", "sort", "page"] as const;
export type MarketplaceQuery = { [K in (typeof MARKETPLACE_QUERY_KEYS)[number]]?: string };

/** A price bound typed in the chosen currency ("150.000", "12.50"), or nothing when it does not read as one. */
function priceBound(value: string | undefined, currency: CurrencyCode | undefined): number | undefined {
  if (!value?.trim() || !currency) return undefined;
  const parsed = parseMoney(value.slice(0, 30), currency);
  return parsed.ok ? parsed.minor : undefined;
}

/** A rate bound typed as a percentage ("12", "12.5", "12,5") in basis points, within 0–100 %; anything else is no bound. */
export function rateBound(value: string | undefined): number | undefined {
  const text = value?.trim().replace(",", ".");
  if (!text || !/^\d{1,3}(\.\d{1,2})?$/.test(text)) return undefined;
  const bps = Math.round(Number(text) * 100);
  return bps <= 10_000 ? bps : undefined;
}

/**
 * The filters a query string asks for, and the query to keep in the page links (only what was
 * understood). A hostile or mistyped value shows the list unfiltered by it rather than failing.
 */
export function marketplaceFilters(raw: PageSearchParams): { filters: OpenProductFilters & { sort: NonNullable<OpenProductFilters["sort"]> }; query: MarketplaceQuery } {
  const query = readSearchParams(raw, MARKETPLACE_QUERY_KEYS);
  const currency = isCurrencyCode(query.currency) ? query.currency : undefined;
  const filters = {
    q: query.q?.slice(0, 100) || undefined,
    category: query.category?.slice(0, 100) || undefined,
    shopId: query.shop?.slice(0, 40) || undefined,
    currency,
    minPriceMinor: priceBound(query.min, currency),
    maxPriceMinor: priceBound(query.max, currency),
    minRateBps: rateBound(query.rmin),
    maxRateBps: rateBound(query.rmax),
    inCampaign: query.campaign === "1",
    favourites: query.saved === "1",
    sort: oneOf(query.sort, OPEN_PRODUCT_SORTS) ?? "rate",
    page: pageNumber(query.page),
  };
  return {
    filters,
    query: {
      q: filters.q,
      category: filters.category,
      shop: filters.shopId,
      currency,
      min: filters.minPriceMinor !== undefined ? query.min : undefined,
      max: filters.maxPriceMinor !== undefined ? query.max : undefined,
      rmin: filters.minRateBps !== undefined ? query.rmin : undefined,
      rmax: filters.maxRateBps !== undefined ? query.rmax : undefined,
      campaign: filters.inCampaign ? "1" : undefined,
      saved: filters.favourites ? "1" : undefined,
      sort: filters.sort,
    },
  };
}
