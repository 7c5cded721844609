import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { creatorFollowerCount } from "@/db/queries/links";
import { OPEN_PRODUCT_SORTS, liveCampaigns, listOpenProducts, openCatalogueFacets, type OpenProductSort } from "@/db/queries/open-catalogue";
import { ShowcaseLocked } from "@/components/links/showcase-locked";
import { ProductGrid } from "@/components/marketplace/product-grid";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/input";
import { Pagination } from "@/components/ui/pagination";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { currentAffiliateThreshold } from "@/lib/creators/threshold";
import { canLinkShowcase } from "@/lib/links/rules";
import { marketplaceFilters } from "@/lib/validation/marketplace";
import type { PageSearchParams } from "@/lib/validation/search-params";
import { SUPPORTED_CURRENCIES } from "@/lib/money";
import { productCards } from "./product-cards";

export async function generateMetadata() {
  return { title: (await getTranslations("creator.products"))("title") };
}

export default async function CreatorProductsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, user, at } = await pageActor("creator");
  const { filters, query: pageQuery } = marketplaceFilters(await searchParams);
  const currency = filters.currency;
  const [{ rows, total, page, pageSize }, facets, campaigns, followers, t, format] = await Promise.all([
    listOpenProducts(db, user.id, filters, at),
    openCatalogueFacets(db, user.id),
    liveCampaigns(db, at),
    creatorFollowerCount(db, user.id),
    getTranslations("creator.products"),
    getReaderFormat(),
  ]);
  const cards = await productCards(db, { creatorId: user.id, rows, at, campaignNames: new Map(campaigns.map((c) => [c.id, c.name])), format });
  const sortLabel = (sort: OpenProductSort) => t(`sorts.${sort}`);
  const threshold = await currentAffiliateThreshold(db);
  const affiliate = canLinkShowcase(followers ?? 0, threshold).ok;
  const filtered = Boolean(filters.q || filters.category || filters.shopId || currency || filters.minRateBps !== undefined || filters.maxRateBps !== undefined || filters.inCampaign);
  const tab = (saved: boolean) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...pageQuery, saved: saved ? "1" : undefined })) if (v) params.set(k, v);
    return `/creator/products?${params.toString()}`;
  };
  return (
    <>
      <PageHeader title={t("heading")} description={t("description")} />

      <section aria-labelledby="showcase-heading" className="mb-8">
        <h2 id="showcase-heading" className="mb-3 text-lg font-semibold">
          {t("showcaseHeading")}
        </h2>
        {affiliate ? (
          <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <p className="text-sm text-slate-700">{t("showcaseText")}</p>
            <div className="flex flex-wrap gap-2">
              <ButtonLink href="/creator/showcase" variant="secondary">
                {t("editShowcase")}
              </ButtonLink>
              <ButtonLink href="/creator/links/new?type=showcase">
                {t("getShowcaseLink")}
              </ButtonLink>
            </div>
          </Card>
        ) : (
          <ShowcaseLocked followers={followers ?? 0} threshold={threshold} />
        )}
      </section>

      {campaigns.length > 0 ? (
        <section aria-labelledby="campaigns-heading" className="mb-8">
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="campaigns-heading" className="text-lg font-semibold">
              {t("campaignsHeading")}
            </h2>
            <Link href="/creator/campaigns" className="text-sm font-medium text-brand-700 underline underline-offset-2">
              {t("allCampaigns")}
            </Link>
          </div>
          <ul className="grid gap-3 sm:grid-cols-2" aria-label={t("liveCampaigns")}>
            {campaigns.map((c) => (
              <li key={c.id}>
                <Card className="flex h-full flex-col justify-between gap-3">
                  <div className="min-w-0">
                    <p className="break-words font-medium text-slate-900">{c.name}</p>
                    <p className="text-sm text-slate-600">
                      {c.shopName ? `${c.shopName} · ` : ""}
                      {t("campaignSummary", { count: c.productCount, end: format.day(c.endsAt) })}
                    </p>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    <ButtonLink
                      href={`/creator/links/new?type=campaign&campaignId=${encodeURIComponent(c.id)}`}
                      size="sm"
                      aria-label={t("getLinkFor", { name: c.name })}
                    >
                      {t("getLink")}
                    </ButtonLink>
                    <ButtonLink href={`/c/${encodeURIComponent(c.slug)}`} variant="secondary" size="sm" target="_blank">
                      {t("viewPage")}
                    </ButtonLink>
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="catalogue-heading">
        <h2 id="catalogue-heading" className="mb-3 text-lg font-semibold">
          {t("catalogueHeading")}
        </h2>
        <nav aria-label={t("view")} className="mb-3 flex gap-2">
          {[false, true].map((saved) => (
            <Link
              key={String(saved)}
              href={tab(saved)}
              aria-current={filters.favourites === saved ? "page" : undefined}
              className={cn(
                "inline-flex items-center rounded-full px-3 py-1.5 text-sm font-medium ring-1 ring-inset max-sm:min-h-11",
                filters.favourites === saved ? "bg-slate-900 text-white ring-slate-900" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
              )}
            >
              {saved ? t("favourites") : t("allProducts")}
            </Link>
          ))}
        </nav>
        <form className="mb-4 grid grid-cols-2 gap-2 lg:grid-cols-5" role="search" aria-label={t("catalogueHeading")}>
          {filters.favourites ? <input type="hidden" name="saved" value="1" /> : null}
          <Input name="q" type="search" defaultValue={filters.q} placeholder={t("search")} aria-label={t("search")} className="col-span-2" />
          <Select name="category" defaultValue={filters.category ?? ""} aria-label={t("category")}>
            <option value="">{t("allCategories")}</option>
            {facets.categories.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </Select>
          <Select name="shop" defaultValue={filters.shopId ?? ""} aria-label={t("shop")}>
            <option value="">{t("allShops")}</option>
            {facets.shops.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
          <Select name="currency" defaultValue={currency ?? ""} aria-label={t("currency")}>
            <option value="">{t("anyCurrency")}</option>
            {SUPPORTED_CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
          <Input name="min" defaultValue={pageQuery.min ?? ""} inputMode="decimal" placeholder={t("minPrice")} aria-label={t("minPrice")} title={currency ? undefined : t("priceNeedsCurrency")} />
          <Input name="max" defaultValue={pageQuery.max ?? ""} inputMode="decimal" placeholder={t("maxPrice")} aria-label={t("maxPrice")} title={currency ? undefined : t("priceNeedsCurrency")} />
          <Input name="rmin" defaultValue={pageQuery.rmin ?? ""} inputMode="decimal" placeholder={t("minRate")} aria-label={t("minRate")} />
          <Input name="rmax" defaultValue={pageQuery.rmax ?? ""} inputMode="decimal" placeholder={t("maxRate")} aria-label={t("maxRate")} />
          <label className="flex min-h-11 items-center gap-2 text-sm text-slate-700 sm:min-h-0">
            <input type="checkbox" name="campaign" value="1" defaultChecked={filters.inCampaign} className="size-4 rounded border-slate-300" />
            {t("inCampaign")}
          </label>
          <div className="col-span-2 flex gap-2 lg:col-span-3">
            <Select name="sort" defaultValue={filters.sort} aria-label={t("sort")} className="min-w-0">
              {OPEN_PRODUCT_SORTS.map((s) => (
                <option key={s} value={s}>
                  {sortLabel(s)}
                </option>
              ))}
            </Select>
            <button type="submit" className={buttonClass({ variant: "secondary" }, "shrink-0")}>
              {t("filter")}
            </button>
          </div>
        </form>
        {(filters.sort === "earning" || filters.sort === "epc") && !currency && rows.length > 0 ? <p className="mb-3 text-xs text-slate-600">{t("earningSortNote")}</p> : null}
        {rows.length === 0 ? (
          filtered ? (
            <EmptyState
              title={t("noMatch")}
              action={
                <ButtonLink href={filters.favourites ? "/creator/products?saved=1" : "/creator/products"} variant="secondary">
                  {t("clearFilters")}
                </ButtonLink>
              }
            />
          ) : filters.favourites ? (
            <EmptyState title={t("noFavourites")}>{t("noFavouritesText")}</EmptyState>
          ) : (
            <EmptyState title={t("empty")}>{t("emptyText")}</EmptyState>
          )
        ) : (
          <>
            <ProductGrid cards={cards} label={t("list")} />
            <Pagination page={page} pageSize={pageSize} total={total} query={pageQuery} />
          </>
        )}
      </section>
    </>
  );
}
