import type { Metadata } from "next";
import Link from "next/link";
import { listShopCampaigns } from "@/db/queries/campaigns";
import { CampaignStateBadge } from "@/components/campaigns/campaign-state-badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { campaignState } from "@/lib/plans/campaign-state";
import { formatUtcDateTime } from "@/lib/plans/dates";

export const metadata: Metadata = { title: "Campaigns" };

export default async function CampaignsPage() {
  const { db, shop, at } = await pageActor("seller");
  const campaigns = await listShopCampaigns(db, shop.id);
  return (
    <>
      <PageHeader
        title="Campaigns"
        description="Products at campaign rates between two dates, with a public page every creator can share."
        actions={<ButtonLink href="/seller/campaigns/new">New campaign</ButtonLink>}
      />
      {campaigns.length === 0 ? (
        <EmptyState title="No campaigns yet" action={<ButtonLink href="/seller/campaigns/new">Create your first campaign</ButtonLink>}>
          A campaign gathers products at special rates for a while, on a page buyers can open without an account.
        </EmptyState>
      ) : (
        <Table head={["Campaign", "State", "Runs (UTC)", "Products", "Public page"]}>
          {campaigns.map(({ campaign, productCount }) => (
            <tr key={campaign.id} className="hover:bg-slate-50">
              <Td>
                <Link href={`/seller/campaigns/${campaign.id}`} className="font-medium text-slate-900 hover:underline">
                  {campaign.name}
                </Link>
              </Td>
              <Td>
                <CampaignStateBadge state={campaignState(campaign, at)} />
              </Td>
              <Td className="text-slate-600">
                {formatUtcDateTime(campaign.startsAt)} – {formatUtcDateTime(campaign.endsAt)}
              </Td>
              <Td>{productCount}</Td>
              <Td>
                <Link href={`/c/${campaign.slug}`} className="text-brand-700 hover:underline">
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
