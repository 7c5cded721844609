"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { addToCartAction } from "@/app/cart/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

/**
 * "Add to cart" for one product. The full form (product page) has a quantity; the compact one
 * (product cards) adds a single unit.
 */
export function AddToCartForm({ productId, title, maxQuantity, compact = false }: { productId: string; title: string; maxQuantity?: number; compact?: boolean }) {
  const t = useTranslations("buyer.addToCart");
  const form = useFormAction(addToCartAction);
  const { state, pending, failed } = form;
  const message = failed ? (failed.fieldErrors.quantity ?? failed.fieldErrors.productId ?? failed.error) : null;
  const inputId = `quantity-${productId}`;
  return (
    <form action={form.action} className={compact ? "space-y-2" : "space-y-3"} noValidate>
      <input type="hidden" name="productId" value={productId} />
      {compact ? (
        <input type="hidden" name="quantity" value="1" />
      ) : (
        <div className="flex items-end gap-3">
          <div className="w-24 space-y-1">
            <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
              {t("quantity")}
            </label>
            <Input
              id={inputId}
              name="quantity"
              type="number"
              inputMode="numeric"
              min={1}
              max={maxQuantity}
              defaultValue={form.value("quantity", "1")}
              invalid={!!failed?.fieldErrors.quantity}
              aria-describedby={message ? `${inputId}-message` : undefined}
            />
          </div>
          <Button type="submit" size="lg" disabled={pending}>
            {pending ? t("pending") : t("submit")}
          </Button>
        </div>
      )}
      {compact ? (
        // The product's name is in the button's text for screen readers, not in an aria-label, so the
        // spoken name contains the visible words (axe: label-content-name-mismatch).
        <Button type="submit" size="sm" variant="secondary" className="w-full" disabled={pending}>
          {pending ? (
            t("pending")
          ) : (
            <span>
              {t("compactBefore")}
              <span className="sr-only"> {title}</span> {t("compactAfter")}
            </span>
          )}
        </Button>
      ) : null}
      {message ? (
        <p id={`${inputId}-message`} role="alert" className="text-sm text-red-700">
          {message}
        </p>
      ) : null}
      {state?.ok ? (
        <p role="status" className="text-sm text-emerald-800">
          {compact ? t("added") : t("addedCount", { count: state.data.inCart })}{" "}
          <Link href="/cart" className="font-medium underline">
            {t("viewCart")}
          </Link>
        </p>
      ) : null}
    </form>
  );
}
