"use client";

import { useTranslations } from "next-intl";
import { keepPlanAction } from "@/app/(seller)/seller/products/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

/** Withdraws a rate cut still waiting for its day (confirmed first): the product keeps its current plan. */
export function KeepPlanButton({ productId }: { productId: string }) {
  const t = useTranslations("seller.product");
  const { state, action, pending } = useFormAction(keepPlanAction);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t("keepPlanConfirm"))) event.preventDefault();
      }}
      className="mt-3 space-y-2"
    >
      <input type="hidden" name="productId" value={productId} />
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("keepPlan")}
      </Button>
    </form>
  );
}
