import "server-only";
import type { OrderState } from "@/db/schema";

/**
 * The order lifecycle (DOMAIN: Order and commission lifecycle): placed → paid → shipped →
 * delivered → completed; cancelled only before shipping; refunded once every unit of every line
 * has been refunded or cancelled. Refunds of lines are allowed from payment on.
 */
export type OrderAction = "pay" | "ship" | "deliver" | "complete" | "cancel" | "refund";

const NEXT: Record<Exclude<OrderAction, "refund">, { from: OrderState[]; to: OrderState }> = {
  pay: { from: ["placed"], to: "paid" },
  ship: { from: ["paid"], to: "shipped" },
  deliver: { from: ["shipped"], to: "delivered" },
  complete: { from: ["delivered"], to: "completed" },
  cancel: { from: ["placed", "paid"], to: "cancelled" },
};

const REFUNDABLE: OrderState[] = ["paid", "shipped", "delivered", "completed"];

export type TransitionCheck = { ok: true; to: OrderState | null } | { ok: false; message: string };

const VERB: Record<OrderAction, string> = { pay: "paid", ship: "shipped", deliver: "delivered", complete: "completed", cancel: "cancelled", refund: "refunded" };

/** Whether an action makes sense for an order in this state, and the state it leads to (refunds decide theirs per line). */
export function checkTransition(state: OrderState, action: OrderAction): TransitionCheck {
  if (action === "refund") {
    return REFUNDABLE.includes(state) ? { ok: true, to: null } : { ok: false, message: `A ${state} order cannot be refunded.` };
  }
  const rule = NEXT[action];
  if (rule.from.includes(state)) return { ok: true, to: rule.to };
  if (action === "cancel" && ["shipped", "delivered", "completed"].includes(state)) {
    return { ok: false, message: "The order has shipped: refund its lines instead of cancelling it." };
  }
  return { ok: false, message: `A ${state} order cannot be ${VERB[action]}.` };
}
