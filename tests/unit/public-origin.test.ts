import { describe, expect, it } from "vitest";
import { publicOrigin, requestIsHttps, requestOrigin } from "@/lib/sharing/short-link";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { trustedProxies } from "@/lib/http/trusted-proxies";

const headers = (entries: Record<string, string>) => new Headers(entries);
const NONE = trustedProxies("");
const PROXY = trustedProxies("10.0.0.0/8");

describe("the public origin", () => {
  it("is PUBLIC_ORIGIN, else AUTH_URL, else the request's host", () => {
    const request = headers({ host: "127.0.0.1:3100", "x-portal-client-ip": "127.0.0.1" });
    expect(publicOrigin(request, "https://go.linkshare.example/path")).toBe("https://go.linkshare.example");
    expect(publicOrigin(request, "", "", "https://auth.linkshare.example/api/auth")).toBe("https://auth.linkshare.example");
    expect(publicOrigin(request, "", "", "")).toBe("http://127.0.0.1:3100");
  });

  it("ignores X-Forwarded-Host and -Proto from a peer that is not a trusted proxy", () => {
    const spoofed = headers({ host: "127.0.0.1:3100", "x-portal-client-ip": "198.51.100.7", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(publicOrigin(spoofed, "", "", "")).toBe("http://127.0.0.1:3100");
    expect(requestOrigin(spoofed, NONE)).toBe("http://127.0.0.1:3100");
    expect(requestIsHttps(spoofed, "", NONE)).toBe(false);
  });

  it("believes them from a trusted proxy", () => {
    const proxied = headers({ host: "app:3000", "x-portal-client-ip": "10.0.0.2", "x-forwarded-host": "linkshare.example", "x-forwarded-proto": "https" });
    expect(publicOrigin(proxied, "", "10.0.0.0/8", "")).toBe("https://linkshare.example");
    expect(requestOrigin(proxied, PROXY)).toBe("https://linkshare.example");
    expect(requestIsHttps(proxied, "", PROXY)).toBe(true);
    expect(requestIsHttps(headers({ host: "x" }), "https://linkshare.example", NONE)).toBe(true);
  });
});

describe("a state-changing request", () => {
  const own = { host: "127.0.0.1:3100", "x-portal-client-ip": "127.0.0.1" };

  it("passes when the browser says it came from the same origin", () => {
    expect(isSameOriginRequest(headers({ ...own, "sec-fetch-site": "same-origin", origin: "http://127.0.0.1:3100" }))).toBe(true);
  });

  it("is refused when the browser says it came from another site, even one on the same host", () => {
    expect(isSameOriginRequest(headers({ ...own, "sec-fetch-site": "same-site", origin: "http://127.0.0.1:8765" }))).toBe(false);
    expect(isSameOriginRequest(headers({ ...own, "sec-fetch-site": "cross-site", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOriginRequest(headers({ ...own, "sec-fetch-site": "none" }))).toBe(false);
  });

  it("without Sec-Fetch-Site (plain http on a public host) compares Origin with the portal's origin", () => {
    expect(isSameOriginRequest(headers({ ...own, origin: "http://127.0.0.1:8765" }))).toBe(false);
    expect(isSameOriginRequest(headers({ ...own, origin: "null" }))).toBe(false);
    expect(isSameOriginRequest(headers({ ...own, origin: "http://127.0.0.1:3100" }))).toBe(true);
  });

  it("with neither header is not a browser's cross-site request", () => {
    expect(isSameOriginRequest(headers(own))).toBe(true);
  });
});
