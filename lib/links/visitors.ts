import "server-only";
import { isbot } from "isbot";
import { randomCode } from "@/lib/ids";

/** The first-party visitor cookie: who clicked, for unique clicks and for attribution at checkout. */
export const VISITOR_COOKIE = "ls_vid";
export const VISITOR_COOKIE_DAYS = 14;
const VISITOR_ID = /^v_[0-9A-Za-z]{24}$/;

export function newVisitorId(): string {
  return `v_${randomCode(24)}`;
}

/** The visitor id from the cookie when it is one of ours; anything else is replaced. */
export function visitorIdFrom(cookieValue: string | undefined | null): string | null {
  return cookieValue && VISITOR_ID.test(cookieValue) ? cookieValue : null;
}

/** Set on every click, so the 14 days run from the latest click. */
export function visitorCookie(visitorId: string, secure: boolean): string {
  const parts = [`${VISITOR_COOKIE}=${visitorId}`, "Path=/", `Max-Age=${VISITOR_COOKIE_DAYS * 86_400}`, "HttpOnly", "SameSite=Lax"];
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return null;
}

/**
 * Bots, link-preview crawlers (Slack, WhatsApp, Facebook, X...) and HEAD requests are redirected
 * but never counted: they are not buyers. The list is the maintained `isbot` package.
 */
export function isUncountedRequest(method: string, userAgent: string | null): boolean {
  if (method === "HEAD") return true;
  if (!userAgent) return true;
  return isbot(userAgent);
}
