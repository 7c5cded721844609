import { getTranslations } from "next-intl/server";
import { creatorCategories, searchCreators, shopPickerProducts } from "@/db/queries/plans";
import { PlanForm } from "@/components/plans/plan-form";
import { pickerProducts } from "@/lib/plans/picker-products";
import { pickerFormat } from "../picker-format";
import { Card, PageHeader } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { addDays } from "@/lib/clock";
import { utcDateTimeInput } from "@/lib/plans/dates";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.plans"))("newTitle") };
}

const MINUTE_MS = 60_000;

export default async function NewPlanPage() {
  const { db, shop, at } = await pageActor("seller");
  const [products, initialResults, categories, t, pickerTexts] = await Promise.all([shopPickerProducts(db, shop.id), searchCreators(db, {}), creatorCategories(db), getTranslations("seller.plans"), pickerFormat()]);
  // From now (to the minute, as the field shows it): most plans start right away.
  const start = new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS);
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <Card className="max-w-5xl">
        <PlanForm
          currency={shop.currency}
          initial={{ name: "", message: "", startsAt: utcDateTimeInput(start), endsAt: utcDateTimeInput(addDays(start, 30)) }}
          products={pickerProducts(products, pickerTexts)}
          rows={{}}
          directory={{ initialResults, categories, invited: [] }}
        />
      </Card>
    </>
  );
}
