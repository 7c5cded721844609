import type { Metadata } from "next";
import { creatorCategories, searchCreators, shopPickerProducts } from "@/db/queries/plans";
import { PlanForm } from "@/components/plans/plan-form";
import { pickerProducts } from "@/lib/plans/picker-products";
import { Card, PageHeader } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { addDays } from "@/lib/clock";
import { utcDateTimeInput } from "@/lib/plans/dates";

export const metadata: Metadata = { title: "New targeted plan" };

const MINUTE_MS = 60_000;

export default async function NewPlanPage() {
  const { db, shop, at } = await pageActor("seller");
  const [products, initialResults, categories] = await Promise.all([shopPickerProducts(db, shop.id), searchCreators(db, {}), creatorCategories(db)]);
  // From now (to the minute, as the field shows it): most plans start right away.
  const start = new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS);
  return (
    <>
      <PageHeader title="New targeted plan" description="Saved as a draft: creators see it once you publish it." />
      <Card className="max-w-5xl">
        <PlanForm
          currency={shop.currency}
          initial={{ name: "", message: "", startsAt: utcDateTimeInput(start), endsAt: utcDateTimeInput(addDays(start, 30)) }}
          products={pickerProducts(products)}
          rows={{}}
          directory={{ initialResults, categories, invited: [] }}
        />
      </Card>
    </>
  );
}
