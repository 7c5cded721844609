import { describe, expect, it } from "vitest";
import { checkExternalProductUrl, parseShopDomains } from "@/lib/catalogue/domains";
import { formatRate, parseRatePercent, ratePercentInput, rewardError } from "@/lib/catalogue/rates";
import { checkImage } from "@/lib/media/image-upload";
import { productSchema } from "@/lib/validation/catalogue";

const shop = { currency: "USD" as const, domains: ["brightside-home.example"] };
const valid = { title: "Lamp", category: "Lighting", sku: "L-1", price: "12.50", stock: "3", openToAffiliates: "on", openRate: "8", openFlatFee: "" };
const errorsOf = (input: Record<string, string>) => {
  const result = productSchema(shop).safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("commission rates are percentages with two decimals, stored in basis points", () => {
  it.each([
    ["8", 800],
    ["12.5", 1250],
    ["12.75%", 1275],
    ["0,5", 50],
    ["80", 8000],
  ])("reads %s as %i bps", (input, bps) => {
    expect(parseRatePercent(input)).toEqual({ ok: true, bps });
  });

  it("refuses three decimals, negatives and words", () => {
    expect(parseRatePercent("12.345")).toMatchObject({ ok: false, error: expect.stringMatching(/two decimals/) });
    expect(parseRatePercent("-5")).toMatchObject({ ok: false, error: expect.stringMatching(/negative/) });
    expect(parseRatePercent("ten")).toMatchObject({ ok: false });
  });

  it("allows 1%–80%, or no rate with a flat fee", () => {
    expect(rewardError(100, 0)).toBeNull();
    expect(rewardError(8000, 0)).toBeNull();
    expect(rewardError(99, 0)).toMatch(/between 1% and 80%/);
    expect(rewardError(8001, 0)).toMatch(/between 1% and 80%/);
    expect(rewardError(0, 500)).toBeNull();
    expect(rewardError(0, 0)).toMatch(/flat fee/);
  });

  it("shows rates the way they were typed", () => {
    expect(formatRate(1250)).toBe("12.5%");
    expect(formatRate(800)).toBe("8%");
    expect(formatRate(1275)).toBe("12.75%");
    expect(ratePercentInput(1250)).toBe("12.5");
  });
});

describe("the product form", () => {
  it("accepts a valid product and converts price and rate", () => {
    expect(productSchema(shop).parse(valid)).toMatchObject({ price: 1250, openRate: 800, openFlatFee: 0, openToAffiliates: true, externalUrl: null });
  });

  it("explains a negative or non-numeric price", () => {
    expect(errorsOf({ ...valid, price: "-3" }).price).toBeTruthy();
    expect(errorsOf({ ...valid, price: "abc" }).price).toMatch(/number/i);
  });

  it("explains a rate outside 1%–80%", () => {
    expect(errorsOf({ ...valid, openRate: "81" }).openRate).toMatch(/between 1% and 80%/);
    expect(errorsOf({ ...valid, openRate: "0.5" }).openRate).toMatch(/between 1% and 80%/);
  });

  it("accepts a flat fee instead of a rate", () => {
    // Issue #11: a flat fee is at most the price (12.50 here), so the bounty is 4.00, not 40.
    expect(productSchema(shop).parse({ ...valid, openRate: "", openFlatFee: "4" })).toMatchObject({ openRate: 0, openFlatFee: 400 });
    expect(errorsOf({ ...valid, openRate: "", openFlatFee: "40" }).openFlatFee).toBe("The flat fee cannot be more than the product's price");
  });

  it("allows external addresses only over https on the shop's own domains", () => {
    expect(errorsOf({ ...valid, externalUrl: "http://brightside-home.example/p" }).externalUrl).toMatch(/https/);
    expect(errorsOf({ ...valid, externalUrl: "https://evil.example/p" }).externalUrl).toMatch(/shop's domains/);
    expect(errorsOf({ ...valid, externalUrl: "https://evilbrightside-home.example/p" }).externalUrl).toMatch(/shop's domains/);
    expect(productSchema(shop).parse({ ...valid, externalUrl: "https://www.brightside-home.example/p?x=1#top" }).externalUrl).toBe("https://www.brightside-home.example/p?x=1");
  });
});

describe("shop domains and external URLs", () => {
  it("reduces typed addresses to host names and refuses non-domains", () => {
    expect(parseShopDomains("https://Shop.Example/\nshop.example, www.shop.example")).toEqual({ ok: true, domains: ["shop.example", "www.shop.example"] });
    expect(parseShopDomains("not a domain")).toMatchObject({ ok: false });
  });

  it("refuses credentials in the address and asks for domains first", () => {
    expect(checkExternalProductUrl("https://user:pw@shop.example/", ["shop.example"])).toMatchObject({ ok: false });
    expect(checkExternalProductUrl("https://shop.example/", [])).toMatchObject({ ok: false, error: expect.stringMatching(/domains/) });
  });
});

describe("uploaded images are checked by their bytes", () => {
  it("accepts PNG and JPEG signatures", () => {
    expect(checkImage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]))).toMatchObject({ ok: true, contentType: "image/png" });
    expect(checkImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toMatchObject({ ok: true, contentType: "image/jpeg" });
  });

  it("refuses SVG, text and files over 2 MB", () => {
    expect(checkImage(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toMatchObject({ ok: false });
    expect(checkImage(new Uint8Array(2 * 1024 * 1024 + 1).fill(0x89))).toMatchObject({ ok: false, error: expect.stringMatching(/too big/) });
    expect(checkImage(new Uint8Array())).toMatchObject({ ok: false });
  });
});
