import "server-only";
import { BlockList, isIP } from "node:net";

/**
 * Which peers may tell us who the client is (X-Forwarded-For) and how it reached us
 * (X-Forwarded-Host, X-Forwarded-Proto): the addresses and CIDR ranges in TRUSTED_PROXIES,
 * comma-separated, e.g. `10.0.0.0/8, 127.0.0.1, fd00::/8`. Unset means none: the socket address is
 * the client and forwarding headers are ignored, since anyone can send them.
 */

/** The header scripts/next-server.ts sets from the socket's address (after deleting any inbound copy). */
export const CLIENT_IP_HEADER = "x-portal-client-ip";

type HeaderReader = { get(name: string): string | null };

/** `::ffff:127.0.0.1` (an IPv4 client on a dual-stack socket) is 127.0.0.1. */
export function normalizeIp(value: string | null | undefined): string | null {
  let ip = value?.trim();
  if (!ip) return null;
  if (ip.startsWith("[") && ip.endsWith("]")) ip = ip.slice(1, -1);
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(ip)) ip = ip.slice(7);
  return isIP(ip) ? ip.toLowerCase() : null;
}

let cached: { setting: string; list: BlockList } | null = null;

/** The parsed TRUSTED_PROXIES list (cached per setting: the redirect's hot path asks on every click). */
export function trustedProxies(setting = process.env.TRUSTED_PROXIES ?? ""): BlockList {
  if (cached?.setting === setting) return cached.list;
  const list = new BlockList();
  for (const entry of setting.split(",").map((part) => part.trim()).filter(Boolean)) {
    const [address, bits] = entry.split("/");
    const ip = normalizeIp(address);
    if (!ip) {
      console.warn(`[trusted-proxies] ignored ${JSON.stringify(entry)}: not an address or CIDR range`);
      continue;
    }
    const type = isIP(ip) === 6 ? "ipv6" : "ipv4";
    const prefix = bits === undefined ? null : Number(bits);
    if (prefix === null) list.addAddress(ip, type);
    else if (Number.isInteger(prefix) && prefix >= 0 && prefix <= (type === "ipv6" ? 128 : 32)) list.addSubnet(ip, prefix, type);
    else console.warn(`[trusted-proxies] ignored ${JSON.stringify(entry)}: bad prefix length`);
  }
  cached = { setting, list };
  return list;
}

export function isTrustedProxy(ip: string | null, list: BlockList = trustedProxies()): boolean {
  const normalized = normalizeIp(ip);
  return normalized !== null && list.check(normalized, isIP(normalized) === 6 ? "ipv6" : "ipv4");
}

/** The socket peer as the server process reported it; null under `next dev`, which does not set it. */
export function peerAddress(headers: HeaderReader): string | null {
  return normalizeIp(headers.get(CLIENT_IP_HEADER));
}

/** Whether the request reached us through a trusted proxy, whose forwarding headers then count. */
export function viaTrustedProxy(headers: HeaderReader, list: BlockList = trustedProxies()): boolean {
  return isTrustedProxy(peerAddress(headers), list);
}

/**
 * The client's address: the socket peer, or, while that peer is a trusted proxy, the X-Forwarded-For
 * entry it appended, walking from the right (each proxy appends the address it saw) and stopping at
 * the first address that is not a trusted proxy. Entries left of that are the client's own claims.
 */
export function resolveClientIp(headers: HeaderReader, list: BlockList = trustedProxies()): string | null {
  let client = peerAddress(headers);
  if (!client) return null;
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  while (isTrustedProxy(client, list) && forwarded.length > 0) {
    const next = normalizeIp(forwarded.pop());
    if (!next) break;
    client = next;
  }
  return client;
}
