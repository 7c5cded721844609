import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CurrencyCode } from "@/lib/money";
import { stockLevel } from "@/lib/showcase/stock";
import { AddToCartForm } from "@/components/storefront/add-to-cart-form";
import { Badge } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { Money } from "@/components/ui/formatted";

export type ShowcaseCardProduct = {
  id: string;
  title: string;
  shopName: string;
  priceMinor: number;
  currency: CurrencyCode;
  imageUrl: string | null;
  stock: number;
  pinned: boolean;
};

const STOCK_TONE = { soldOut: "text-red-700", onlyLeft: "text-amber-700", inStock: "text-emerald-700" } as const;

/**
 * A creator's picks for buyers, two across on a phone. Each card opens the product's page (the
 * showcase link's cookie is already set, so any product here earns for the creator); a sold-out
 * product stays listed, marked, without "Add to cart".
 */
export function ShowcaseGrid({ products, label }: { products: ShowcaseCardProduct[]; label: string }) {
  const t = useTranslations("buyer.showcase");
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4" aria-label={label}>
      {products.map((p) => {
        const level = stockLevel(p.stock);
        return (
          <li key={p.id} className="flex min-w-0 flex-col overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200 hover:ring-brand-300">
            <Link href={`/p/${encodeURIComponent(p.id)}`} className="group relative block flex-1">
              {p.imageUrl ? (
                // eslint-disable-next-line @next/next/no-img-element -- app-served media, square
                <img src={p.imageUrl} alt="" className={cn("aspect-square w-full object-cover", level === "soldOut" && "opacity-50 grayscale")} loading="lazy" />
              ) : (
                <div className="aspect-square w-full bg-slate-100" />
              )}
              {p.pinned ? (
                <span className="absolute top-2 left-2">
                  <Badge tone="violet">{t("pinnedBadge")}</Badge>
                </span>
              ) : null}
              <div className="space-y-1 p-3 pb-2">
                <h2 className="text-sm font-medium break-words text-slate-900 group-hover:underline">{p.title}</h2>
                <p className="text-sm font-semibold tabular-nums">
                  <Money minor={p.priceMinor} currency={p.currency} />
                </p>
                <p className="text-xs break-words text-slate-500">{p.shopName}</p>
                <p className={cn("text-xs font-medium", STOCK_TONE[level])}>{t(level, { count: p.stock })}</p>
              </div>
            </Link>
            {level === "soldOut" ? null : (
              <div className="px-3 pb-3">
                <AddToCartForm productId={p.id} title={p.title} compact />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
