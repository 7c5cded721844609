import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import type { Database } from "@/db/client";
import { creatorFollowerCount } from "@/db/queries/links";
import { mediaUrl } from "@/lib/media/url";
import { findCampaignToLink, findProductToLink, liveCampaigns } from "@/db/queries/open-catalogue";
import { currentShowcase } from "@/db/queries/showcase";
import { LinkRequestForm, type LinkFormTarget } from "@/components/links/link-request-form";
import { ShowcaseLocked } from "@/components/links/showcase-locked";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { bestProductRates } from "@/lib/commissions/creator-rates";
import { currentAffiliateThreshold } from "@/lib/creators/threshold";
import { isId } from "@/lib/ids";
import { canLinkCampaign, canLinkProduct, canLinkShowcase } from "@/lib/links/rules";
import { CHANNELS } from "@/lib/validation/links";
import { oneOf, readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { creatorRateLabeller } from "../../reward-text";

export async function generateMetadata() {
  return { title: (await getTranslations("creator.linkNew"))("title") };
}

// Values are checked (isId, the channel list) before use, so a repeated parameter's array never matches.
const QUERY_KEYS = ["type", "productId", "campaignId", "channel"] as const;

/** What is being linked, and whether it can be: a summary, then the form or the reason it cannot. */
type Subject = { title: string; summary: ReactNode; target: LinkFormTarget } | { title: string; summary: ReactNode; blocked: ReactNode };

async function productSubject(db: Database, productId: string, creatorId: string, at: Date): Promise<Subject | null> {
  const product = isId(productId, "prd") ? await findProductToLink(db, productId) : undefined;
  if (!product) return null;
  const [rates, t, errors, format] = await Promise.all([
    bestProductRates(db, { creatorId, productIds: [product.id], at: at }),
    getTranslations("creator.linkNew"),
    getTranslations("creator.errors"),
    getReaderFormat(),
  ]);
  const rate = rates.get(product.id);
  const rateLabel = await creatorRateLabeller(format);
  const summary = (
    <div className="flex min-w-0 items-center gap-4">
      {product.imageMediaId ? (
        // eslint-disable-next-line @next/next/no-img-element -- app-served media, already sized
        <img src={mediaUrl(product.imageMediaId)!} alt="" width={64} height={64} className="size-16 shrink-0 rounded object-cover" />
      ) : (
        <span className="size-16 shrink-0 rounded bg-slate-100" />
      )}
      <div className="min-w-0">
        <p className="break-words font-medium text-slate-900">{product.title}</p>
        <p className="text-sm text-slate-600">
          {product.shopName} · {format.money(product.priceMinor, product.currency)}
        </p>
        {product.openToAffiliates ? (
          <p className="text-sm font-medium text-emerald-700">{rateLabel(rate ?? { planKind: "open", planName: null, reward: { rateBps: product.openRateBps, flatFeeMinor: product.openFlatFeeMinor } }, product.currency)}</p>
        ) : null}
      </div>
    </div>
  );
  const verdict = canLinkProduct(product);
  if (!verdict.ok) {
    const reason = verdict.reason === "not_open" ? errors("productNotOpen", { title: product.title }) : errors("shopBlocked");
    return { title: product.title, summary, blocked: <Alert tone="warning">{`${reason} ${t("pickAnother")}`}</Alert> };
  }
  return { title: product.title, summary, target: { type: "product", productId: product.id } };
}

async function campaignSubject(db: Database, campaignId: string, at: Date): Promise<Subject | null> {
  const campaign = isId(campaignId, "cmp") ? await findCampaignToLink(db, campaignId) : undefined;
  if (!campaign) return null;
  const [t, products, format] = await Promise.all([getTranslations("creator.linkNew"), getTranslations("creator.products"), getReaderFormat()]);
  const summary = (
    <div>
      <p className="font-medium text-slate-900">{campaign.name}</p>
      <p className="text-sm text-slate-600">
        {campaign.shopName ? `${campaign.shopName} · ` : ""}
        {products("campaignSummary", { count: campaign.productCount, end: format.day(campaign.endsAt) })}
      </p>
    </div>
  );
  if (!canLinkCampaign(campaign, { at }).ok) return { title: campaign.name, summary, blocked: <Alert tone="warning">{t("campaignEnded", { name: campaign.name })}</Alert> };
  return { title: campaign.name, summary, target: { type: "campaign", campaignId: campaign.id } };
}

async function showcaseSubject(db: Database, creatorId: string): Promise<Subject> {
  const followers = (await creatorFollowerCount(db, creatorId)) ?? 0;
  const threshold = await currentAffiliateThreshold(db);
  const t = await getTranslations("creator.linkNew");
  if (!canLinkShowcase(followers, threshold).ok) {
    return { title: t("yourShowcase"), summary: null, blocked: <ShowcaseLocked followers={followers} threshold={threshold} /> };
  }
  const items = await currentShowcase(db, creatorId);
  const summary = (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <p className="text-sm text-slate-700">{t("showcaseSummary", { count: items.length })}</p>
      <ButtonLink href="/creator/showcase" variant="secondary" size="sm">
        {t("editShowcase")}
      </ButtonLink>
    </div>
  );
  return { title: t("yourShowcase"), summary, target: { type: "showcase" } };
}

export default async function NewLinkPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, user, at } = await pageActor("creator");
  const query = readSearchParams(await searchParams, QUERY_KEYS);
  const productId = query.productId ?? "";
  const campaignId = query.campaignId ?? "";
  if (query.type === undefined && query.productId === undefined && query.campaignId === undefined) return <LinkChooser db={db} creatorId={user.id} at={at} />;
  const subject =
    query.type === "product" && productId
      ? await productSubject(db, productId, user.id, at)
      : query.type === "campaign" && campaignId
        ? await campaignSubject(db, campaignId, at)
        : query.type === "showcase"
          ? await showcaseSubject(db, user.id)
          : null;
  if (!subject) notFound();
  const channel = oneOf(query.channel, CHANNELS);
  const t = await getTranslations("creator.linkNew");
  return (
    <>
      <PageHeader title={t("headingFor", { title: subject.title })} description={t("description")} />
      <div className="max-w-2xl space-y-4">
        {subject.summary ? <Card>{subject.summary}</Card> : null}
        {"target" in subject ? (
          <Card>
            <LinkRequestForm target={subject.target} initialChannel={channel} />
          </Card>
        ) : (
          subject.blocked
        )}
        <p className="text-sm">
          <Link href="/creator/products" className="inline-flex min-h-11 items-center font-medium text-brand-700 hover:underline sm:min-h-0">
            {t("backToProducts")}
          </Link>
        </p>
      </div>
    </>
  );
}

