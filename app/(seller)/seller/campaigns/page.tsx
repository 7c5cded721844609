import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { listShopCampaigns } from "@/db/queries/campaigns";
import { CampaignStateBadge } from "@/components/campaigns/campaign-state-badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { campaignState } from "@/lib/plans/campaign-state";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.campaigns"))("title") };
}

export default async function CampaignsPage() {
  const { db, shop, at } = await pageActor("seller");
  const [campaigns, t, format] = await Promise.all([listShopCampaigns(db, shop.id), getTranslations("seller.campaigns"), getReaderFormat()]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <ButtonLink href="/seller/campaigns/new">
            {t("new")}
          </ButtonLink>
        }
      />
      {campaigns.length === 0 ? (
        <EmptyState
          title={t("none")}
          action={
            <ButtonLink href="/seller/campaigns/new">
              {t("createFirst")}
            </ButtonLink>
          }
        >
          {t("noneBody")}
        </EmptyState>
      ) : (
        <Table head={[t("campaign"), t("state"), t("runs"), t("products"), t("publicPage")]}>
          {campaigns.map(({ campaign, productCount }) => (
            <tr key={campaign.id} className="hover:bg-slate-50">
              <Td>
                <Link href={`/seller/campaigns/${campaign.id}`} className="break-words font-medium text-slate-900 hover:underline max-sm:inline-flex max-sm:min-h-11 max-sm:items-center">
                  {campaign.name}
                </Link>
              </Td>
              <Td label={t("state")}>
                <CampaignStateBadge state={campaignState(campaign, at)} />
              </Td>
              <Td label={t("runs")} className="text-slate-600">
                {t("range", { from: format.moment(campaign.startsAt), to: format.moment(campaign.endsAt) })}
              </Td>
              <Td label={t("products")}>{format.number(productCount)}</Td>
              <Td label={t("publicPage")}>
                <Link href={`/c/${campaign.slug}`} className="min-w-0 break-all text-brand-700 hover:underline">
                  /c/{campaign.slug}
                </Link>
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
