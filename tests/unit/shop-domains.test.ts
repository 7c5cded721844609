import { describe, expect, it } from "vitest";
import { checkExternalProductUrl, externalUrlOnVerifiedDomain } from "@/lib/catalogue/domains";
import { fileBodyProves, parseDomainCheckOverrides, txtRecordsProve } from "@/lib/domains/ownership-check";
import { linkDestination } from "@/lib/links/destination";

const product = (externalUrlVerified: boolean) => ({ type: "product" as const, product: { id: "prd_1", status: "active" as const, externalUrl: "https://evil.example/p", externalUrlVerified, shopSlug: "s" } });

describe("short links to products sold on the seller's own site", () => {
  it("go to the built-in product page while the product's domain is not verified", () => {
    expect(linkDestination(product(false), "clk_1")).toEqual({ location: "/p/prd_1", available: true });
  });

  it("go to the seller's site once the domain is verified", () => {
    expect(linkDestination(product(true), "clk_1").location).toBe("https://evil.example/p?aff_click=clk_1");
  });
});

describe("external product addresses and verified domains", () => {
  it("refuses an address on a domain the shop has added but not verified, saying so", () => {
    const check = checkExternalProductUrl("https://evil.example/p", [], ["evil.example"]);
    expect(check).toEqual({ ok: false, error: expect.stringMatching(/evil\.example is not a verified domain/) });
    expect(checkExternalProductUrl("https://www.evil.example/p", ["shop.example"], ["evil.example"])).toMatchObject({ ok: false, error: expect.stringMatching(/not a verified domain/) });
  });

  it("accepts subdomains of a verified domain and never look-alikes", () => {
    expect(externalUrlOnVerifiedDomain("https://www.shop.example/p", ["shop.example"])).toBe(true);
    expect(externalUrlOnVerifiedDomain("https://shop.example/p", ["shop.example"])).toBe(true);
    expect(externalUrlOnVerifiedDomain("https://evilshop.example/p", ["shop.example"])).toBe(false);
    expect(externalUrlOnVerifiedDomain("https://shop.example.evil.test/p", ["shop.example"])).toBe(false);
    expect(externalUrlOnVerifiedDomain("http://shop.example/p", ["shop.example"])).toBe(false);
    expect(externalUrlOnVerifiedDomain("https://shop.example/p", [])).toBe(false);
    expect(externalUrlOnVerifiedDomain("not a url", ["shop.example"])).toBe(false);
  });
});

describe("proof of control of a domain", () => {
  const TOKEN = "Zm9vYmFyYmF6cXV4MTIzNDU2";

  it("finds the token in a TXT record, whole, in any of the records, split into chunks or not", () => {
    expect(txtRecordsProve([["v=spf1 -all"], [`linkshare-verify=${TOKEN}`]], TOKEN)).toBe(true);
    expect(txtRecordsProve([["linkshare-verify=", TOKEN]], TOKEN)).toBe(true);
    expect(txtRecordsProve([[`linkshare-verify=${TOKEN}x`]], TOKEN)).toBe(false);
    expect(txtRecordsProve([[TOKEN]], TOKEN)).toBe(false);
    expect(txtRecordsProve([], TOKEN)).toBe(false);
  });

  it("accepts a file that holds exactly the token, with surrounding white space", () => {
    expect(fileBodyProves(`${TOKEN}\n`, TOKEN)).toBe(true);
    expect(fileBodyProves(`  ${TOKEN}\r\n`, TOKEN)).toBe(true);
    expect(fileBodyProves(`not-${TOKEN}`, TOKEN)).toBe(false);
    expect(fileBodyProves("", TOKEN)).toBe(false);
  });

  it("reads DOMAIN_CHECK_OVERRIDES as domain=origin pairs and ignores anything else", () => {
    const overrides = parseDomainCheckOverrides("shop.test=http://127.0.0.1:4123, other.test=https://127.0.0.1:8443/ ,bad,=x,x.test=ftp://h");
    expect(Object.fromEntries(overrides)).toEqual({ "shop.test": "http://127.0.0.1:4123", "other.test": "https://127.0.0.1:8443" });
    expect(parseDomainCheckOverrides(undefined).size).toBe(0);
  });
});
