import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { findPublicShop, shopProductsForBuyers } from "@/db/queries/storefront";
import { ProductGrid } from "@/components/storefront/product-grid";
import { StorefrontFrame } from "@/app/storefront-frame";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { publicActor } from "@/server/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("buyer.unavailable"))("title"), robots: { index: false } };
}

/**
 * Where a link to an archived product lands (lib/links/destination.ts): the product is gone, the
 * shop's other products are not. `shop` is only looked up, never echoed into a link.
 */
export default async function UnavailablePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  await connection();
  const slug = readSearchParams(await searchParams, ["shop"]).shop ?? "";
  const { db } = await publicActor();
  const shop = /^[a-z0-9-]{1,60}$/.test(slug) ? await findPublicShop(db, slug) : undefined;
  const [t, products] = await Promise.all([getTranslations("buyer.unavailable"), shop ? shopProductsForBuyers(db, shop.id, { limit: 8 }) : []]);
  const more = shop ? t("moreFrom", { shop: shop.name }) : "";
  return (
    <StorefrontFrame shopId={shop?.id}>
      <div className="mx-auto max-w-lg py-10 text-center">
        {shop ? <p className="text-sm font-semibold text-brand-700">{shop.name}</p> : null}
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="mt-2 text-slate-600">{shop ? t("shopStopped", { shop: shop.name }) : t("stopped")}</p>
      </div>
      {products.length > 0 && shop ? (
        <section className="mt-6" aria-labelledby="more-heading">
          <h2 id="more-heading" className="mb-4 text-lg font-semibold">
            {more}
          </h2>
          <ProductGrid products={products} label={more} />
        </section>
      ) : null}
    </StorefrontFrame>
  );
}
