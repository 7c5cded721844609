import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { creatorCategories, findShopPlan, searchCreators, shopPickerProducts, shopPlanInvitations, shopPlanProducts } from "@/db/queries/plans";
import { PlanForm } from "@/components/plans/plan-form";
import { pickerProducts } from "@/lib/plans/picker-products";
import type { PickerRow } from "@/components/plans/reward-picker";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { ratePercentInput } from "@/lib/catalogue/rates";
import { targetedPlanState } from "@/lib/commissions/effective-rate";
import { formatMoneyPlain } from "@/lib/money";
import { utcDateTimeInput } from "@/lib/plans/dates";

export const metadata: Metadata = { title: "Edit targeted plan" };

export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { db, shop, at } = await pageActor("seller");
  const { id } = await params;
  const plan = await findShopPlan(db, { shopId: shop.id, planId: id });
  if (!plan) notFound();
  const state = targetedPlanState(plan, at);
  if (state === "ended" || state === "expired") {
    return (
      <>
        <PageHeader title={plan.name} />
        <Alert tone="info">This plan has {state}: it can no longer be changed. Create a new plan for new terms.</Alert>
        <div className="mt-4">
          <ButtonLink href={`/seller/plans/${plan.id}`} variant="secondary">
            Back to the plan
          </ButtonLink>
        </div>
      </>
    );
  }
  const [active, current, invitations, initialResults, categories] = await Promise.all([
    shopPickerProducts(db, shop.id),
    shopPlanProducts(db, { shopId: shop.id, planId: id }),
    shopPlanInvitations(db, { shopId: shop.id, planId: id }),
    searchCreators(db, {}),
    creatorCategories(db),
  ]);
  const published = state !== "draft";
  const rows: Record<string, PickerRow> = Object.fromEntries(
    current.map((p) => [p.productId, { included: true, rate: p.rateBps ? ratePercentInput(p.rateBps) : "", fee: p.flatFeeMinor ? formatMoneyPlain(p.flatFeeMinor, p.currency) : "" }]),
  );
  return (
    <>
      <PageHeader title={`Edit ${plan.name}`} description={published ? "Published: you can add products and creators, and raise rewards." : "A draft: change anything, then publish it from its page."} />
      <Card className="max-w-5xl">
        <PlanForm
          planId={plan.id}
          published={published}
          currency={shop.currency}
          initial={{ name: plan.name, message: plan.message, startsAt: utcDateTimeInput(plan.startsAt), endsAt: utcDateTimeInput(plan.endsAt) }}
          products={pickerProducts([...active, ...current.map((p) => ({ ...p, id: p.productId }))])}
          rows={rows}
          lockedProducts={published ? current.map((p) => p.productId) : []}
          directory={{
            initialResults,
            categories,
            invited: invitations.map((i) => ({ id: i.creatorId, handle: i.handle, displayName: i.displayName, followerCount: i.followerCount, categories: i.categories, status: published ? i.status : undefined })),
            locked: published ? invitations.map((i) => i.creatorId) : [],
          }}
        />
      </Card>
    </>
  );
}
