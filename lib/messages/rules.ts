import "server-only";
import { ALLOWED, refused, type Verdict } from "@/lib/verdict";

export const BLOCKED_CREATOR_CANNOT_SEND = "This shop ended its collaboration with you: you can read the conversation but not send messages.";
export const NO_RELATION_TO_SHOP = "You can write to a shop once you have linked its products or it has invited you.";

/**
 * Whether a creator may write to a shop: never while the shop blocks them (they still read); else
 * in a thread that exists (an answer), or to a shop whose products or campaigns they linked or
 * which invited them to a plan.
 */
export function canCreatorSend(shop: { blocked: boolean; related: boolean }, threadExists: boolean): Verdict<"blocked" | "no-relation"> {
  if (shop.blocked) return refused("blocked", BLOCKED_CREATOR_CANNOT_SEND);
  if (!threadExists && !shop.related) return refused("no-relation", NO_RELATION_TO_SHOP);
  return ALLOWED;
}
