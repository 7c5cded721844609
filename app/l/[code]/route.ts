import { publicRoute, type RouteContext } from "@/server/public-route";
import { now } from "@/lib/clock";
import { followShortLink } from "@/lib/links/follow";
import { linkRuntime } from "@/lib/links/runtime";
import { VISITOR_COOKIE, readCookie, visitorCookie, visitorIdFrom } from "@/lib/links/visitors";
import { clientIp } from "@/lib/privacy/hash-ip";
import { linkErrorPage } from "./pages";

export const dynamic = "force-dynamic";

/**
 * GET /l/<code>: the buyer's hot path. Looks the code up (cached for a few seconds per process),
 * stores the click (group commit), refreshes the 14-day visitor cookie and answers 302. The
 * destination comes only from the database.
 */
async function follow(request: Request, { params }: RouteContext<{ code: string }>): Promise<Response> {
  const { code } = await params;
  const headers = request.headers;
  const result = await followShortLink(linkRuntime().deps, {
    code,
    method: request.method,
    userAgent: headers.get("user-agent"),
    referrer: headers.get("referer"),
    ip: clientIp(headers),
    visitorId: visitorIdFrom(readCookie(headers.get("cookie"), VISITOR_COOKIE)),
    at: now(),
  });
  if (result.status !== 302) return linkErrorPage(result.status, headers);
  const response = new Response(null, { status: 302, headers: { Location: result.location, "Cache-Control": "no-store" } });
  if (result.visitorId) {
    const secure = new URL(request.url).protocol === "https:" || headers.get("x-forwarded-proto") === "https";
    response.headers.append("Set-Cookie", visitorCookie(result.visitorId, secure));
  }
  return response;
}

export const GET = publicRoute(follow);
export const HEAD = publicRoute(follow);
