import { getTranslations } from "next-intl/server";
import { creatorFollowerCount } from "@/db/queries/links";
import { mediaUrl } from "@/lib/media/url";
import { listOpenProducts } from "@/db/queries/open-catalogue";
import { currentShowcase, findCreatorHandle } from "@/db/queries/showcase";
import { ShowcaseLocked } from "@/components/links/showcase-locked";
import { AddToShowcaseButton } from "@/components/showcase/showcase-controls";
import { ShowcaseEditor, type ShowcaseEditorItem } from "@/components/showcase/showcase-editor";
import { Badge } from "@/components/ui/alert";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { bestProductRates } from "@/lib/commissions/creator-rates";
import { currentAffiliateThreshold } from "@/lib/creators/threshold";
import { canLinkShowcase } from "@/lib/links/rules";
import { PIN_LIMIT } from "@/lib/showcase/order";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { creatorRateLabeller } from "../reward-text";

export async function generateMetadata() {
  return { title: (await getTranslations("creator.showcase"))("title") };
}

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
  const threshold = await currentAffiliateThreshold(db);
  const [t, format] = await Promise.all([getTranslations("creator.showcase"), getReaderFormat()]);
  if (!canLinkShowcase(followers, threshold).ok) {
    return (
      <>
        <PageHeader title={t("title")} />
        <ShowcaseLocked followers={followers} threshold={threshold} />
      </>
    );
  }
  const q = (readSearchParams(await searchParams, ["q"]).q ?? "").slice(0, 100);
  const [items, handle, candidates] = await Promise.all([currentShowcase(db, user.id), findCreatorHandle(db, user.id), listOpenProducts(db, user.id, { q, sort: "rate", pageSize: 12 })]);
  // A showcase link earns what a product link does: the creator's own best rate, shown with its plan.
  const rates = await bestProductRates(db, { creatorId: user.id, productIds: candidates.rows.map((p) => p.id), at: at });
  const inShowcase = new Set(items.map((i) => i.productId));
  const rateLabel = await creatorRateLabeller(format);
  const editorItems: ShowcaseEditorItem[] = items.map((item) => ({
    id: item.id,
    title: item.title,
    shopName: item.shopName,
    price: format.money(item.priceMinor, item.currency),
    imageUrl: mediaUrl(item.imageMediaId),
    pinned: item.pinSlot !== null,
    notice: item.status === "archived" ? "archived" : item.openToAffiliates ? null : "closed",
  }));
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <div className="flex flex-wrap gap-2">
            {handle ? (
              <ButtonLink href={`/s/${encodeURIComponent(handle)}`} variant="secondary" target="_blank">
                {t("viewPage")}
              </ButtonLink>
            ) : null}
            <ButtonLink href="/creator/links/new?type=showcase">
              {t("getLink")}
            </ButtonLink>
          </div>
        }
      />
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="items-heading" className="min-w-0">
          <h2 id="items-heading" className="mb-3 text-lg font-semibold">
            {t("inShowcase", { count: items.length })}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t("pinsNote", { max: PIN_LIMIT })}</p>
          <ShowcaseEditor items={editorItems} />
        </section>
        <section aria-labelledby="add-heading" className="min-w-0">
          <h2 id="add-heading" className="mb-3 text-lg font-semibold">
            {t("addHeading")}
          </h2>
          <form className="mb-3 flex gap-2" role="search">
            <Input name="q" defaultValue={q} placeholder={t("search")} aria-label={t("search")} className="min-w-0" />
            <button type="submit" className={buttonClass({ variant: "secondary" }, "shrink-0")}>
              {t("searchButton")}
            </button>
          </form>
          {candidates.rows.length === 0 ? (
            <EmptyState title={t("noMatch")} />
          ) : (
            <ul className="divide-y divide-slate-100 rounded-lg bg-white shadow-sm ring-1 ring-slate-200" aria-label={t("toAdd")}>
              {candidates.rows.map((p) => (
                <li key={p.id} className="flex items-center gap-3 px-3 py-2">
                  <Thumb mediaId={p.imageMediaId} />
                  <div className="min-w-0 flex-1">
                    <p className="break-words font-medium text-slate-900 sm:truncate">{p.title}</p>
                    <p className="break-words text-sm text-slate-600">
                      {p.shopName} · {format.money(p.priceMinor, p.currency)} · {rateLabel(rates.get(p.id) ?? { planKind: "open", planName: null, reward: { rateBps: p.openRateBps, flatFeeMinor: p.openFlatFeeMinor } }, p.currency)}
                    </p>
                  </div>
                  {inShowcase.has(p.id) ? <Badge tone="green">{t("inShowcaseBadge")}</Badge> : <AddToShowcaseButton productId={p.id} title={p.title} />}
                </li>
              ))}
            </ul>
          )}
          {candidates.total > candidates.rows.length ? <p className="mt-2 text-xs text-slate-500">{t("showing", { shown: format.number(candidates.rows.length), total: format.number(candidates.total) })}</p> : null}
        </section>
      </div>
    </>
  );
}
