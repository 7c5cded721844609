import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/redirect";

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
});
