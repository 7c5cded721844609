import { getTranslations } from "next-intl/server";
import { creatorFollowerCount } from "@/db/queries/links";
import { mediaUrl } from "@/lib/media/url";
import { OPEN_PRODUCT_SORTS, liveCampaigns, listOpenProducts, openCatalogueFacets, type OpenProductSort } from "@/db/queries/open-catalogue";
import { ShowcaseLocked } from "@/components/links/showcase-locked";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/input";
import { Pagination } from "@/components/ui/pagination";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { commissionAmount } from "@/lib/commissions/amount";
import { bestProductRates } from "@/lib/commissions/creator-rates";
import { currentAffiliateThreshold } from "@/lib/creators/threshold";
import { canLinkShowcase } from "@/lib/links/rules";
import { oneOf, pageNumber, readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { isCurrencyCode, parseMoney, SUPPORTED_CURRENCIES, type CurrencyCode } from "@/lib/money";
import { creatorRateLabeller } from "../reward-text";

export async function generateMetadata() {
  return { title: (await getTranslations("creator.products"))("title") };
}

const QUERY_KEYS = ["q", "category", "shop", "currency", "min", "max", "rate", "campaign", "sort", "page"] as const;
/** The "rate at least" choices, in basis points. */
const MIN_RATES = ["500", "1000", "1500", "2000", "3000"] as const;

/** A price bound typed in the chosen currency ("150.000", "12.50"), or nothing when it does not read as one. */
function priceBound(value: string | undefined, currency: CurrencyCode | undefined): number | undefined {
  if (!value?.trim() || !currency) return undefined;
  const parsed = parseMoney(value.slice(0, 30), currency);
  return parsed.ok ? parsed.minor : undefined;
}

export default async function CreatorProductsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, user, at } = await pageActor("creator");
  const query = readSearchParams(await searchParams, QUERY_KEYS);
  const currency = isCurrencyCode(query.currency) ? query.currency : undefined;
  const minRate = oneOf(query.rate, MIN_RATES);
  const filters = {
    q: query.q?.slice(0, 100),
    category: query.category?.slice(0, 100) || undefined,
    shopId: query.shop?.slice(0, 40) || undefined,
    currency,
    minPriceMinor: priceBound(query.min, currency),
    maxPriceMinor: priceBound(query.max, currency),
    minRateBps: minRate ? Number(minRate) : undefined,
    inCampaign: query.campaign === "1",
    sort: oneOf(query.sort, OPEN_PRODUCT_SORTS) ?? "rate",
    page: pageNumber(query.page),
  };
  const [{ rows, total, page, pageSize }, facets, campaigns, followers] = await Promise.all([
    listOpenProducts(db, user.id, filters, at),
    openCatalogueFacets(db, user.id),
    liveCampaigns(db, at),
    creatorFollowerCount(db, user.id),
  ]);
  // The creator's own best rate on each listed product (a targeted plan they accepted may beat the open rate).
  const [rates, t, format] = await Promise.all([
    bestProductRates(db, { creatorId: user.id, productIds: rows.map((p) => p.id), at: at }),
    getTranslations("creator.products"),
    getReaderFormat(),
  ]);
  const rateLabel = await creatorRateLabeller(format);
  const sortLabel = (sort: OpenProductSort) => t(`sorts.${sort}`);
  const threshold = await currentAffiliateThreshold(db);
  const affiliate = canLinkShowcase(followers ?? 0, threshold).ok;
  const filtered = Boolean(filters.q || filters.category || filters.shopId || currency || filters.minRateBps || filters.inCampaign);
  const pageQuery = {
    q: filters.q,
    category: filters.category,
    shop: filters.shopId,
    currency,
    min: filters.minPriceMinor !== undefined ? query.min : undefined,
    max: filters.maxPriceMinor !== undefined ? query.max : undefined,
    rate: minRate,
    campaign: filters.inCampaign ? "1" : undefined,
    sort: filters.sort,
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
          <h2 id="campaigns-heading" className="mb-3 text-lg font-semibold">
            {t("campaignsHeading")}
          </h2>
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
        <form className="mb-4 grid grid-cols-2 gap-2 lg:grid-cols-5" role="search" aria-label={t("catalogueHeading")}>
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
          <Select name="rate" defaultValue={minRate ?? ""} aria-label={t("minRate")}>
            <option value="">{t("anyRate")}</option>
            {MIN_RATES.map((bps) => (
              <option key={bps} value={bps}>
                {t("rateAtLeast", { rate: format.percent(Number(bps)) })}
              </option>
            ))}
          </Select>
          <label className="flex min-h-11 items-center gap-2 text-sm text-slate-700 sm:min-h-0">
            <input type="checkbox" name="campaign" value="1" defaultChecked={filters.inCampaign} className="size-4 rounded border-slate-300" />
            {t("inCampaign")}
          </label>
          <div className="col-span-2 flex gap-2 lg:col-span-2">
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
        {filters.sort === "earning" && !currency && rows.length > 0 ? <p className="mb-3 text-xs text-slate-600">{t("earningSortNote")}</p> : null}
        {rows.length === 0 ? (
          filtered ? (
            <EmptyState
              title={t("noMatch")}
              action={
                <ButtonLink href="/creator/products" variant="secondary">
                  {t("clearFilters")}
                </ButtonLink>
              }
            />
          ) : (
            <EmptyState title={t("empty")}>{t("emptyText")}</EmptyState>
          )
        ) : (
          <>
            <ul className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-3 xl:grid-cols-4" aria-label={t("list")}>
              {rows.map((p) => (
                <li key={p.id}>
                  <article aria-label={p.title} className="flex h-full min-w-0 flex-col overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
                    {p.imageMediaId ? (
                      // eslint-disable-next-line @next/next/no-img-element -- app-served media, square
                      <img src={mediaUrl(p.imageMediaId)!} alt="" className="aspect-square w-full object-cover" loading="lazy" />
                    ) : (
                      <div className="aspect-square w-full bg-slate-100" />
                    )}
                    <div className="flex flex-1 flex-col gap-1 p-3 sm:p-4">
                      <h3 className="break-words text-sm font-medium text-slate-900 sm:text-base">{p.title}</h3>
                      <p className="break-words text-xs text-slate-600 sm:text-sm">
                        {p.shopName} · {p.category}
                      </p>
                      <p className="text-sm tabular-nums text-slate-900">{format.money(p.priceMinor, p.currency)}</p>
                      {(() => {
                        const rate = rates.get(p.id) ?? { planKind: "open" as const, planName: null, reward: { rateBps: p.openRateBps, flatFeeMinor: p.openFlatFeeMinor } };
                        return (
                          <>
                            <p className="break-words text-xs font-medium text-emerald-700 sm:text-sm">{rateLabel(rate, p.currency)}</p>
                            <p className="text-xs text-slate-700 sm:text-sm">{t("earnPerSale", { amount: format.money(commissionAmount(p.priceMinor, rate.reward.rateBps, rate.reward.flatFeeMinor), p.currency) })}</p>
                          </>
                        );
                      })()}
                      {p.stock === 0 ? <p className="text-xs text-amber-700">{t("outOfStock")}</p> : null}
                      <div className="mt-auto flex flex-wrap items-center gap-x-2 gap-y-1 pt-3">
                        <ButtonLink
                          href={`/creator/links/new?type=product&productId=${encodeURIComponent(p.id)}`}
                          size="sm"
                          className="max-sm:w-full"
                          aria-label={t("getLinkFor", { name: p.title })}
                        >
                          {t("getLink")}
                        </ButtonLink>
                        <ButtonLink href={`/p/${encodeURIComponent(p.id)}`} variant="ghost" size="sm" target="_blank" className="max-sm:w-full">
                          {t("preview")}
                        </ButtonLink>
                      </div>
                    </div>
                  </article>
                </li>
              ))}
            </ul>
            <Pagination page={page} pageSize={pageSize} total={total} query={pageQuery} />
          </>
        )}
      </section>
    </>
  );
}
