import "server-only";
import { z } from "zod";
import { isId } from "@/lib/ids";
import { oneOf, queryDay } from "./search-params";

const creatorId = z.string().refine((value) => isId(value, "usr"), "The creator was not found.");

/** Add or take off one of the shop's tags on a creator. */
export const creatorTagSchema = z.object({
  creatorId,
  op: z.enum(["add", "remove"]),
  tag: z.string().max(200, "A tag has 1 to 30 characters."),
});

/** Block (with an optional reason the seller keeps) or unblock a creator. */
export const creatorBlockSchema = z.object({
  creatorId,
  block: z.enum(["1", "0"]),
  reason: z.string().max(500, "Use at most 500 characters").default(""),
});

export const SHOP_CREATOR_QUERY_KEYS = ["tab", "q", "tag", "state", "category", "followers", "page", "period", "from", "to"] as const;

/** The creators page's query: your creators (search, tag, blocked) or the discovery tab (search, category, minimum followers). */
export function shopCreatorQuery(query: Partial<Record<(typeof SHOP_CREATOR_QUERY_KEYS)[number], string>>) {
  const followers = Number.parseInt(query.followers ?? "", 10);
  return {
    tab: oneOf(query.tab, ["yours", "discover"] as const) ?? "yours",
    q: (query.q ?? "").trim().slice(0, 100),
    tag: (query.tag ?? "").trim().slice(0, 30) || undefined,
    state: oneOf(query.state, ["all", "active", "blocked"] as const) ?? "all",
    category: (query.category ?? "").trim().slice(0, 50) || undefined,
    minFollowers: Number.isFinite(followers) && followers > 0 ? Math.min(followers, 100_000_000) : undefined,
    page: Math.max(1, Math.min(Number.parseInt(query.page ?? "1", 10) || 1, 1000)),
    period: { period: query.period, from: queryDay(query.from), to: queryDay(query.to) },
  };
}
