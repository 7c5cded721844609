// Deliberate layer violation, linted only by tests/unit/layers-lint.test.ts (as if it lived at components/imports-app.tsx).
import { currentCart } from "@/app/cart/cart-cookie";
export const cart = currentCart;
