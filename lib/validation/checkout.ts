import "server-only";
import { z } from "zod";
import { MAX_QUANTITY } from "@/lib/cart/cookie";
import { checkCvc, checkExpiry, testCardOutcome, type CardCheck } from "@/lib/orders/test-payment";
import { COUNTRIES } from "./catalogue";
import { storableText } from "./text";

/** The buyer's cart forms and the checkout form: shared by the forms and their actions. */

const productId = z.string().regex(/^prd_[0-9A-HJKMNP-TV-Z]{26}$/, "That product does not exist");

const quantity = z.coerce
  .number({ error: "Enter a quantity" })
  .int("Whole units only")
  .min(1, "At least 1")
  .max(MAX_QUANTITY, `At most ${MAX_QUANTITY} at a time`);

export const addToCartSchema = z.object({ productId, quantity });
export const setCartQuantitySchema = z.object({ productId, quantity });
export const removeFromCartSchema = z.object({ productId });

const text = (label: string, min: number, max: number) =>
  storableText({ error: label })
    .trim()
    .min(min, label)
    .max(max, `Use at most ${max} characters`);

function card<T>(check: (value: string) => CardCheck<T>) {
  return z.string().transform((value, ctx) => {
    const result = check(value);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.error });
      return z.NEVER;
    }
    return result.value;
  });
}

/** The checkout form at a moment (a card's expiry is judged by the app clock). */
export function checkoutSchema(at: Date) {
  return z.object({
    name: text("Enter your name", 2, 100),
    email: z
      .string({ error: "Enter your e-mail address" })
      .trim()
      .toLowerCase()
      .min(1, "Enter your e-mail address")
      .max(254, "That e-mail address is too long")
      .pipe(z.email({ error: "Enter a valid e-mail address, like name@example.com" })),
    line1: text("Enter the street and house number", 3, 200),
    line2: storableText()
      .trim()
      .max(200, "Use at most 200 characters")
      .optional()
      .transform((v) => v || undefined),
    city: text("Enter the town or city", 2, 100),
    postalCode: z
      .string({ error: "Enter the postal code" })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9 -]{1,10}$/, "Enter the postal code"),
    country: z.enum(COUNTRIES, { error: "Choose a country" }),
    cardNumber: card(testCardOutcome),
    expiry: card((value) => checkExpiry(value, at)),
    cvc: card(checkCvc),
    quote: z.string().max(8000).default(""),
  });
}

export type CheckoutInput = z.infer<ReturnType<typeof checkoutSchema>>;
