import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { creatorCategories, findShopPlan, searchCreators, shopPickerProducts, shopPlanInvitations, shopPlanProducts } from "@/db/queries/plans";
import { PlanForm } from "@/components/plans/plan-form";
import { pickerProducts } from "@/lib/plans/picker-products";
import { pickerFormat } from "../../picker-format";
import type { PickerRow } from "@/components/plans/reward-picker";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { ratePercentInput } from "@/lib/catalogue/rates";
import { targetedPlanState } from "@/lib/commissions/effective-rate";
import { formatMoneyPlain } from "@/lib/money";
import { utcDateTimeInput } from "@/lib/plans/dates";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.plans"))("editTitle") };
}

export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { db, shop, at } = await pageActor("seller");
  const { id } = await params;
  const plan = await findShopPlan(db, { shopId: shop.id, planId: id });
  if (!plan) notFound();
  const state = targetedPlanState(plan, at);
  const t = await getTranslations("seller.plans");
  if (state === "ended" || state === "expired") {
    return (
      <>
        <PageHeader title={plan.name} />
        <Alert tone="info">{t("locked", { state: t(`states.${state}`) })}</Alert>
        <div className="mt-4">
          <ButtonLink href={`/seller/plans/${plan.id}`} variant="secondary">
            {t("backToPlan")}
          </ButtonLink>
        </div>
      </>
    );
  }
  const [active, current, invitations, initialResults, categories, pickerTexts] = await Promise.all([
    shopPickerProducts(db, shop.id),
    shopPlanProducts(db, { shopId: shop.id, planId: id }),
    shopPlanInvitations(db, { shopId: shop.id, planId: id }),
    searchCreators(db, {}),
    creatorCategories(db),
    pickerFormat(),
  ]);
  const published = state !== "draft";
  const rows: Record<string, PickerRow> = Object.fromEntries(
    current.map((p) => [p.productId, { included: true, rate: p.rateBps ? ratePercentInput(p.rateBps) : "", fee: p.flatFeeMinor ? formatMoneyPlain(p.flatFeeMinor, p.currency) : "" }]),
  );
  return (
    <>
      <PageHeader title={t("editHeading", { name: plan.name })} description={published ? t("editPublished") : t("editDraft")} />
      <Card className="max-w-5xl">
        <PlanForm
          planId={plan.id}
          published={published}
          currency={shop.currency}
          initial={{ name: plan.name, message: plan.message, startsAt: utcDateTimeInput(plan.startsAt), endsAt: utcDateTimeInput(plan.endsAt) }}
          products={pickerProducts([...active, ...current.map((p) => ({ ...p, id: p.productId }))], pickerTexts)}
          rows={rows}
          lockedProducts={published ? current.map((p) => p.productId) : []}
          directory={{
            initialResults,
            categories,
            invited: invitations.map((i) => ({ id: i.creatorId, handle: i.handle, displayName: i.displayName, followerCount: i.followerCount, categories: i.categories, avatarMediaId: i.avatarMediaId, status: published ? i.status : undefined })),
            locked: published ? invitations.map((i) => i.creatorId) : [],
          }}
        />
      </Card>
    </>
  );
}
