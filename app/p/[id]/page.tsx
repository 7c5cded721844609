import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { mediaUrl } from "@/lib/media/url";
import { listShopDomains } from "@/db/queries/shop-domains";
import { findPublicProduct, shopProductsForBuyers } from "@/db/queries/storefront";
import { AddToCartForm } from "@/components/storefront/add-to-cart-form";
import { ProductGrid } from "@/components/storefront/product-grid";
import { StorefrontFrame } from "@/app/storefront-frame";
import { MAX_QUANTITY } from "@/lib/cart/cookie";
import { externalUrlOnVerifiedDomain } from "@/lib/catalogue/domains";
import { isId } from "@/lib/ids";
import { getReaderFormat } from "@/server/i18n";
import { publicActor } from "@/server/context";

/** A product's public page, where product links land: no sign-in, nothing private. */

const findProduct = cache(async (id: string) => (isId(id, "prd") ? findPublicProduct((await publicActor()).db, id) : undefined));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  await connection();
  const [product, t] = await Promise.all([findProduct((await params).id), getTranslations("buyer.product")]);
  if (!product) return { title: t("notFoundTitle") };
  if (product.status === "archived") return { title: t("unavailableTitle"), robots: { index: false } };
  return { title: `${product.title} · ${product.shopName}`, description: product.description.slice(0, 160) || undefined };
}

function stockLabel(stock: number): { key: "outOfStock" | "onlyLeft" | "inStock"; tone: string } {
  if (stock === 0) return { key: "outOfStock", tone: "text-red-700" };
  if (stock <= 5) return { key: "onlyLeft", tone: "text-amber-700" };
  return { key: "inStock", tone: "text-emerald-700" };
}

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  // Read at request time: stock, price and status change without a new build.
  await connection();
  const product = await findProduct((await params).id);
  if (!product) notFound();
  const { db } = await publicActor();
  const [t, format, more, shopDomains] = await Promise.all([
    getTranslations("buyer.product"),
    getReaderFormat(),
    shopProductsForBuyers(db, product.shopId, { exceptProductId: product.id, limit: 4 }),
    product.externalUrl ? listShopDomains(db, product.shopId) : [],
  ]);
  // Creators' links go to the seller's site only while its domain is verified; otherwise they land here.
  const soldOnVerifiedSite = product.externalUrl !== null && externalUrlOnVerifiedDomain(product.externalUrl, shopDomains.filter((d) => d.state === "verified").map((d) => d.domain));

  if (product.status === "archived") {
    return (
      <StorefrontFrame shopId={product.shopId}>
        <div className="mx-auto max-w-lg py-10 text-center">
          <p className="text-sm font-semibold text-brand-700">{product.shopName}</p>
          <h1 className="mt-2 text-2xl font-semibold tracking-tight break-words">{t("archivedHeading", { title: product.title })}</h1>
          <p className="mt-2 text-slate-600">{t("archivedText")}</p>
        </div>
        {more.length > 0 ? <MoreFromShop heading={t("moreFrom", { shop: product.shopName })} products={more} /> : null}
      </StorefrontFrame>
    );
  }

  const image = mediaUrl(product.imageMediaId);
  const logo = mediaUrl(product.shopLogoMediaId);
  const stock = stockLabel(product.stock);
  return (
    <StorefrontFrame shopId={product.shopId}>
      <article className="grid gap-6 md:grid-cols-2 md:gap-10">
        {image ? (
          // eslint-disable-next-line @next/next/no-img-element -- app-served media of any size
          <img src={image} alt={product.title} className="aspect-square w-full rounded-xl bg-white object-cover shadow-sm ring-1 ring-slate-200" />
        ) : (
          <div className="aspect-square w-full rounded-xl bg-slate-100" />
        )}
        <div className="min-w-0 space-y-4">
          <p className="text-sm font-medium text-slate-500">{product.category}</p>
          <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900 sm:text-3xl">{product.title}</h1>
          <p className="text-2xl font-semibold tabular-nums text-slate-900">{format.money(product.priceMinor, product.currency)}</p>
          <p className={`text-sm font-medium ${stock.tone}`}>{t(stock.key, { count: product.stock })}</p>
          {soldOnVerifiedSite ? (
            <p className="text-sm text-slate-600">{t("soldOnSite", { shop: product.shopName })}</p>
          ) : product.externalUrl ? (
            <p className="text-sm text-slate-600">{t("soldOnSiteUnlinkable", { shop: product.shopName })}</p>
          ) : product.stock > 0 ? (
            <AddToCartForm productId={product.id} title={product.title} maxQuantity={Math.min(product.stock, MAX_QUANTITY)} />
          ) : null}
          {product.description ? <p className="whitespace-pre-line leading-relaxed break-words text-slate-700">{product.description}</p> : null}
          <div className="flex items-center gap-3 rounded-lg bg-white p-4 ring-1 ring-slate-200">
            {logo ? (
              // eslint-disable-next-line @next/next/no-img-element -- app-served media, already sized
              <img src={logo} alt="" width={40} height={40} className="size-10 rounded-full object-cover" />
            ) : (
              <span className="flex size-10 items-center justify-center rounded-full bg-brand-50 font-semibold text-brand-700" aria-hidden>
                {product.shopName.slice(0, 1)}
              </span>
            )}
            <div className="min-w-0">
              <p className="text-xs text-slate-500">{t("soldBy")}</p>
              <p className="font-medium text-slate-900">{product.shopName}</p>
            </div>
          </div>
        </div>
      </article>
      {more.length > 0 ? <MoreFromShop heading={t("moreFrom", { shop: product.shopName })} products={more} /> : null}
    </StorefrontFrame>
  );
}

function MoreFromShop({ heading, products }: { heading: string; products: Parameters<typeof ProductGrid>[0]["products"] }) {
  return (
    <section className="mt-12" aria-labelledby="more-heading">
      <h2 id="more-heading" className="mb-4 text-lg font-semibold">
        {heading}
      </h2>
      <ProductGrid products={products} label={heading} />
    </section>
  );
}
