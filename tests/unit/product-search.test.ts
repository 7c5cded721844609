import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { foldForSearch, foldedVectorSql, searchQuery } from "@/db/schema/search";

describe("the marketplace's accent-insensitive search", () => {
  it("folds Vietnamese, Indonesian and other Latin letters to a–z", () => {
    expect(foldForSearch("Cà phê Đắk Lắk")).toBe("ca phe dak lak");
    expect(foldForSearch("BÁT TRÀNG · Nón Lá · Açaí · Smørrebrød · Łódź")).toBe("bat trang · non la · acai · smorrebrod · lodz");
    expect(foldForSearch("Mường Thanh ỗ ự ỹ")).toBe("muong thanh o u y");
  });

  it("turns a search box into prefix words and nothing else", () => {
    expect(searchQuery("ca phe")).toBe("ca:* & phe:*");
    expect(searchQuery("  Đắk-Lắk!! ")).toBe("dak:* & lak:*");
    // Operators, quotes and NUL never reach to_tsquery.
    expect(searchQuery("a' | b & !c:* \u0000 <-> (d)")).toBe("a:* & b:* & c:* & d:*");
    expect(searchQuery("— ! ?")).toBeUndefined();
    expect(searchQuery("a b c d e f g h i j")!.split(" & ")).toHaveLength(8);
  });

  it("is the fold migration 0012 gave the products' generated column", () => {
    const migration = readFileSync("db/migrations/0012_product_search.sql", "utf8");
    expect(migration).toContain(`GENERATED ALWAYS AS (${foldedVectorSql(["title", "description", "category"])}) STORED`);
  });
});
