import type { Metadata } from "next";
import Link from "next/link";
import { listShopPlans } from "@/db/queries/plans";
import { PlanStateBadge } from "@/components/plans/state-badges";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { targetedPlanState } from "@/lib/commissions/effective-rate";
import { formatUtcDateTime } from "@/lib/plans/dates";

export const metadata: Metadata = { title: "Targeted plans" };

export default async function PlansPage() {
  const { db, shop, at } = await pageActor("seller");
  const plans = await listShopPlans(db, shop.id);
  return (
    <>
      <PageHeader
        title="Targeted plans"
        description="Better rates on chosen products for the creators you invite."
        actions={<ButtonLink href="/seller/plans/new">New plan</ButtonLink>}
      />
      {plans.length === 0 ? (
        <EmptyState title="No targeted plans yet" action={<ButtonLink href="/seller/plans/new">Create your first plan</ButtonLink>}>
          Pick products, set rates above their open rate and invite the creators you want to work with.
        </EmptyState>
      ) : (
        <Table head={["Plan", "State", "Runs (UTC)", "Products", "Creators"]}>
          {plans.map(({ plan, productCount, invited, accepted }) => (
            <tr key={plan.id} className="hover:bg-slate-50">
              <Td>
                <Link href={`/seller/plans/${plan.id}`} className="font-medium text-slate-900 hover:underline">
                  {plan.name}
                </Link>
              </Td>
              <Td>
                <PlanStateBadge state={targetedPlanState(plan, at)} />
              </Td>
              <Td className="text-slate-600">
                {formatUtcDateTime(plan.startsAt)} – {formatUtcDateTime(plan.endsAt)}
              </Td>
              <Td>{productCount}</Td>
              <Td>
                {accepted} accepted of {invited} invited
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
