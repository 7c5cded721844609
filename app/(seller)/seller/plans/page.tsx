import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { listShopPlans } from "@/db/queries/plans";
import { PlanStateBadge } from "@/components/plans/state-badges";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { targetedPlanState } from "@/lib/commissions/effective-rate";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.plans"))("title") };
}

export default async function PlansPage() {
  const { db, shop, at } = await pageActor("seller");
  const [plans, t, format] = await Promise.all([listShopPlans(db, shop.id), getTranslations("seller.plans"), getReaderFormat()]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <ButtonLink href="/seller/plans/new">
            {t("new")}
          </ButtonLink>
        }
      />
      {plans.length === 0 ? (
        <EmptyState
          title={t("none")}
          action={
            <ButtonLink href="/seller/plans/new">
              {t("createFirst")}
            </ButtonLink>
          }
        >
          {t("noneBody")}
        </EmptyState>
      ) : (
        <Table head={[t("plan"), t("state"), t("runs"), t("products"), t("creators")]}>
          {plans.map(({ plan, productCount, invited, accepted }) => (
            <tr key={plan.id} className="hover:bg-slate-50">
              <Td>
                <Link href={`/seller/plans/${plan.id}`} className="break-words font-medium text-slate-900 hover:underline max-sm:inline-flex max-sm:min-h-11 max-sm:items-center">
                  {plan.name}
                </Link>
              </Td>
              <Td label={t("state")}>
                <PlanStateBadge state={targetedPlanState(plan, at)} />
              </Td>
              <Td label={t("runs")} className="text-slate-600">
                {t("range", { from: format.moment(plan.startsAt), to: format.moment(plan.endsAt) })}
              </Td>
              <Td label={t("products")}>{format.number(productCount)}</Td>
              <Td label={t("creators")}>{t("acceptedOf", { accepted: format.number(accepted), invited: format.number(invited) })}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
