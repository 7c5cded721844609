import "server-only";
import type { NewClick, RedirectLink } from "@/db/queries/links";
import { externalUrlOnVerifiedDomain } from "@/lib/catalogue/domains";
import { newId } from "@/lib/ids";
import { hashIp } from "@/lib/privacy/hash-ip";
import { linkDestination, type LinkTarget } from "./destination";
import type { CacheResult } from "./link-cache";
import { redirectMetrics } from "./metrics";
import { isUncountedRequest, newVisitorId } from "./visitors";

export type FollowInput = {
  code: string;
  method: string;
  userAgent: string | null;
  referrer: string | null;
  ip: string | null;
  /** The visitor id from the cookie, when the browser sent a valid one. */
  visitorId: string | null;
  at: Date;
};

export type FollowDeps = {
  lookup: (code: string) => Promise<CacheResult<RedirectLink | null>>;
  record: (click: NewClick) => Promise<void>;
  log?: (message: string, detail: Record<string, unknown>) => void;
};

export type FollowResult =
  | { status: 404 | 410 | 503 }
  | {
      status: 302;
      location: string;
      /** The visitor cookie to set (refreshed on every counted click), or null for bots and HEAD. */
      visitorId: string | null;
      clickId: string | null;
      /** Whether the click is in the database; null when it was not to be counted. */
      stored: boolean | null;
    };

const CODE = /^[A-Za-z0-9]{4,32}$/;
const MAX_HEADER = 512;

/** Whether the product's external URL is on a domain its shop has verified (DOMAIN: Shop domains). */
function externalUrlVerified(link: RedirectLink): boolean {
  return link.externalUrl !== null && externalUrlOnVerifiedDomain(link.externalUrl, link.verifiedDomains ?? []);
}

function targetOf(link: RedirectLink): LinkTarget {
  if (link.type === "showcase") return { type: "showcase", creatorHandle: link.creatorHandle };
  if (link.type === "campaign") return { type: "campaign", campaign: { slug: link.campaignSlug! } };
  return { type: "product", product: { id: link.productId!, status: link.productStatus!, externalUrl: link.externalUrl, externalUrlVerified: externalUrlVerified(link), shopSlug: link.shopSlug! } };
}

/**
 * A buyer follows /l/<code>. The click is stored before the answer, so no redirect is ever sent for
 * a click that was not stored, with one exception by design: when the database cannot take the
 * click, the buyer still goes to the product and the click is logged and counted as lost.
 */
export async function followShortLink(deps: FollowDeps, input: FollowInput): Promise<FollowResult> {
  if (!CODE.test(input.code)) return { status: 404 };
  let link: RedirectLink | null;
  try {
    const found = await deps.lookup(input.code);
    redirectMetrics[found.source === "fresh" ? "cacheFresh" : found.source === "stale" ? "cacheStale" : "cacheLoaded"]++;
    link = found.value;
  } catch (error) {
    redirectMetrics.lookupFailures++;
    deps.log?.("short link lookup failed", { code: input.code, error: String(error) });
    return { status: 503 };
  }
  if (!link) return { status: 404 };
  if (link.disabledAt && link.disabledAt <= input.at) return { status: 410 };

  const clickId = newId("clk");
  const { location } = linkDestination(targetOf(link), clickId);
  redirectMetrics.redirects++;
  if (input.method === "HEAD") {
    redirectMetrics.uncounted++;
    return { status: 302, location, visitorId: null, clickId: null, stored: null };
  }
  const isBot = isUncountedRequest(input.method, input.userAgent);
  if (isBot) redirectMetrics.uncounted++;
  const visitorId = input.visitorId ?? newVisitorId();
  const click: NewClick = {
    id: clickId,
    linkId: link.id,
    clickedAt: input.at,
    visitorId,
    ipHash: hashIp(input.ip),
    userAgent: input.userAgent?.slice(0, MAX_HEADER) ?? null,
    referrer: input.referrer?.slice(0, MAX_HEADER) ?? null,
    isBot,
    // Past its 100 days a link still takes the buyer to the product, but its clicks earn nothing.
    earning: input.at < link.earnsUntil,
    uniqueCandidate: true,
  };
  try {
    await deps.record(click);
    redirectMetrics.clicksStored++;
    return { status: 302, location, visitorId: isBot ? null : visitorId, clickId, stored: true };
  } catch (error) {
    redirectMetrics.clicksLost++;
    deps.log?.("click lost: the database did not take it", { clickId, linkId: link.id, error: String(error) });
    return { status: 302, location, visitorId: isBot ? null : visitorId, clickId, stored: false };
  }
}
