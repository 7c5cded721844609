import "server-only";
import type { AttributionClick } from "./index";
import { storedText } from "@/lib/i18n/stored-texts";

/**
 * DOMAIN: no self-referral. A line earns nothing when the buyer is the earning creator: the order
 * was placed by the creator's signed-in account, carries the creator's account e-mail, or comes
 * from one of the creator's own visitor cookies. Pure: the caller reads the facts with the clicks.
 */
export type SelfReferralReason = "same_account" | "same_email" | "own_visitor";

export type OrderBuyer = { buyerUserId?: string | null; buyerEmail?: string | null };

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function selfReferral(buyer: OrderBuyer, click: Pick<AttributionClick, "byCreator" | "link">): SelfReferralReason | null {
  if (buyer.buyerUserId && buyer.buyerUserId === click.link.creatorId) return "same_account";
  if (buyer.buyerEmail && click.link.creatorEmail && sameEmail(buyer.buyerEmail, click.link.creatorEmail)) return "same_email";
  if (click.byCreator) return "own_visitor";
  return null;
}

/** What the creator reads in the commission's history ("why this earned, or did not"). */
export const SELF_REFERRAL_REASONS: Record<SelfReferralReason, string> = {
  same_account: storedText("selfReferralAccount"),
  same_email: storedText("selfReferralEmail"),
  own_visitor: storedText("selfReferralBrowser"),
};
