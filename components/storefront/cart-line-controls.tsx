"use client";

import { useTranslations } from "next-intl";
import { removeFromCartAction, setCartQuantityAction } from "@/app/cart/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

/** Change a cart line's quantity or take it out; messages show under the line. */
export function CartLineControls({ productId, title, quantity, maxQuantity }: { productId: string; title: string; quantity: number; maxQuantity: number }) {
  const t = useTranslations("buyer.cart");
  const quantityForm = useFormAction(setCartQuantityAction);
  const { state: updated, action: update, pending: updating } = quantityForm;
  const { state: removed, action: remove, pending: removing } = useFormAction(removeFromCartAction);
  const failed = (updated && !updated.ok ? updated : null) ?? (removed && !removed.ok ? removed : null);
  const message = failed ? (failed.fieldErrors.quantity ?? failed.error) : null;
  const inputId = `cart-quantity-${productId}`;
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <form action={update} className="flex items-center gap-2" noValidate>
          <input type="hidden" name="productId" value={productId} />
          <label htmlFor={inputId} className="sr-only">
            {t("quantityOf", { title })}
          </label>
          <Input
            id={inputId}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={maxQuantity}
            defaultValue={quantityForm.value("quantity", String(quantity))}
            className="w-20"
            invalid={!!updated && !updated.ok}
          />
          <Button type="submit" size="sm" variant="secondary" className="whitespace-nowrap" disabled={updating} aria-label={t("updateQuantityOf", { title })}>
            {updating ? t("updating") : t("update")}
          </Button>
        </form>
        <form action={remove}>
          <input type="hidden" name="productId" value={productId} />
          <Button type="submit" size="sm" variant="ghost" disabled={removing} aria-label={t("removeTitle", { title })}>
            {removing ? t("removing") : t("remove")}
          </Button>
        </form>
      </div>
      {message ? (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      ) : null}
    </div>
  );
}
