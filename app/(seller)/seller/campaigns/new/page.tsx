import type { Metadata } from "next";
import { shopPickerProducts } from "@/db/queries/plans";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { pickerProducts } from "@/lib/plans/picker-products";
import { Card, PageHeader } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { addDays } from "@/lib/clock";
import { utcDateTimeInput } from "@/lib/plans/dates";

export const metadata: Metadata = { title: "New campaign" };

const MINUTE_MS = 60_000;

export default async function NewCampaignPage() {
  const { db, shop, at } = await pageActor("seller");
  const products = await shopPickerProducts(db, shop.id);
  // From now (to the minute, as the field shows it): most plans start right away.
  const start = new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS);
  return (
    <>
      <PageHeader title="New campaign" description={`Rewards in ${shop.currency}.`} />
      <Card className="max-w-5xl">
        <CampaignForm
          currency={shop.currency}
          initial={{ name: "", slug: "", description: "", startsAt: utcDateTimeInput(start), endsAt: utcDateTimeInput(addDays(start, 14)), bannerUrl: null }}
          products={pickerProducts(products)}
          rows={{}}
        />
      </Card>
    </>
  );
}
