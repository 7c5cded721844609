import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/redirect";

const ORIGIN = "http://portal.invalid";

/** Where a browser on the portal would really go for `location`: its origin must stay the portal's. */
function landsOn(location: string): string {
  return new URL(location, ORIGIN).origin;
}

describe("the next path after sign-in never leaves the site", () => {
  it("keeps a relative path with its query", () => {
    expect(safeNextPath("/seller/products?page=2")).toBe("/seller/products?page=2");
  });

  it.each(["//evil.example", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "seller", "", null, undefined])("falls back for %s", (next) => {
    expect(safeNextPath(next, "/home")).toBe("/home");
  });

  it("normalises dot segments instead of following them elsewhere", () => {
    expect(safeNextPath("/creator/../seller")).toBe("/seller");
  });

  // Forms that pass a check of the raw string but normalise (dot segments, encoded dots,
  // backslashes, tabs and newlines the URL parser drops) into a path another host would be read from.
  it.each([
    "/..//evil.example/steal",
    "/.//evil.example",
    "/%2e%2e//evil.example",
    "/%2E%2E//evil.example",
    "/.%2e//evil.example",
    "/x/..//evil.example",
    "/x/../..//evil.example",
    "/./..//evil.example",
    "/x/%2e%2e//evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\\/evil.example",
    "/..\\/evil.example",
    "/x/..\\\\evil.example",
    "/.\\.\\/evil.example",
    "/x/..//\\evil.example",
    "/.//\\evil.example?next=/",
    "/x/.././/evil.example#frag",
    "/..//evil.example:443/",
    "/..//user:pw@evil.example/",
    " //evil.example",
    "\\\\evil.example",
  ])("refuses %j, which normalises to another host", (next) => {
    const result = safeNextPath(next, "/home");
    expect(landsOn(result)).toBe(ORIGIN);
    expect(result.startsWith("//") || result.startsWith("/\\")).toBe(false);
    expect(result).toBe("/home");
  });

  it("keeps an encoded backslash as a harmless path on this site (browsers do not decode it in a redirect)", () => {
    const result = safeNextPath("/%5c/evil.example", "/home");
    expect(result).toBe("/%5c/evil.example");
    expect(landsOn(result)).toBe(ORIGIN);
  });

  it("keeps encoded characters that are not a way out", () => {
    expect(safeNextPath("/creator/products?q=a%2Fb")).toBe("/creator/products?q=a%2Fb");
  });
});
