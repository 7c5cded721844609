import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OPEN_PRODUCT_SORTS, findMarketplaceShop, listOpenProducts, liveCampaigns, type OpenProductSort } from "@/db/queries/open-catalogue";
import { ProductGrid } from "@/components/marketplace/product-grid";
import { OpenThreadButton } from "@/components/messages/open-thread-button";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Select } from "@/components/ui/input";
import { Pagination } from "@/components/ui/pagination";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { creatorMayOpenThread } from "@/lib/messages/threads";
import { marketplaceFilters } from "@/lib/validation/marketplace";
import type { PageSearchParams } from "@/lib/validation/search-params";
import { productCards } from "../../products/product-cards";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> };

export async function generateMetadata({ params }: Props) {
  const { db } = await pageActor("creator");
  const shop = await findMarketplaceShop(db, (await params).id);
  return { title: shop?.name ?? (await getTranslations("creator.shop"))("title") };
}

/** A shop in the marketplace: its products open to the creator (the marketplace's cards) and its live campaigns. */
export default async function CreatorShopPage({ params, searchParams }: Props) {
  const { db, user, at } = await pageActor("creator");
  const shop = await findMarketplaceShop(db, (await params).id);
  if (!shop) notFound();
  // Only the sort and the page apply here: the shop is the filter.
  const { filters } = marketplaceFilters(await searchParams);
  const [{ rows, total, page, pageSize }, live, t, tp, format, mayMessage] = await Promise.all([
    listOpenProducts(db, user.id, { shopId: shop.id, sort: filters.sort, page: filters.page }, at),
    liveCampaigns(db, at),
    getTranslations("creator.shop"),
    getTranslations("creator.products"),
    getReaderFormat(),
    creatorMayOpenThread(db, { creatorId: user.id, shopId: shop.id }),
  ]);
  const campaigns = live.filter((c) => c.shopId === shop.id);
  // A product may also be in a platform campaign, so every live campaign can name a card's plan.
  const cards = await productCards(db, { creatorId: user.id, rows, at, campaignNames: new Map(live.map((c) => [c.id, c.name])), format });
  const country = new Intl.DisplayNames([format.locale], { type: "region" }).of(shop.country) ?? shop.country;
  const sortLabel = (sort: OpenProductSort) => tp(`sorts.${sort}`);
  return (
    <>
      <PageHeader
        title={shop.name}
        description={t("summary", { country, count: total })}
        actions={
          <>
            {mayMessage ? <OpenThreadButton to={{ shopId: shop.id }} /> : null}
            <ButtonLink href="/creator/products" variant="secondary">
              {t("back")}
            </ButtonLink>
          </>
        }
      />

      {campaigns.length > 0 ? (
        <section aria-labelledby="shop-campaigns-heading" className="mb-8">
          <h2 id="shop-campaigns-heading" className="mb-3 text-lg font-semibold">
            {t("campaignsHeading")}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {campaigns.map((c) => (
              <li key={c.id}>
                <Card className="flex h-full flex-col justify-between gap-3">
                  <div className="min-w-0">
                    <p className="break-words font-medium text-slate-900">{c.name}</p>
                    <p className="text-sm text-slate-600">{t("until", { end: format.day(c.endsAt) })}</p>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    <ButtonLink href={`/creator/links/new?type=campaign&campaignId=${encodeURIComponent(c.id)}`} size="sm" aria-label={tp("getCampaignLinkFor", { name: c.name })}>
                      {tp("getCampaignLink")}
                    </ButtonLink>
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="shop-products-heading">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-2">
          <h2 id="shop-products-heading" className="text-lg font-semibold">
            {t("productsHeading")}
          </h2>
          <form className="flex gap-2">
            <Select name="sort" defaultValue={filters.sort} aria-label={tp("sort")} className="min-w-0">
              {OPEN_PRODUCT_SORTS.map((s) => (
                <option key={s} value={s}>
                  {sortLabel(s)}
                </option>
              ))}
            </Select>
            <button type="submit" className={buttonClass({ variant: "secondary" }, "shrink-0")}>
              {tp("filter")}
            </button>
          </form>
        </div>
        {rows.length === 0 ? (
          <EmptyState title={t("noProducts")}>{t("noProductsText")}</EmptyState>
        ) : (
          <>
            <ProductGrid cards={cards} label={t("productsHeading")} />
            <Pagination page={page} pageSize={pageSize} total={total} query={{ sort: filters.sort }} />
          </>
        )}
      </section>
    </>
  );
}
