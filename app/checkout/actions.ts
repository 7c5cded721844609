"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/server/form-action";
import { refusalTranslator } from "@/server/i18n";
import { loadCart } from "@/lib/cart/load";
import { parseQuote, quoteMatchesCart } from "@/lib/cart/quote";
import { UserFacingError } from "@/lib/errors";
import { VISITOR_COOKIE, visitorIdFrom } from "@/lib/links/visitors";
import { CartUnavailableError, checkoutCart } from "@/lib/orders/storefront";
import { checkoutSchema } from "@/lib/validation/checkout";
import { readCart, writeCart } from "../cart/cart-cookie";

/**
 * Pays for the cart: one order per shop, at the database's prices, with the visitor cookie from
 * the buyer's last creator link so the right line earns. A paid cart is emptied and the buyer sees
 * the confirmation; anything else leaves the cart as it was and nothing charged.
 */
export const checkoutAction = formAction({ role: null, schema: ({ actor }) => checkoutSchema(actor.at) }, async (input, { actor }): Promise<null> => {
  const cart = await loadCart(actor.db, await readCart());
  if (cart.items.length === 0) throw new UserFacingError("Your cart is empty: add a product before paying.");
  const quote = parseQuote(input.quote);
  if (!quote || !quoteMatchesCart(quote, cart.items)) {
    // Another window changed the cart: show the buyer what they are about to pay for now.
    revalidatePath("/checkout");
    throw new UserFacingError("Your cart changed while you were paying. Check the summary above and pay again.");
  }
  const store = await cookies();
  let result;
  try {
    result = await checkoutCart(actor.db, {
      cart: quote,
      buyer: { name: input.name, email: input.email, shippingAddress: { line1: input.line1, line2: input.line2, city: input.city, postalCode: input.postalCode, country: input.country } },
      visitorId: visitorIdFrom(store.get(VISITOR_COOKIE)?.value),
      buyerUserId: actor.user?.id ?? null,
      at: actor.at,
      payment: input.cardNumber,
    });
  } catch (error) {
    if (!(error instanceof CartUnavailableError)) throw error;
    revalidatePath("/checkout");
    // Each problem is its own sentence, translated one by one (buyer.errors); formAction would only see them joined.
    const [translate, t] = await Promise.all([refusalTranslator(), getTranslations("buyer.errors")]);
    throw new UserFacingError(t("cartUnavailable", { problems: error.problems.map(translate).join(" ") }));
  }
  if (result.outcome === "declined") {
    throw new UserFacingError("Payment declined: the card was refused, so nothing was charged and the order was cancelled. Your cart is kept; try again with the test card that succeeds.");
  }
  await writeCart([]);
  redirect(`/checkout/thanks?orders=${result.orders.map((o) => o.statusToken).join(",")}`);
});
