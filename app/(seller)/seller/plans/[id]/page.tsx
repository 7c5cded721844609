import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findShopPlan, shopPlanInvitations, shopPlanProducts } from "@/db/queries/plans";
import { EndPlanButton, PublishPlanButton } from "@/components/plans/plan-status-buttons";
import { InvitationBadge, PlanStateBadge } from "@/components/plans/state-badges";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { targetedPlanState, type TargetedPlanState } from "@/lib/commissions/effective-rate";
import { formatUtcDateTime } from "@/lib/plans/dates";
import { formatReward } from "@/lib/plans/rewards";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { routeParam } from "@/lib/http/route-param";

export const metadata: Metadata = { title: "Targeted plan" };

const STATE_TEXT: Record<TargetedPlanState, string> = {
  draft: "A draft: invited creators do not see it yet. Publish it when the products and creators are right.",
  scheduled: "Published. Creators can accept now; the plan pays from its start.",
  live: "Live: creators who accepted earn these rates on their orders.",
  ended: "Ended early. Orders placed before the end keep the plan's rates.",
  expired: "Over: its end date has passed.",
};

const SAVED = { created: "Plan saved as a draft.", updated: "Plan saved." } as Record<string, string>;

export default async function PlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { db, shop, at } = await pageActor("seller");
  const [{ id: rawId }, { saved }] = await Promise.all([params, searchParams.then((raw) => readSearchParams(raw, ["saved"]))]);
  // Scoped to the seller's shop: another shop's plan id is simply not found.
  const id = routeParam(rawId);
  const plan = id ? await findShopPlan(db, { shopId: shop.id, planId: id }) : undefined;
  if (!id || !plan) notFound();
  const [products, invitations] = await Promise.all([shopPlanProducts(db, { shopId: shop.id, planId: id }), shopPlanInvitations(db, { shopId: shop.id, planId: id })]);
  const state = targetedPlanState(plan, at);
  const editable = state === "draft" || state === "scheduled" || state === "live";
  return (
    <>
      <PageHeader
        title={plan.name}
        description={`${formatUtcDateTime(plan.startsAt)} – ${formatUtcDateTime(plan.endsAt)}${plan.endedAt ? ` · ended ${formatUtcDateTime(plan.endedAt)}` : ""}`}
        actions={
          <>
            <PlanStateBadge state={state} />
            {editable ? (
              <ButtonLink href={`/seller/plans/${plan.id}/edit`} variant="secondary" size="sm">
                Edit plan
              </ButtonLink>
            ) : null}
          </>
        }
      />
      {saved && SAVED[saved] ? (
        <div className="mb-4">
          <Alert tone="success">{SAVED[saved]}</Alert>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <section>
            <h2 className="mb-3 text-lg font-semibold">Invited creators</h2>
            {invitations.length === 0 ? (
              <EmptyState title="No creators invited yet" action={editable ? <ButtonLink href={`/seller/plans/${plan.id}/edit`} variant="secondary">Invite creators</ButtonLink> : undefined} />
            ) : (
              <Table head={["Creator", "Followers", "Answer", "Invited", "Answered"]}>
                {invitations.map((i) => (
                  <tr key={i.creatorId}>
                    <Td>
                      <span className="font-medium text-slate-900">{i.displayName}</span> <span className="text-slate-500">@{i.handle}</span>
                    </Td>
                    <Td className="tabular-nums">{i.followerCount.toLocaleString("en")}</Td>
                    <Td>{state === "draft" ? <span className="text-slate-500">not sent yet</span> : <InvitationBadge status={i.status} />}</Td>
                    <Td className="text-slate-600">{state === "draft" ? "—" : formatUtcDateTime(i.invitedAt)}</Td>
                    <Td className="text-slate-600">{i.respondedAt ? formatUtcDateTime(i.respondedAt) : "—"}</Td>
                  </tr>
                ))}
              </Table>
            )}
          </section>
          <section>
            <h2 className="mb-3 text-lg font-semibold">Products</h2>
            {products.length === 0 ? (
              <EmptyState title="No products in this plan yet" action={editable ? <ButtonLink href={`/seller/plans/${plan.id}/edit`} variant="secondary">Add products</ButtonLink> : undefined} />
            ) : (
              <Table head={["Product", "Open plan", "Targeted reward"]}>
                {products.map((p) => (
                  <tr key={p.productId}>
                    <Td>
                      <span className="font-medium text-slate-900">{p.title}</span>
                      {p.status === "archived" ? <span className="ml-2 text-xs text-red-600">archived</span> : !p.openToAffiliates ? <span className="ml-2 text-xs text-slate-500">closed to creators</span> : null}
                    </Td>
                    <Td className="text-slate-600">{formatReward({ rateBps: p.openRateBps, flatFeeMinor: p.openFlatFeeMinor }, p.currency)}</Td>
                    <Td className="font-medium">{formatReward(p, p.currency)}</Td>
                  </tr>
                ))}
              </Table>
            )}
          </section>
        </div>
        <div className="min-w-0 space-y-6">
          <Card>
            <h2 className="font-semibold">Status</h2>
            <p className="mb-3 mt-1 text-sm text-slate-600">{STATE_TEXT[state]}</p>
            {state === "draft" ? <PublishPlanButton planId={plan.id} /> : null}
            {state === "scheduled" || state === "live" ? <EndPlanButton planId={plan.id} planName={plan.name} /> : null}
          </Card>
          <Card>
            <h2 className="font-semibold">Message to the creators</h2>
            <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{plan.message || <span className="text-slate-500">No message.</span>}</p>
          </Card>
        </div>
      </div>
    </>
  );
}
