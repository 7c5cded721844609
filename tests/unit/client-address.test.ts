import { afterEach, describe, expect, it } from "vitest";
import { clientIp, hashIp } from "@/lib/privacy/hash-ip";
import { resolveClientIp, trustedProxies } from "@/lib/http/trusted-proxies";

const saved = { TRUSTED_PROXIES: process.env.TRUSTED_PROXIES, IP_HASH_SECRET: process.env.IP_HASH_SECRET, AUTH_SECRET: process.env.AUTH_SECRET };

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/** What a request looks like once scripts/next-server.ts has put the socket's address in. */
const request = (peer: string | null, forwardedFor?: string, extra: Record<string, string> = {}) =>
  new Headers({ ...(peer ? { "x-portal-client-ip": peer } : {}), ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}), ...extra });

describe("the client's address", () => {
  it("is the socket address when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    delete process.env.TRUSTED_PROXIES;
    expect(clientIp(request("198.51.100.7", "1.2.3.4"))).toBe("198.51.100.7");
    expect(clientIp(request("198.51.100.7", undefined, { "x-real-ip": "1.2.3.4" }))).toBe("198.51.100.7");
  });

  it("is nobody's when the server process did not report the socket (next dev), rather than a spoofable header", () => {
    delete process.env.TRUSTED_PROXIES;
    expect(clientIp(request(null, "1.2.3.4", { "x-real-ip": "1.2.3.4" }))).toBeNull();
  });

  it("walks X-Forwarded-For from the right through trusted proxies only", () => {
    process.env.TRUSTED_PROXIES = "10.0.0.0/8, 127.0.0.1";
    // The client claimed 6.6.6.6; the edge proxy (10.0.0.5) saw 203.0.113.9; the local proxy saw 10.0.0.5.
    expect(clientIp(request("127.0.0.1", "6.6.6.6, 203.0.113.9, 10.0.0.5"))).toBe("203.0.113.9");
    // A peer that is not trusted is the client, even when it sends X-Forwarded-For.
    expect(clientIp(request("198.51.100.7", "6.6.6.6"))).toBe("198.51.100.7");
    // Everything trusted: the leftmost address is as far as we can know.
    expect(clientIp(request("127.0.0.1", "10.1.1.1"))).toBe("10.1.1.1");
  });

  it("understands IPv4 on a dual-stack socket and IPv6 ranges", () => {
    const list = trustedProxies("::1, fd00::/8");
    expect(resolveClientIp(request("::ffff:198.51.100.7"), list)).toBe("198.51.100.7");
    expect(resolveClientIp(request("::1", "2001:db8::1, fd00::2"), list)).toBe("2001:db8::1");
    expect(resolveClientIp(request("::1", "not-an-ip"), list)).toBe("::1");
  });
});

describe("hashing an address", () => {
  it("is keyed by a secret: another secret gives another hash, and no code constant alone reproduces it", () => {
    process.env.IP_HASH_SECRET = "first-secret-for-this-test";
    const first = hashIp("203.0.113.9");
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(hashIp("203.0.113.9")).toBe(first);
    expect(hashIp("203.0.113.10")).not.toBe(first);
    process.env.IP_HASH_SECRET = "second-secret-for-this-test";
    expect(hashIp("203.0.113.9")).not.toBe(first);
  });

  it("without IP_HASH_SECRET is derived from the auth secret", () => {
    delete process.env.IP_HASH_SECRET;
    process.env.AUTH_SECRET = "auth-secret-one";
    const one = hashIp("203.0.113.9");
    process.env.AUTH_SECRET = "auth-secret-two";
    expect(hashIp("203.0.113.9")).not.toBe(one);
    expect(hashIp(null)).toBeNull();
  });
});
