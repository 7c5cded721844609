import { describe, expect, it } from "vitest";
import { findRefusal } from "@/lib/i18n/refusal-keys";
import { freePinSlot, isSameItemSet, PIN_LIMIT } from "@/lib/showcase/order";
import { stockLevel } from "@/lib/showcase/stock";

describe("the showcase's order and pins", () => {
  it("a reorder must list every current item exactly once", () => {
    expect(isSameItemSet(["a", "b", "c"], ["c", "a", "b"])).toBe(true);
    expect(isSameItemSet([], [])).toBe(true);
    expect(isSameItemSet(["a", "b", "c"], ["a", "b"])).toBe(false);
    expect(isSameItemSet(["a", "b"], ["a", "b", "c"])).toBe(false);
    expect(isSameItemSet(["a", "b", "c"], ["a", "a", "b"])).toBe(false);
    expect(isSameItemSet(["a", "b"], ["a", "x"])).toBe(false);
  });

  it("a pin takes the lowest free slot, and there are three", () => {
    expect(PIN_LIMIT).toBe(3);
    expect(freePinSlot([])).toBe(1);
    expect(freePinSlot([1, 3])).toBe(2);
    expect(freePinSlot([2, 1])).toBe(3);
    expect(freePinSlot([1, 2, 3])).toBeUndefined();
  });

  it("buyers are told a product is sold out, that only a few are left (5 or fewer), or that it is in stock", () => {
    expect(stockLevel(0)).toBe("soldOut");
    expect(stockLevel(1)).toBe("onlyLeft");
    expect(stockLevel(5)).toBe("onlyLeft");
    expect(stockLevel(6)).toBe("inStock");
  });

  it("the editor's refusals are in the catalogue, so readers get them in their language", () => {
    expect(findRefusal("Your showcase changed in another window or tab: it now shows its current order. Try again.")?.key).toBe("creator.showcase.errors.staleOrder");
    expect(findRefusal("You can pin at most 3 products: unpin one first.")).toEqual({ key: "creator.showcase.errors.pinLimit", values: { max: "3" } });
  });
});