/** "Get a link" with nothing chosen yet: what can be linked, each a step away. */
async function LinkChooser({ db, creatorId, at }: { db: Database; creatorId: string; at: Date }) {
  const [followers, campaigns, t, format] = await Promise.all([creatorFollowerCount(db, creatorId), liveCampaigns(db, at), getTranslations("creator.linkNew"), getReaderFormat()]);
  const threshold = await currentAffiliateThreshold(db);
  return (
    <>
      <PageHeader title={t("title")} description={t("chooserDescription")} />
      <div className="max-w-2xl space-y-4">
        <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <div>
            <h2 className="font-medium text-slate-900">{t("aProduct")}</h2>
            <p className="text-sm text-slate-600">{t("aProductText")}</p>
          </div>
          <ButtonLink href="/creator/products">
            {t("pickProduct")}
          </ButtonLink>
        </Card>
        {canLinkShowcase(followers ?? 0, threshold).ok ? (
          <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <h2 className="font-medium text-slate-900">{t("yourShowcase")}</h2>
              <p className="text-sm text-slate-600">{t("showcaseText")}</p>
            </div>
            <ButtonLink href="/creator/links/new?type=showcase">
              {t("getShowcaseLink")}
            </ButtonLink>
          </Card>
        ) : (
          <ShowcaseLocked followers={followers ?? 0} threshold={threshold} />
        )}
        {campaigns.length > 0 ? (
          <Card>
            <h2 className="font-medium text-slate-900">{t("aCampaign")}</h2>
            <ul className="mt-2 divide-y divide-slate-100" aria-label={t("liveCampaigns")}>
              {campaigns.map((c) => (
                <li key={c.id} className="flex flex-col gap-2 py-2 sm:flex-row sm:items-center sm:justify-between">
                  <p className="min-w-0 break-words text-sm text-slate-700">
                    <span className="font-medium text-slate-900">{c.name}</span>
                    {c.shopName ? ` · ${c.shopName}` : ""} · {t("until", { end: format.day(c.endsAt) })}
                  </p>
                  <ButtonLink
                    href={`/creator/links/new?type=campaign&campaignId=${encodeURIComponent(c.id)}`}
                    size="sm"
                    variant="secondary"
                    aria-label={t("getLinkFor", { name: c.name })}
                  >
                    {t("getLink")}
                  </ButtonLink>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </div>
    </>
  );
}
