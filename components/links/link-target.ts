import type { CreatorLink } from "@/lib/links/generate";

/** What a link points at, in the creator's words: the product, "Your showcase" or the campaign. */
export function linkTargetLabel(link: Pick<CreatorLink, "type" | "productTitle" | "campaignName">): string {
  if (link.type === "product") return link.productTitle ?? "A product";
  if (link.type === "campaign") return link.campaignName ? `Campaign: ${link.campaignName}` : "A campaign";
  return "Your showcase";
}

/** The "Get another link" address for the same target. */
export function newLinkHref(link: Pick<CreatorLink, "type" | "productId" | "campaignId">): string {
  if (link.type === "product" && link.productId) return `/creator/links/new?type=product&productId=${encodeURIComponent(link.productId)}`;
  if (link.type === "campaign" && link.campaignId) return `/creator/links/new?type=campaign&campaignId=${encodeURIComponent(link.campaignId)}`;
  return "/creator/links/new?type=showcase";
}
