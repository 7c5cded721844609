"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { addToShowcaseAction } from "@/app/(creator)/creator/showcase/actions";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

export function AddToShowcaseButton({ productId, title }: { productId: string; title: string }) {
  const t = useTranslations("creator.showcase");
  const { state, action, pending } = useFormAction(addToShowcaseAction);
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="productId" value={productId} />
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? t("adding") : <span>{t.rich("add", { title, sr: (chunks: ReactNode) => <span className="sr-only">{chunks}</span> })}</span>}
      </Button>
      {state && !state.ok ? (
        <p role="alert" className="text-xs text-red-600">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
