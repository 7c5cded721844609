import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getDb } from "@/db";
import type { Database } from "@/db/client";
import { creatorFollowerCount } from "@/db/queries/links";
import { mediaUrl } from "@/db/queries/media";
import { findCampaignToLink, findProductToLink } from "@/db/queries/open-catalogue";
import { currentShowcase } from "@/db/queries/showcase";
import { LinkRequestForm, type LinkFormTarget } from "@/components/links/link-request-form";
import { ShowcaseLocked } from "@/components/links/showcase-locked";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { affiliateThreshold, creatorTier } from "@/lib/creators/tier";
import { isId } from "@/lib/ids";
import { formatMoney } from "@/lib/money";
import { formatUtcDateTime } from "@/lib/plans/dates";
import { formatReward } from "@/lib/plans/rewards";
import { CHANNELS } from "@/lib/validation/links";
import { oneOf, readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Get a link" };

// Values are checked (isId, the channel list) before use, so a repeated parameter's array never matches.
const QUERY_KEYS = ["type", "productId", "campaignId", "channel"] as const;

/** What is being linked, and whether it can be: a summary, then the form or the reason it cannot. */
type Subject = { title: string; summary: ReactNode; target: LinkFormTarget } | { title: string; summary: ReactNode; blocked: ReactNode };

async function productSubject(db: Database, productId: string): Promise<Subject | null> {
  const product = isId(productId, "prd") ? await findProductToLink(db, productId) : undefined;
  if (!product) return null;
  const summary = (
    <div className="flex items-center gap-4">
      {product.imageMediaId ? (
        // eslint-disable-next-line @next/next/no-img-element -- app-served media, already sized
        <img src={mediaUrl(product.imageMediaId)!} alt="" width={64} height={64} className="size-16 shrink-0 rounded object-cover" />
      ) : (
        <span className="size-16 shrink-0 rounded bg-slate-100" />
      )}
      <div>
        <p className="font-medium text-slate-900">{product.title}</p>
        <p className="text-sm text-slate-600">
          {product.shopName} · {formatMoney(product.priceMinor, product.currency)}
        </p>
        {product.openToAffiliates ? (
          <p className="text-sm font-medium text-emerald-700">Open rate {formatReward({ rateBps: product.openRateBps, flatFeeMinor: product.openFlatFeeMinor }, product.currency)}</p>
        ) : null}
      </div>
    </div>
  );
  if (product.status !== "active" || !product.openToAffiliates) {
    return { title: product.title, summary, blocked: <Alert tone="warning">{product.title} is not open to creators right now. Pick another product from the catalogue.</Alert> };
  }
  return { title: product.title, summary, target: { type: "product", productId: product.id } };
}

async function campaignSubject(db: Database, campaignId: string, at: Date): Promise<Subject | null> {
  const campaign = isId(campaignId, "cmp") ? await findCampaignToLink(db, campaignId) : undefined;
  if (!campaign) return null;
  const summary = (
    <div>
      <p className="font-medium text-slate-900">{campaign.name}</p>
      <p className="text-sm text-slate-600">
        {campaign.shopName ? `${campaign.shopName} · ` : ""}
        {campaign.productCount} {campaign.productCount === 1 ? "product" : "products"} · until {formatUtcDateTime(campaign.endsAt)}
      </p>
    </div>
  );
  if (campaign.endsAt <= at) return { title: campaign.name, summary, blocked: <Alert tone="warning">{campaign.name} has ended: its link would earn nothing.</Alert> };
  return { title: campaign.name, summary, target: { type: "campaign", campaignId: campaign.id } };
}

async function showcaseSubject(db: Database, creatorId: string): Promise<Subject> {
  const followers = (await creatorFollowerCount(db, creatorId)) ?? 0;
  const threshold = affiliateThreshold();
  if (creatorTier(followers, threshold) !== "affiliate") {
    return { title: "Your showcase", summary: null, blocked: <ShowcaseLocked followers={followers} threshold={threshold} /> };
  }
  const items = await currentShowcase(db, creatorId);
  const summary = (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <p className="text-sm text-slate-700">
        One link to your showcase, earning on every product in it ({items.length} now).
      </p>
      <ButtonLink href="/creator/showcase" variant="secondary" size="sm">
        Edit showcase
      </ButtonLink>
    </div>
  );
  return { title: "Your showcase", summary, target: { type: "showcase" } };
}

export default async function NewLinkPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requireRole("creator");
  const query = readSearchParams(await searchParams, QUERY_KEYS);
  const productId = query.productId ?? "";
  const campaignId = query.campaignId ?? "";
  const db = await getDb();
  const subject =
    query.type === "product" && productId
      ? await productSubject(db, productId)
      : query.type === "campaign" && campaignId
        ? await campaignSubject(db, campaignId, now())
        : query.type === "showcase"
          ? await showcaseSubject(db, user.id)
          : null;
  if (!subject) notFound();
  const channel = oneOf(query.channel, CHANNELS);
  return (
    <>
      <PageHeader title={`Get a link: ${subject.title}`} description="Choose where you will share it. The same channel and sub-id give you the same link back while it earns." />
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
          <Link href="/creator/products" className="font-medium text-brand-700 hover:underline">
            ← Back to products
          </Link>
        </p>
      </div>
    </>
  );
}
