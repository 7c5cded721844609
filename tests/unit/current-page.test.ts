import { describe, expect, it } from "vitest";
import { isCurrentPage } from "@/components/layout/current-page";

describe("the current page in the navigation", () => {
  it("is the section whose path is shown", () => {
    expect(isCurrentPage("/creator/links", "/creator/links")).toBe(true);
  });

  it("is the section of a page below it", () => {
    expect(isCurrentPage("/seller/plans/pln_1", "/seller/plans")).toBe(true);
  });

  it("is not a section that only shares the start of its name", () => {
    expect(isCurrentPage("/seller/products-import", "/seller/products")).toBe(false);
  });

  it("is the role home only on the home itself", () => {
    expect(isCurrentPage("/creator", "/creator")).toBe(true);
    expect(isCurrentPage("/creator/wallet", "/creator")).toBe(false);
    expect(isCurrentPage("/admin/payouts", "/admin")).toBe(false);
  });
});
