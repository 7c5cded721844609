import "server-only";

/**
 * Where a short link takes the buyer. Everything comes from the stored link and its target, never
 * from the request, so /l/<code> can never be turned into an open redirect.
 */
export type LinkTarget =
  | {
      type: "product";
      product: {
        id: string;
        status: "active" | "archived";
        externalUrl: string | null;
        /** Whether externalUrl is on a domain the shop has verified, as of the lookup. */
        externalUrlVerified: boolean;
        shopSlug: string;
      };
    }
  | { type: "showcase"; creatorHandle: string }
  | { type: "campaign"; campaign: { slug: string } };

export type Destination = { location: string; available: true } | { location: string; available: false; reason: "product_archived" };

export const CLICK_PARAM = "aff_click";

export function linkDestination(target: LinkTarget, clickId: string): Destination {
  switch (target.type) {
    case "product": {
      const { product } = target;
      // An archived product is no longer sold: the buyer gets a friendly page pointing at the shop.
      if (product.status === "archived") return { location: `/unavailable?shop=${encodeURIComponent(product.shopSlug)}`, available: false, reason: "product_archived" };
      // Sold on the seller's own site, on a domain the shop has verified (checked when saved, and
      // again at every lookup: a domain that is revoked, or was never verified, sends buyers to the
      // built-in product page instead): the click id travels along so the seller's checkout can
      // report the order back.
      if (product.externalUrl && product.externalUrlVerified) {
        const url = new URL(product.externalUrl);
        url.searchParams.set(CLICK_PARAM, clickId);
        return { location: url.toString(), available: true };
      }
      return { location: `/p/${encodeURIComponent(product.id)}`, available: true };
    }
    case "showcase":
      return { location: `/s/${encodeURIComponent(target.creatorHandle)}`, available: true };
    case "campaign":
      return { location: `/c/${encodeURIComponent(target.campaign.slug)}`, available: true };
  }
}
