"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { addToShowcaseAction, editShowcaseAction } from "@/app/(creator)/creator/showcase/actions";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

/** Up, down and remove for one showcase item; a refused edit says why under the buttons. */
export function ShowcaseItemControls({ itemId, title, first, last }: { itemId: string; title: string; first: boolean; last: boolean }) {
  const t = useTranslations("creator.showcase");
  const { state, action, pending } = useFormAction(editShowcaseAction);
  return (
    <form action={action} className="flex flex-col gap-1 sm:items-end">
      <input type="hidden" name="itemId" value={itemId} />
      <div className="flex gap-1">
        <Button type="submit" name="op" value="up" variant="secondary" size="sm" disabled={pending || first} aria-label={t("moveUp", { title })} className="max-sm:size-11">
          ↑
        </Button>
        <Button type="submit" name="op" value="down" variant="secondary" size="sm" disabled={pending || last} aria-label={t("moveDown", { title })} className="max-sm:size-11">
          ↓
        </Button>
        <Button type="submit" name="op" value="remove" variant="ghost" size="sm" disabled={pending} aria-label={t("removeFor", { title })}>
          {t("remove")}
        </Button>
      </div>
      {state && !state.ok ? (
        <p role="alert" className="text-xs text-red-600">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}

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
