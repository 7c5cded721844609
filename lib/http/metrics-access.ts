import "server-only";
import { timingSafeEqual } from "node:crypto";
import { normalizeIp, peerAddress } from "./trusted-proxies";

type HeaderReader = { get(name: string): string | null };

function isLoopback(ip: string | null): boolean {
  return ip !== null && (ip === "::1" || /^127\./.test(ip));
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Who may read /api/metrics. With METRICS_TOKEN: whoever sends it as a bearer token. Without: only a
 * request straight from this machine (the socket peer is loopback and no proxy relayed it, since a
 * proxy on the same host would make every visitor look local), which is how the benches and the
 * system tests read it and how a local scraper would. Anything else is refused.
 */
export function metricsAccess(headers: HeaderReader, token = process.env.METRICS_TOKEN): "ok" | "unauthorized" | "forbidden" {
  if (token) return sameText(headers.get("authorization") ?? "", `Bearer ${token}`) ? "ok" : "unauthorized";
  const peer = peerAddress(headers);
  // Next sets X-Forwarded-For to the socket's address when the request had none.
  const forwardedFor = headers.get("x-forwarded-for");
  const relayed = headers.get("forwarded") !== null || (forwardedFor !== null && normalizeIp(forwardedFor) !== peer);
  return isLoopback(peer) && !relayed ? "ok" : "forbidden";
}
