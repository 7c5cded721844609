import type { Metadata } from "next";
import { getDb } from "@/db";
import { shopPickerProducts } from "@/db/queries/plans";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { pickerProducts } from "@/components/plans/picker-products";
import { Card, PageHeader } from "@/components/ui/card";
import { requireSellerShop } from "@/server/context";
import { addDays, now } from "@/lib/clock";
import { utcDateTimeInput } from "@/lib/plans/dates";

export const metadata: Metadata = { title: "New campaign" };

const MINUTE_MS = 60_000;

export default async function NewCampaignPage() {
  const { shop } = await requireSellerShop();
  const products = await shopPickerProducts(await getDb(), shop.id);
  // From now (to the minute, as the field shows it): most plans start right away.
  const start = new Date(Math.floor(now().getTime() / MINUTE_MS) * MINUTE_MS);
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
