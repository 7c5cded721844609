import { describe, expect, it } from "vitest";
import { pageCsp, securityHeaders, STATIC_CSP } from "@/lib/http/security-headers";

const asObject = (pairs: Array<readonly [string, string]>) => Object.fromEntries(pairs.map(([name, value]) => [name.toLowerCase(), value]));

describe("security headers", () => {
  it("forbid framing, sniffing and full referrers on every answer, with HSTS only over https", () => {
    const http = asObject(securityHeaders({ https: false }));
    expect(http["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(http["x-frame-options"]).toBe("DENY");
    expect(http["x-content-type-options"]).toBe("nosniff");
    expect(http["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(http["strict-transport-security"]).toBeUndefined();
    expect(asObject(securityHeaders({ https: true }))["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
    expect(STATIC_CSP).toContain("script-src 'none'");
  });

  it("let a page run only scripts with its nonce", () => {
    const csp = pageCsp("abc123", { https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(pageCsp("abc123", { https: true })).toContain("upgrade-insecure-requests");
  });
});
