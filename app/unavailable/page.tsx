import type { Metadata } from "next";
import { connection } from "next/server";
import { findPublicShop, shopProductsForBuyers } from "@/db/queries/storefront";
import { ProductGrid } from "@/components/storefront/product-grid";
import { StorefrontFrame } from "@/app/storefront-frame";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { publicActor } from "@/server/context";

export const metadata: Metadata = { title: "No longer available", robots: { index: false } };

/**
 * Where a link to an archived product lands (lib/links/destination.ts): the product is gone, the
 * shop's other products are not. `shop` is only looked up, never echoed into a link.
 */
export default async function UnavailablePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  await connection();
  const slug = readSearchParams(await searchParams, ["shop"]).shop ?? "";
  const { db } = await publicActor();
  const shop = /^[a-z0-9-]{1,60}$/.test(slug) ? await findPublicShop(db, slug) : undefined;
  const products = shop ? await shopProductsForBuyers(db, shop.id, { limit: 8 }) : [];
  return (
    <StorefrontFrame>
      <div className="mx-auto max-w-lg py-10 text-center">
        {shop ? <p className="text-sm font-semibold text-brand-700">{shop.name}</p> : null}
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">This product is no longer available</h1>
        <p className="mt-2 text-slate-600">{shop ? `${shop.name} has stopped selling it, but there is more to discover.` : "The shop has stopped selling it."}</p>
      </div>
      {products.length > 0 && shop ? (
        <section className="mt-6" aria-labelledby="more-heading">
          <h2 id="more-heading" className="mb-4 text-lg font-semibold">
            More from {shop.name}
          </h2>
          <ProductGrid products={products} label={`More from ${shop.name}`} />
        </section>
      ) : null}
    </StorefrontFrame>
  );
}
