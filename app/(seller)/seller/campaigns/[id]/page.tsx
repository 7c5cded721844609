import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findShopCampaign, shopCampaignProducts } from "@/db/queries/campaigns";
import { mediaUrl } from "@/lib/media/url";
import { shopPickerProducts } from "@/db/queries/plans";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { CampaignStateBadge } from "@/components/campaigns/campaign-state-badge";
import { pickerProducts } from "@/lib/plans/picker-products";
import type { PickerRow } from "@/components/plans/reward-picker";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { ratePercentInput } from "@/lib/catalogue/rates";
import { formatMoneyPlain } from "@/lib/money";
import { campaignState } from "@/lib/plans/campaign-state";
import { formatUtcDateTime, utcDateTimeInput } from "@/lib/plans/dates";
import { formatReward } from "@/lib/plans/rewards";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { routeParam } from "@/lib/http/route-param";

export const metadata: Metadata = { title: "Campaign" };

const SAVED = { created: "Campaign created.", updated: "Campaign saved." } as Record<string, string>;

export default async function CampaignPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { db, shop, at } = await pageActor("seller");
  const [{ id: rawId }, { saved }] = await Promise.all([params, searchParams.then((raw) => readSearchParams(raw, ["saved"]))]);
  // Scoped to the seller's shop: another shop's campaign id is simply not found.
  const id = routeParam(rawId);
  const campaign = id ? await findShopCampaign(db, { shopId: shop.id, campaignId: id }) : undefined;
  if (!id || !campaign) notFound();
  const [active, history] = await Promise.all([shopPickerProducts(db, shop.id), shopCampaignProducts(db, { shopId: shop.id, campaignId: id })]);
  const current = history.filter((p) => p.removedAt === null);
  const rows: Record<string, PickerRow> = Object.fromEntries(
    current.map((p) => [p.productId, { included: true, rate: p.rateBps ? ratePercentInput(p.rateBps) : "", fee: p.flatFeeMinor ? formatMoneyPlain(p.flatFeeMinor, p.currency) : "" }]),
  );
  // Products already in the campaign stay listed even once archived or closed, so they can be kept.
  const pickerSources = [...active, ...current.map((p) => ({ ...p, id: p.productId }))];
  return (
    <>
      <PageHeader
        title={campaign.name}
        description={`${formatUtcDateTime(campaign.startsAt)} – ${formatUtcDateTime(campaign.endsAt)}`}
        actions={<CampaignStateBadge state={campaignState(campaign, at)} />}
      />
      {saved && SAVED[saved] ? (
        <div className="mb-4">
          <Alert tone="success">{SAVED[saved]}</Alert>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="min-w-0 lg:col-span-2">
          <CampaignForm
            campaignId={campaign.id}
            currency={shop.currency}
            initial={{
              name: campaign.name,
              slug: campaign.slug,
              description: campaign.description,
              startsAt: utcDateTimeInput(campaign.startsAt),
              endsAt: utcDateTimeInput(campaign.endsAt),
              bannerUrl: mediaUrl(campaign.bannerMediaId),
            }}
            products={pickerProducts(pickerSources)}
            rows={rows}
          />
        </Card>
        <div className="min-w-0 space-y-6">
          <Card>
            <h2 className="font-semibold">Public page</h2>
            <p className="mt-1 text-sm text-slate-600">Buyers see the campaign&apos;s products while it runs; no account needed.</p>
            <Link href={`/c/${campaign.slug}`} className="mt-2 inline-block break-all text-sm font-medium text-brand-700 hover:underline">
              /c/{campaign.slug}
            </Link>
          </Card>
          <Card>
            <h2 className="font-semibold">Product history</h2>
            <p className="mb-3 mt-1 text-xs text-slate-500">When each product joined and left the campaign (UTC). Campaign links earn on what it held at the time of the order.</p>
            {history.length === 0 ? (
              <p className="text-sm text-slate-500">No products yet.</p>
            ) : (
              <Table head={["Product", "Reward", "Added", "Removed"]}>
                {history.map((p) => (
                  <tr key={p.id}>
                    <Td className="max-w-40 truncate">{p.title}</Td>
                    <Td>{formatReward(p, p.currency)}</Td>
                    <Td className="text-slate-600">{formatUtcDateTime(p.addedAt)}</Td>
                    <Td className="text-slate-600">{p.removedAt ? formatUtcDateTime(p.removedAt) : "—"}</Td>
                  </tr>
                ))}
              </Table>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
