import { describe, expect, it } from "vitest";
import { attributeOrderLine, type AttributionClick, type AttributionLink, type Membership } from "@/lib/attribution";

const ORDER_AT = new Date("2026-11-22T12:00:00Z");
const DAY = 86_400_000;
const daysBefore = (days: number, extraMs = 0) => new Date(ORDER_AT.getTime() - days * DAY - extraMs);

let seq = 0;
const productLink = (creatorId: string, productId: string, createdAt = daysBefore(30)): AttributionLink => ({ id: `lnk_${++seq}`, creatorId, createdAt, type: "product", productId });
const listLink = (type: "showcase" | "campaign", creatorId: string, products: Membership[], createdAt = daysBefore(30)): AttributionLink =>
  type === "campaign" ? { id: `lnk_${++seq}`, creatorId, createdAt, type, campaignId: "cmp_1", products } : { id: `lnk_${++seq}`, creatorId, createdAt, type, products };
const click = (link: AttributionLink, clickedAt: Date, isBot = false): AttributionClick => ({ id: `clk_${String(++seq).padStart(4, "0")}`, clickedAt, isBot, link });
const line = (productId: string) => ({ productId, orderedAt: ORDER_AT });

describe("attribution of an order line", () => {
  it("gives no credit without a click", () => {
    expect(attributeOrderLine(line("prd_a"), [])).toEqual({ earns: false, reason: "no_click" });
  });

  it("last click wins between two creators linking the same product", () => {
    const a = click(productLink("usr_a", "prd_a"), daysBefore(3));
    const b = click(productLink("usr_b", "prd_a"), daysBefore(1));
    expect(attributeOrderLine(line("prd_a"), [b, a])).toEqual({ earns: true, click: b });
  });

  it("ignores clicks made after the order", () => {
    const before = click(productLink("usr_a", "prd_a"), daysBefore(2));
    const after = click(productLink("usr_b", "prd_a"), new Date(ORDER_AT.getTime() + 60_000));
    expect(attributeOrderLine(line("prd_a"), [before, after])).toEqual({ earns: true, click: before });
  });

  it("pays only the linked product: other products in the cart earn nothing", () => {
    const c = click(productLink("usr_a", "prd_a"), daysBefore(1));
    expect(attributeOrderLine(line("prd_b"), [c])).toEqual({ earns: false, reason: "no_click" });
  });

  it("a showcase click covers only the products in the showcase at the time of the order", () => {
    const showcase = listLink("showcase", "usr_a", [
      { productId: "prd_in", addedAt: daysBefore(20), removedAt: null },
      { productId: "prd_removed", addedAt: daysBefore(20), removedAt: daysBefore(1) },
      { productId: "prd_later", addedAt: new Date(ORDER_AT.getTime() + 1), removedAt: null },
    ]);
    const c = click(showcase, daysBefore(2));
    expect(attributeOrderLine(line("prd_in"), [c])).toEqual({ earns: true, click: c });
    expect(attributeOrderLine(line("prd_removed"), [c])).toEqual({ earns: false, reason: "no_click" });
    expect(attributeOrderLine(line("prd_later"), [c])).toEqual({ earns: false, reason: "no_click" });
    expect(attributeOrderLine(line("prd_never"), [c])).toEqual({ earns: false, reason: "no_click" });
  });

  it("a campaign click covers only the products in the campaign at the time of the order", () => {
    const campaign = listLink("campaign", "usr_a", [
      { productId: "prd_in", addedAt: daysBefore(10), removedAt: null },
      { productId: "prd_out", addedAt: daysBefore(10), removedAt: daysBefore(5) },
    ]);
    const c = click(campaign, daysBefore(6));
    expect(attributeOrderLine(line("prd_in"), [c])).toEqual({ earns: true, click: c });
    expect(attributeOrderLine(line("prd_out"), [c])).toEqual({ earns: false, reason: "no_click" });
  });

  it("a click earns for 14 days, and not a millisecond longer", () => {
    const link = productLink("usr_a", "prd_a");
    const edge = click(link, daysBefore(14));
    expect(attributeOrderLine(line("prd_a"), [edge])).toEqual({ earns: true, click: edge });
    expect(attributeOrderLine(line("prd_a"), [click(link, daysBefore(14, 1))])).toEqual({ earns: false, reason: "click_too_old" });
  });

  it("a link earns for 100 days after its creation, measured at the time of the order", () => {
    const fresh = click(productLink("usr_a", "prd_a", daysBefore(100)), daysBefore(1));
    expect(attributeOrderLine(line("prd_a"), [fresh])).toEqual({ earns: true, click: fresh });
    const old = click(productLink("usr_a", "prd_a", daysBefore(100, 1)), daysBefore(1));
    expect(attributeOrderLine(line("prd_a"), [old])).toEqual({ earns: false, reason: "link_expired" });
  });

  it("the last click takes the credit even when its link has expired: an earlier creator's click does not earn instead", () => {
    const earlier = click(productLink("usr_a", "prd_a"), daysBefore(3));
    const expired = click(productLink("usr_b", "prd_a", daysBefore(150)), daysBefore(1));
    expect(attributeOrderLine(line("prd_a"), [earlier, expired])).toEqual({ earns: false, reason: "link_expired" });
  });

  it("bot clicks never earn and never take the credit from a genuine click", () => {
    const genuine = click(productLink("usr_a", "prd_a"), daysBefore(3));
    const bot = click(productLink("usr_b", "prd_a"), daysBefore(1), true);
    expect(attributeOrderLine(line("prd_a"), [genuine, bot])).toEqual({ earns: true, click: genuine });
    expect(attributeOrderLine(line("prd_a"), [bot])).toEqual({ earns: false, reason: "no_click" });
  });

  it("a click on a link whose creator the seller has blocked never earns", () => {
    const genuine = click(productLink("usr_a", "prd_a"), daysBefore(3));
    const blocked = click(productLink("usr_blocked", "prd_a"), daysBefore(1));
    const blockedSet = new Set(["usr_blocked"]);
    expect(attributeOrderLine(line("prd_a"), [genuine, blocked], blockedSet)).toEqual({ earns: true, click: genuine });
    expect(attributeOrderLine(line("prd_a"), [blocked], blockedSet)).toEqual({ earns: false, reason: "no_click" });
  });

  it("breaks a tie on the same instant by the later click id", () => {
    const at = daysBefore(1);
    const first = click(productLink("usr_a", "prd_a"), at);
    const second = click(productLink("usr_b", "prd_a"), at);
    expect(attributeOrderLine(line("prd_a"), [second, first])).toEqual({ earns: true, click: second });
  });
});
