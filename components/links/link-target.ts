import type { CreatorLink } from "@/lib/links/generate";

/** The words a link's target is named with (creator.linkTarget), so the label follows the reader's language. */
export type LinkTargetWords = { product: string; campaign: (name: string) => string; campaignUnnamed: string; showcase: string };

/** What a link points at, in the creator's words: the product, "Your showcase" or the campaign. */
export function linkTargetLabel(link: Pick<CreatorLink, "type" | "productTitle" | "campaignName">, words: LinkTargetWords): string {
  if (link.type === "product") return link.productTitle ?? words.product;
  if (link.type === "campaign") return link.campaignName ? words.campaign(link.campaignName) : words.campaignUnnamed;
  return words.showcase;
}

/** The "Get another link" address for the same target. */
export function newLinkHref(link: Pick<CreatorLink, "type" | "productId" | "campaignId">): string {
  if (link.type === "product" && link.productId) return `/creator/links/new?type=product&productId=${encodeURIComponent(link.productId)}`;
  if (link.type === "campaign" && link.campaignId) return `/creator/links/new?type=campaign&campaignId=${encodeURIComponent(link.campaignId)}`;
  return "/creator/links/new?type=showcase";
}
