import type { Metadata } from "next";
import { creatorFollowerCount } from "@/db/queries/links";
import { mediaUrl } from "@/lib/media/url";
import { OPEN_PRODUCT_SORTS, liveCampaigns, listOpenProducts, openCatalogueFacets, type OpenProductSort } from "@/db/queries/open-catalogue";
import { ShowcaseLocked } from "@/components/links/showcase-locked";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/input";
import { Pagination } from "@/components/ui/pagination";
import { pageActor } from "@/server/context";
import { bestProductRates } from "@/lib/commissions/creator-rates";
import { affiliateThreshold } from "@/lib/creators/tier";
import { canLinkShowcase } from "@/lib/links/rules";
import { formatMoney } from "@/lib/money";
import { formatUtcDateTime } from "@/lib/plans/dates";
import { creatorRateLabel } from "@/lib/plans/rewards";
import { oneOf, pageNumber, readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Products to link" };

const QUERY_KEYS = ["q", "category", "shop", "sort", "page"] as const;

const SORT_LABELS: Record<OpenProductSort, string> = {
  rate: "Highest rate",
  newest: "Newest",
  price_asc: "Price, low to high",
  price_desc: "Price, high to low",
};


export default async function CreatorProductsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, user, at } = await pageActor("creator");
  const query = readSearchParams(await searchParams, QUERY_KEYS);
  const filters = {
    q: query.q?.slice(0, 100),
    category: query.category?.slice(0, 100) || undefined,
    shopId: query.shop?.slice(0, 40) || undefined,
    sort: oneOf(query.sort, OPEN_PRODUCT_SORTS) ?? "rate",
    page: pageNumber(query.page),
  };
  const [{ rows, total, page, pageSize }, facets, campaigns, followers] = await Promise.all([
    listOpenProducts(db, user.id, filters),
    openCatalogueFacets(db, user.id),
    liveCampaigns(db, at),
    creatorFollowerCount(db, user.id),
  ]);
  // The creator's own best rate on each listed product (a targeted plan they accepted may beat the open rate).
  const rates = await bestProductRates(db, { creatorId: user.id, productIds: rows.map((p) => p.id), at: at });
  const threshold = affiliateThreshold();
  const affiliate = canLinkShowcase(followers ?? 0, threshold).ok;
  const filtered = Boolean(filters.q || filters.category || filters.shopId);
  return (
    <>
      <PageHeader title="Products" description="Every product open to creators, in every shop. Get a link, share it anywhere, earn on the sales it brings." />

      <section aria-labelledby="showcase-heading" className="mb-8">
        <h2 id="showcase-heading" className="mb-3 text-lg font-semibold">
          Your showcase
        </h2>
        {affiliate ? (
          <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <p className="text-sm text-slate-700">One link to your own page of favourite products, earning on every product in it.</p>
            <div className="flex gap-2">
              <ButtonLink href="/creator/showcase" variant="secondary">
                Edit showcase
              </ButtonLink>
              <ButtonLink href="/creator/links/new?type=showcase">Get showcase link</ButtonLink>
            </div>
          </Card>
        ) : (
          <ShowcaseLocked followers={followers ?? 0} threshold={threshold} />
        )}
      </section>

      {campaigns.length > 0 ? (
        <section aria-labelledby="campaigns-heading" className="mb-8">
          <h2 id="campaigns-heading" className="mb-3 text-lg font-semibold">
            Campaigns you can share
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2" aria-label="Live campaigns">
            {campaigns.map((c) => (
              <li key={c.id}>
                <Card className="flex h-full flex-col justify-between gap-3">
                  <div>
                    <p className="font-medium text-slate-900">{c.name}</p>
                    <p className="text-sm text-slate-600">
                      {c.shopName ? `${c.shopName} · ` : ""}
                      {c.productCount} {c.productCount === 1 ? "product" : "products"} · until {formatUtcDateTime(c.endsAt)}
                    </p>
                  </div>
                  <div className="flex gap-2">
                    <ButtonLink href={`/creator/links/new?type=campaign&campaignId=${encodeURIComponent(c.id)}`} size="sm" aria-label={`Get link for ${c.name}`}>
                      Get link
                    </ButtonLink>
                    <ButtonLink href={`/c/${encodeURIComponent(c.slug)}`} variant="secondary" size="sm" target="_blank">
                      View page
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
          Open catalogue
        </h2>
        <form className="mb-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-5" role="search">
          <Input name="q" defaultValue={filters.q} placeholder="Search by title" aria-label="Search by title" className="lg:col-span-2" />
          <Select name="category" defaultValue={filters.category ?? ""} aria-label="Category">
            <option value="">All categories</option>
            {facets.categories.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </Select>
          <Select name="shop" defaultValue={filters.shopId ?? ""} aria-label="Shop">
            <option value="">All shops</option>
            {facets.shops.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
          <div className="flex gap-2">
            <Select name="sort" defaultValue={filters.sort} aria-label="Sort">
              {OPEN_PRODUCT_SORTS.map((s) => (
                <option key={s} value={s}>
                  {SORT_LABELS[s]}
                </option>
              ))}
            </Select>
            <button type="submit" className={buttonClass({ variant: "secondary" })}>
              Filter
            </button>
          </div>
        </form>
        {rows.length === 0 ? (
          filtered ? (
            <EmptyState title="No products match" action={<ButtonLink href="/creator/products" variant="secondary">Clear filters</ButtonLink>} />
          ) : (
            <EmptyState title="No products open to creators yet">When sellers open products to creators, they show up here.</EmptyState>
          )
        ) : (
          <>
            <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4" aria-label="Products">
              {rows.map((p) => (
                <li key={p.id}>
                  <article aria-label={p.title} className="flex h-full flex-col overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
                    {p.imageMediaId ? (
                      // eslint-disable-next-line @next/next/no-img-element -- app-served media, square
                      <img src={mediaUrl(p.imageMediaId)!} alt="" className="aspect-[4/3] w-full object-cover" loading="lazy" />
                    ) : (
                      <div className="aspect-[4/3] w-full bg-slate-100" />
                    )}
                    <div className="flex flex-1 flex-col gap-1 p-4">
                      <h3 className="font-medium text-slate-900">{p.title}</h3>
                      <p className="text-sm text-slate-600">
                        {p.shopName} · {p.category}
                      </p>
                      <p className="text-sm tabular-nums text-slate-900">{formatMoney(p.priceMinor, p.currency)}</p>
                      <p className="text-sm font-medium text-emerald-700">{creatorRateLabel(rates.get(p.id) ?? { planKind: "open", planName: null, reward: { rateBps: p.openRateBps, flatFeeMinor: p.openFlatFeeMinor } }, p.currency)}</p>
                      {p.stock === 0 ? <p className="text-xs text-amber-700">Out of stock for now</p> : null}
                      <div className="mt-auto flex items-center gap-2 pt-3">
                        <ButtonLink href={`/creator/links/new?type=product&productId=${encodeURIComponent(p.id)}`} size="sm" aria-label={`Get link for ${p.title}`}>
                          Get link
                        </ButtonLink>
                        <ButtonLink href={`/p/${encodeURIComponent(p.id)}`} variant="ghost" size="sm" target="_blank">
                          Preview
                        </ButtonLink>
                      </div>
                    </div>
                  </article>
                </li>
              ))}
            </ul>
            <Pagination page={page} pageSize={pageSize} total={total} query={{ q: filters.q, category: filters.category, shop: filters.shopId, sort: filters.sort }} />
          </>
        )}
      </section>
    </>
  );
}
