import type { Metadata } from "next";
import { mediaUrl } from "@/lib/media/url";
import { creatorInvitationProducts, creatorInvitations } from "@/db/queries/plans";
import { InvitationButtons } from "@/components/plans/invitation-buttons";
import { InvitationBadge, PlanStateBadge } from "@/components/plans/state-badges";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { targetedPlanState } from "@/lib/commissions/effective-rate";
import { formatMoney } from "@/lib/money";
import { formatUtcDateTime } from "@/lib/plans/dates";
import { formatReward } from "@/lib/plans/rewards";

export const metadata: Metadata = { title: "Invitations" };

type Invitation = Awaited<ReturnType<typeof creatorInvitations>>[number];
type PlanProduct = Awaited<ReturnType<typeof creatorInvitationProducts>>[number];

export default async function InvitationsPage() {
  const { db, user, at } = await pageActor("creator");
  const invitations = await creatorInvitations(db, user.id);
  const products = await creatorInvitationProducts(
    db,
    { creatorId: user.id, planIds: invitations.map((i) => i.planId) },
  );
  const withState = invitations.map((invitation) => ({ invitation, state: targetedPlanState({ ...invitation, status: invitation.planStatus }, at) }));
  const open = withState.filter(({ invitation, state }) => invitation.status === "pending" && (state === "live" || state === "scheduled"));
  const rest = withState.filter((entry) => !open.includes(entry));
  const productsOf = (planId: string) => products.filter((p) => p.planId === planId);
  return (
    <>
      <PageHeader title="Invitations" description="Sellers invite you to targeted plans: better rates on their products while the plan runs." />
      {invitations.length === 0 ? (
        <EmptyState title="No invitations yet">When a seller invites you to a targeted plan, it shows up here for you to accept or decline.</EmptyState>
      ) : (
        <div className="space-y-8">
          <section>
            <h2 className="mb-3 text-lg font-semibold">Waiting for your answer</h2>
            {open.length === 0 ? (
              <p className="text-sm text-slate-600">Nothing to answer right now.</p>
            ) : (
              <div className="space-y-4">
                {open.map(({ invitation, state }) => (
                  <InvitationCard key={invitation.planId} invitation={invitation} state={state} products={productsOf(invitation.planId)} answerable />
                ))}
              </div>
            )}
          </section>
          {rest.length > 0 ? (
            <section>
              <h2 className="mb-3 text-lg font-semibold">Answered and past invitations</h2>
              <div className="space-y-4">
                {rest.map(({ invitation, state }) => (
                  <InvitationCard key={invitation.planId} invitation={invitation} state={state} products={productsOf(invitation.planId)} />
                ))}
              </div>
            </section>
          ) : null}
        </div>
      )}
    </>
  );
}

function InvitationCard({ invitation, state, products, answerable = false }: { invitation: Invitation; state: ReturnType<typeof targetedPlanState>; products: PlanProduct[]; answerable?: boolean }) {
  // While the plan runs, its products can be linked straight from here (at the plan's rate once accepted).
  const linkable = state === "live" && invitation.status !== "declined";
  return (
    <Card>
      <article aria-label={invitation.name} className="space-y-4">
        <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
          <div>
            <h3 className="text-base font-semibold text-slate-900">{invitation.name}</h3>
            <p className="text-sm text-slate-600">
              from <span className="font-medium">{invitation.shopName}</span> · {formatUtcDateTime(invitation.startsAt)} – {formatUtcDateTime(invitation.endsAt)}
            </p>
          </div>
          <div className="flex gap-2">
            <InvitationBadge status={invitation.status} />
            <PlanStateBadge state={state} />
          </div>
        </div>
        {invitation.message ? <blockquote className="whitespace-pre-line border-l-4 border-brand-100 pl-3 text-sm text-slate-700">{invitation.message}</blockquote> : null}
        {products.length === 0 ? (
          <p className="text-sm text-slate-500">The plan has no products on sale right now.</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg ring-1 ring-slate-200" aria-label={`Products of ${invitation.name}`}>
            {products.map((p) => (
              <li key={p.productId} className="flex flex-wrap items-center gap-3 px-3 py-2">
                {p.imageMediaId ? (
                  // eslint-disable-next-line @next/next/no-img-element -- app-served media, already sized
                  <img src={mediaUrl(p.imageMediaId)!} alt="" width={40} height={40} className="size-10 shrink-0 rounded object-cover" loading="lazy" />
                ) : (
                  <span className="size-10 shrink-0 rounded bg-slate-100" />
                )}
                <div className="min-w-0 flex-1">
                  <p className="font-medium text-slate-900">{p.title}</p>
                  <p className="text-sm tabular-nums text-slate-600">{formatMoney(p.priceMinor, p.currency)}</p>
                </div>
                <dl className="shrink-0 text-right text-sm">
                  <div className="flex justify-end gap-1 text-slate-500">
                    <dt>Open rate</dt>
                    <dd>{formatReward({ rateBps: p.openRateBps, flatFeeMinor: p.openFlatFeeMinor }, p.currency)}</dd>
                  </div>
                  <div className="flex justify-end gap-1 font-semibold text-emerald-700">
                    <dt>Your rate</dt>
                    <dd>{formatReward(p, p.currency)}</dd>
                  </div>
                </dl>
                {linkable ? (
                  <ButtonLink href={`/creator/links/new?type=product&productId=${encodeURIComponent(p.productId)}`} size="sm" className="shrink-0" aria-label={`Get link for ${p.title}`}>
                    Get link
                  </ButtonLink>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {answerable ? (
          <InvitationButtons planId={invitation.planId} planName={invitation.name} />
        ) : (
          <p className="text-sm text-slate-600">
            {invitation.status === "pending" ? `This plan has ${state}: the invitation can no longer be answered.` : `You ${invitation.status} this invitation${invitation.respondedAt ? ` on ${formatUtcDateTime(invitation.respondedAt)}` : ""}.`}
          </p>
        )}
      </article>
    </Card>
  );
}
