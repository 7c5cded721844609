import { getTranslations } from "next-intl/server";
import { shopPickerProducts } from "@/db/queries/plans";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { pickerProducts } from "@/lib/plans/picker-products";
import { pickerFormat } from "../../plans/picker-format";
import { Card, PageHeader } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { addDays } from "@/lib/clock";
import { utcDateTimeInput } from "@/lib/plans/dates";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.campaigns"))("new") };
}

const MINUTE_MS = 60_000;

export default async function NewCampaignPage() {
  const { db, shop, at } = await pageActor("seller");
  const [products, t, pickerTexts] = await Promise.all([shopPickerProducts(db, shop.id), getTranslations("seller.campaigns"), pickerFormat()]);
  // From now (to the minute, as the field shows it): most plans start right away.
  const start = new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS);
  return (
    <>
      <PageHeader title={t("new")} description={t("rewardsIn", { currency: shop.currency })} />
      <Card className="max-w-5xl">
        <CampaignForm
          currency={shop.currency}
          initial={{ name: "", slug: "", description: "", startsAt: utcDateTimeInput(start), endsAt: utcDateTimeInput(addDays(start, 14)), bannerUrl: null }}
          products={pickerProducts(products, pickerTexts)}
          rows={{}}
        />
      </Card>
    </>
  );
}
