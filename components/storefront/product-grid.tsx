import Link from "next/link";
import { mediaUrl } from "@/lib/media/url";
import type { CurrencyCode } from "@/lib/money";
import { Money } from "@/components/ui/formatted";
import { AddToCartForm } from "./add-to-cart-form";

export type GridProduct = { id: string; title: string; priceMinor: number; currency: CurrencyCode; imageMediaId: string | null; shopName?: string };

/** Product cards for buyers, two across on a phone; each opens the product's page and can add one unit to the cart. */
export function ProductGrid({ products, label, headingLevel = 3 }: { products: GridProduct[]; label: string; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4" aria-label={label}>
      {products.map((p) => (
        <li key={p.id}>
          <ProductCard product={p} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}

function ProductCard({ product: p, headingLevel = 3 }: { product: GridProduct; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="flex h-full min-w-0 flex-col overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200 hover:ring-brand-300">
      <Link href={`/p/${encodeURIComponent(p.id)}`} className="group block flex-1">
        {p.imageMediaId ? (
          // eslint-disable-next-line @next/next/no-img-element -- app-served media, square
          <img src={mediaUrl(p.imageMediaId)!} alt="" className="aspect-square w-full object-cover" loading="lazy" />
        ) : (
          <div className="aspect-square w-full bg-slate-100" />
        )}
        <div className="space-y-1 p-3 pb-2">
          <Heading className="text-sm font-medium break-words text-slate-900 group-hover:underline">{p.title}</Heading>
          <p className="text-sm font-semibold tabular-nums"><Money minor={p.priceMinor} currency={p.currency} /></p>
          {p.shopName ? <p className="text-xs break-words text-slate-500">{p.shopName}</p> : null}
        </div>
      </Link>
      <div className="px-3 pb-3">
        <AddToCartForm productId={p.id} title={p.title} compact />
      </div>
    </div>
  );
}
