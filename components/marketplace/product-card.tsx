import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { FavouriteButton } from "./favourite-button";

/** A marketplace card as the page prepared it: every text already in the reader's language and formats. */
export type ProductCardView = {
  id: string;
  title: string;
  shopId: string;
  shopName: string;
  category: string;
  imageUrl: string | null;
  price: string;
  /** "19% · Targeted plan "…"", "Open rate 12%" or "20% · Campaign "…"". */
  rate: string;
  /** When the best rate comes with a campaign's link: what a product link earns instead. */
  rateNote: string | null;
  earn: string;
  /** The last 30 days' figures where there are any (items sold, earnings per click). */
  stats: string[];
  outOfStock: string | null;
  saved: boolean;
  productLink: { href: string; label: string; text: string };
  campaignLink: { href: string; label: string; text: string } | null;
  preview: string;
  shopPageLabel: string;
};

export function ProductCard({ card }: { card: ProductCardView }) {
  return (
    <article aria-label={card.title} className="relative flex h-full min-w-0 flex-col overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      {card.imageUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- app-served media, square
        <img src={card.imageUrl} alt="" className="aspect-square w-full object-cover" loading="lazy" />
      ) : (
        <div className="aspect-square w-full bg-slate-100" />
      )}
      <div className="absolute right-2 top-2">
        <FavouriteButton productId={card.id} title={card.title} saved={card.saved} />
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3 sm:p-4">
        <h3 className="break-words text-sm font-medium text-slate-900 sm:text-base">{card.title}</h3>
        <p className="break-words text-xs text-slate-600 sm:text-sm">
          <Link href={`/creator/shops/${encodeURIComponent(card.shopId)}`} aria-label={card.shopPageLabel} className="underline decoration-slate-300 underline-offset-2 hover:text-slate-900">
            {card.shopName}
          </Link>{" "}
          · {card.category}
        </p>
        <p className="text-sm tabular-nums text-slate-900">{card.price}</p>
        <p className="break-words text-xs font-medium text-emerald-700 sm:text-sm">{card.rate}</p>
        {card.rateNote ? <p className="break-words text-xs text-slate-600">{card.rateNote}</p> : null}
        <p className="text-xs text-slate-700 sm:text-sm">{card.earn}</p>
        {card.stats.map((line) => (
          <p key={line} className="text-xs tabular-nums text-slate-600">
            {line}
          </p>
        ))}
        {card.outOfStock ? <p className="text-xs text-amber-700">{card.outOfStock}</p> : null}
        <div className="mt-auto flex flex-wrap items-center gap-x-2 gap-y-1 pt-3">
          <ButtonLink href={card.productLink.href} size="sm" className="max-sm:w-full" aria-label={card.productLink.label}>
            {card.productLink.text}
          </ButtonLink>
          {card.campaignLink ? (
            <ButtonLink href={card.campaignLink.href} size="sm" variant="secondary" className="max-sm:w-full" aria-label={card.campaignLink.label}>
              {card.campaignLink.text}
            </ButtonLink>
          ) : null}
          <ButtonLink href={`/p/${encodeURIComponent(card.id)}`} variant="ghost" size="sm" target="_blank" className="max-sm:w-full">
            {card.preview}
          </ButtonLink>
        </div>
      </div>
    </article>
  );
}
