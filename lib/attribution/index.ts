import "server-only";

/**
 * Which click earns an order line (DOMAIN: Attribution). Pure: the caller loads the buyer's clicks
 * with their links and the seller's blocked creators; nothing here reads the clock or the database.
 */
export const ATTRIBUTION_WINDOW_DAYS = 14;
export const LINK_EARNING_DAYS = 100;
const DAY_MS = 86_400_000;

/** A product's membership of a showcase or campaign over time. */
export type Membership = { productId: string; addedAt: Date; removedAt: Date | null };

export type AttributionLink = {
  id: string;
  creatorId: string;
  createdAt: Date;
  /** What answers show of the link, when it was read with it: its code and its creator's handle. */
  label?: { code: string; handle: string | null };
  /** The creator's account e-mail, when it was read with the link (the self-referral rule). */
  creatorEmail?: string;
} & (
  | { type: "product"; productId: string }
  | { type: "showcase"; products: readonly Membership[] }
  /** campaignId: so the rate can tell which campaign the click came through. */
  | { type: "campaign"; campaignId: string; products: readonly Membership[] }
);

export type AttributionClick = {
  id: string;
  clickedAt: Date;
  isBot: boolean;
  link: AttributionLink;
  /** The visitor who clicked is one of the link's creator's own browsers (user_visitors), when known. */
  byCreator?: boolean;
};

export type OrderLineToAttribute = { productId: string; orderedAt: Date };

export type NoAttributionReason =
  /** No click on a link that covers this product before the order. */
  | "no_click"
  /** The last covering click is more than 14 days older than the order. */
  | "click_too_old"
  /** The last covering click came through a link more than 100 days old at the time of the order. */
  | "link_expired";

export type Attribution = { earns: true; click: AttributionClick } | { earns: false; reason: NoAttributionReason };

/** A link covers a product if it is that product's link, or the product was in its showcase or campaign at that time. */
export function linkCoversProduct(link: AttributionLink, productId: string, at: Date): boolean {
  if (link.type === "product") return link.productId === productId;
  // Showcase and campaign links cover what the list held at that time.
  return link.products.some((m) => m.productId === productId && m.addedAt <= at && (m.removedAt === null || at < m.removedAt));
}

export function linkEarnsAt(link: Pick<AttributionLink, "createdAt">, at: Date): boolean {
  return at.getTime() - link.createdAt.getTime() <= LINK_EARNING_DAYS * DAY_MS;
}

/**
 * Last click wins: among the buyer's clicks before the order on links that cover the ordered
 * product, the latest one takes the credit, and it earns only if it is at most 14 days old and its
 * link at most 100 days old at the time of the order. Other products in the cart are separate lines
 * and are attributed on their own, so a link earns only on the products it covers.
 *
 * Bot clicks and clicks of creators the seller has blocked are never candidates: they can neither
 * earn nor take the credit away from an earlier genuine click.
 */
export function attributeOrderLine(line: OrderLineToAttribute, clicks: readonly AttributionClick[], blockedCreatorIds: ReadonlySet<string> = new Set()): Attribution {
  let last: AttributionClick | undefined;
  for (const click of clicks) {
    if (click.isBot || blockedCreatorIds.has(click.link.creatorId)) continue;
    if (click.clickedAt > line.orderedAt) continue;
    if (!linkCoversProduct(click.link, line.productId, line.orderedAt)) continue;
    // Ties on the same instant go to the later id (ids sort by creation).
    if (!last || click.clickedAt > last.clickedAt || (click.clickedAt.getTime() === last.clickedAt.getTime() && click.id > last.id)) last = click;
  }
  if (!last) return { earns: false, reason: "no_click" };
  if (line.orderedAt.getTime() - last.clickedAt.getTime() > ATTRIBUTION_WINDOW_DAYS * DAY_MS) return { earns: false, reason: "click_too_old" };
  if (!linkEarnsAt(last.link, line.orderedAt)) return { earns: false, reason: "link_expired" };
  return { earns: true, click: last };
}
