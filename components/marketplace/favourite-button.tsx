"use client";

import { Heart } from "lucide-react";
import { useTranslations } from "next-intl";
import { useOptimistic, useState } from "react";
import { setFavouriteAction } from "@/app/(creator)/creator/products/actions";
import { cn } from "@/components/ui/cn";

/**
 * The heart on a marketplace card. It turns at once (optimistic) and the server action sends the
 * state wanted, not "toggle", so a double click or a retry leaves one saved row; the page's fresh
 * `saved` then takes over, or the heart turns back with a message when the change was refused.
 */
export function FavouriteButton({ productId, title, saved }: { productId: string; title: string; saved: boolean }) {
  const t = useTranslations("creator.products");
  const [shown, setShown] = useOptimistic(saved);
  const [failed, setFailed] = useState(false);
  return (
    <form
      action={async (formData) => {
        setFailed(false);
        setShown(formData.get("saved") === "1");
        const answer = await setFavouriteAction(null, formData);
        if (!answer.ok) setFailed(true);
      }}
    >
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="saved" value={shown ? "0" : "1"} />
      <button
        type="submit"
        aria-label={shown ? t("unsave", { name: title }) : t("save", { name: title })}
        className="inline-flex size-11 items-center justify-center rounded-full bg-white/90 text-slate-700 shadow-sm ring-1 ring-slate-200 hover:text-rose-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 sm:size-9"
      >
        <Heart aria-hidden="true" className={cn("size-5", shown && "fill-rose-600 text-rose-600")} />
      </button>
      {failed ? (
        <p role="alert" className="sr-only">
          {t("favouriteFailed")}
        </p>
      ) : null}
    </form>
  );
}
