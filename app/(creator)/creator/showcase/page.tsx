import type { Metadata } from "next";
import { creatorFollowerCount } from "@/db/queries/links";
import { mediaUrl } from "@/lib/media/url";
import { listOpenProducts } from "@/db/queries/open-catalogue";
import { currentShowcase, findCreatorHandle } from "@/db/queries/showcase";
import { ShowcaseLocked } from "@/components/links/showcase-locked";
import { AddToShowcaseButton, ShowcaseItemControls } from "@/components/showcase/showcase-controls";
import { Badge } from "@/components/ui/alert";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { pageActor } from "@/server/context";
import { bestProductRates } from "@/lib/commissions/creator-rates";
import { affiliateThreshold } from "@/lib/creators/tier";
import { canLinkShowcase } from "@/lib/links/rules";
import { formatMoney } from "@/lib/money";
import { creatorRateLabel } from "@/lib/plans/rewards";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Showcase" };

function Thumb({ mediaId }: { mediaId: string | null }) {
  return mediaId ? (
    // eslint-disable-next-line @next/next/no-img-element -- app-served media, already sized
    <img src={mediaUrl(mediaId)!} alt="" width={48} height={48} className="size-12 shrink-0 rounded object-cover" loading="lazy" />
  ) : (
    <span className="size-12 shrink-0 rounded bg-slate-100" />
  );
}

export default async function ShowcasePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, user, at } = await pageActor("creator");
  const followers = (await creatorFollowerCount(db, user.id)) ?? 0;
  const threshold = affiliateThreshold();
  if (!canLinkShowcase(followers, threshold).ok) {
    return (
      <>
        <PageHeader title="Showcase" />
        <ShowcaseLocked followers={followers} threshold={threshold} />
      </>
    );
  }
  const q = (readSearchParams(await searchParams, ["q"]).q ?? "").slice(0, 100);
  const [items, handle, candidates] = await Promise.all([currentShowcase(db, user.id), findCreatorHandle(db, user.id), listOpenProducts(db, user.id, { q, sort: "rate", pageSize: 12 })]);
  // A showcase link earns what a product link does: the creator's own best rate, shown with its plan.
  const rates = await bestProductRates(db, { creatorId: user.id, productIds: candidates.rows.map((p) => p.id), at: at });
  const inShowcase = new Set(items.map((i) => i.productId));
  return (
    <>
      <PageHeader
        title="Showcase"
        description="Your own page of favourite products, in the order you choose. One link earns on every product in it while it is there."
        actions={
          <>
            {handle ? (
              <ButtonLink href={`/s/${encodeURIComponent(handle)}`} variant="secondary" target="_blank">
                View page
              </ButtonLink>
            ) : null}
            <ButtonLink href="/creator/links/new?type=showcase">Get showcase link</ButtonLink>
          </>
        }
      />
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="items-heading">
          <h2 id="items-heading" className="mb-3 text-lg font-semibold">
            In your showcase ({items.length})
          </h2>
          {items.length === 0 ? (
            <EmptyState title="Your showcase is empty">Add products from the open catalogue: they appear on your page in this order.</EmptyState>
          ) : (
            <ol className="divide-y divide-slate-100 rounded-lg bg-white shadow-sm ring-1 ring-slate-200" aria-label="Showcase products">
              {items.map((item, index) => (
                <li key={item.id} className="flex items-center gap-3 px-3 py-2">
                  <span className="w-5 text-right text-sm tabular-nums text-slate-400">{index + 1}</span>
                  <Thumb mediaId={item.imageMediaId} />
                  <div className="min-w-0 flex-1">
                    <p className="truncate font-medium text-slate-900">{item.title}</p>
                    <p className="text-sm text-slate-600">
                      {item.shopName} · {formatMoney(item.priceMinor, item.currency)}
                    </p>
                    {item.status === "archived" ? <Badge tone="red">archived: hidden from buyers</Badge> : !item.openToAffiliates ? <Badge tone="amber">closed to creators: earns nothing</Badge> : null}
                  </div>
                  <ShowcaseItemControls itemId={item.id} title={item.title} first={index === 0} last={index === items.length - 1} />
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="add-heading">
          <h2 id="add-heading" className="mb-3 text-lg font-semibold">
            Add products
          </h2>
          <form className="mb-3 flex gap-2" role="search">
            <Input name="q" defaultValue={q} placeholder="Search the open catalogue" aria-label="Search the open catalogue" />
            <button type="submit" className={buttonClass({ variant: "secondary" })}>
              Search
            </button>
          </form>
          {candidates.rows.length === 0 ? (
            <EmptyState title="No products match" />
          ) : (
            <ul className="divide-y divide-slate-100 rounded-lg bg-white shadow-sm ring-1 ring-slate-200" aria-label="Products to add">
              {candidates.rows.map((p) => (
                <li key={p.id} className="flex items-center gap-3 px-3 py-2">
                  <Thumb mediaId={p.imageMediaId} />
                  <div className="min-w-0 flex-1">
                    <p className="truncate font-medium text-slate-900">{p.title}</p>
                    <p className="text-sm text-slate-600">
                      {p.shopName} · {formatMoney(p.priceMinor, p.currency)} · {creatorRateLabel(rates.get(p.id) ?? { planKind: "open", planName: null, reward: { rateBps: p.openRateBps, flatFeeMinor: p.openFlatFeeMinor } }, p.currency)}
                    </p>
                  </div>
                  {inShowcase.has(p.id) ? <Badge tone="green">in showcase</Badge> : <AddToShowcaseButton productId={p.id} title={p.title} />}
                </li>
              ))}
            </ul>
          )}
          {candidates.total > candidates.rows.length ? <p className="mt-2 text-xs text-slate-500">Showing {candidates.rows.length} of {candidates.total}: search to narrow down.</p> : null}
        </section>
      </div>
    </>
  );
}
