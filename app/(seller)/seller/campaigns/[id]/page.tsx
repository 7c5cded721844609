import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findShopCampaign, shopCampaignProducts } from "@/db/queries/campaigns";
import { mediaUrl } from "@/lib/media/url";
import { shopPickerProducts } from "@/db/queries/plans";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { CampaignStateBadge } from "@/components/campaigns/campaign-state-badge";
import { pickerProducts } from "@/lib/plans/picker-products";
import { pickerFormat } from "../../plans/picker-format";
import { rewardText } from "@/components/plans/reward-text";
import { getReaderFormat } from "@/server/i18n";
import type { PickerRow } from "@/components/plans/reward-picker";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { ratePercentInput } from "@/lib/catalogue/rates";
import { formatMoneyPlain } from "@/lib/money";
import { campaignState } from "@/lib/plans/campaign-state";
import { utcDateTimeInput } from "@/lib/plans/dates";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { routeParam } from "@/lib/http/route-param";
import { RESULTS_QUERY_KEYS, ResultsSection } from "../../results-section";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.campaigns.detail"))("title") };
}

const SAVED = ["created", "updated"] as const;

export default async function CampaignPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { db, shop, at } = await pageActor("seller");
  const [{ id: rawId }, { saved, ...periodQuery }] = await Promise.all([params, searchParams.then((raw) => readSearchParams(raw, ["saved", ...RESULTS_QUERY_KEYS]))]);
  // Scoped to the seller's shop: another shop's campaign id is simply not found.
  const id = routeParam(rawId);
  const campaign = id ? await findShopCampaign(db, { shopId: shop.id, campaignId: id }) : undefined;
  if (!id || !campaign) notFound();
  const [active, history, t, format, locale, pickerTexts] = await Promise.all([
    shopPickerProducts(db, shop.id),
    shopCampaignProducts(db, { shopId: shop.id, campaignId: id }),
    getTranslations("seller.campaigns"),
    getReaderFormat(),
    getLocale(),
    pickerFormat(),
  ]);
  const savedText = SAVED.find((s) => s === saved);
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
        description={t("range", { from: format.moment(campaign.startsAt), to: format.moment(campaign.endsAt) })}
        actions={<CampaignStateBadge state={campaignState(campaign, at)} />}
      />
      {savedText ? (
        <div className="mb-4">
          <Alert tone="success">{t(`detail.${savedText}`)}</Alert>
        </div>
      ) : null}
      {/* One column: the reward picker and the history table need the full width to show every column. */}
      <div className="max-w-5xl space-y-6">
        <Card>
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
            products={pickerProducts(pickerSources, pickerTexts)}
            rows={rows}
          />
        </Card>
        <div className="space-y-6">
          <Card>
            <h2 className="font-semibold">{t("detail.publicPage")}</h2>
            <p className="mt-1 text-sm text-slate-600">{t("detail.publicText")}</p>
            <Link href={`/c/${campaign.slug}`} className="mt-2 inline-block break-all text-sm font-medium text-brand-700 hover:underline">
              /c/{campaign.slug}
            </Link>
          </Card>
          <Card>
            <h2 className="font-semibold">{t("detail.history")}</h2>
            <p className="mb-3 mt-1 text-xs text-slate-500">{t("detail.historyText")}</p>
            {history.length === 0 ? (
              <p className="text-sm text-slate-500">{t("detail.noProducts")}</p>
            ) : (
              <Table head={[t("detail.product"), t("detail.reward"), t("detail.added"), t("detail.removed")]}>
                {history.map((p) => (
                  <tr key={p.id}>
                    <Td className="break-words sm:max-w-40 sm:truncate">{p.title}</Td>
                    <Td label={t("detail.reward")}>{rewardText(p, p.currency, locale)}</Td>
                    <Td label={t("detail.added")} className="text-slate-600">
                      {format.moment(p.addedAt)}
                    </Td>
                    <Td label={t("detail.removed")} className="text-slate-600">
                      {p.removedAt ? format.moment(p.removedAt) : "—"}
                    </Td>
                  </tr>
                ))}
              </Table>
            )}
          </Card>
        </div>
      </div>
      <ResultsSection db={db} shop={shop} at={at} scope={{ campaignId: campaign.id }} query={periodQuery} />
    </>
  );
}
