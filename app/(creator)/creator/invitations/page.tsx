import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { mediaUrl } from "@/lib/media/url";
import { creatorInvitationProducts, creatorInvitations } from "@/db/queries/plans";
import { InvitationButtons } from "@/components/plans/invitation-buttons";
import { InvitationBadge, PlanStateBadge } from "@/components/plans/state-badges";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { targetedPlanState } from "@/lib/commissions/effective-rate";
import type { ReaderFormat } from "@/lib/i18n/format";
import { rewardText } from "../reward-text";

export async function generateMetadata() {
  return { title: (await getTranslations("creator.invitations"))("title") };
}

type Invitation = Awaited<ReturnType<typeof creatorInvitations>>[number];
type PlanProduct = Awaited<ReturnType<typeof creatorInvitationProducts>>[number];
type Words = Awaited<ReturnType<typeof getTranslations<"creator.invitations">>>;

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
  const [t, format] = await Promise.all([getTranslations("creator.invitations"), getReaderFormat()]);
  const card = { t, format };
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {invitations.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyText")}</EmptyState>
      ) : (
        <div className="space-y-8">
          <section>
            <h2 className="mb-3 text-lg font-semibold">{t("waiting")}</h2>
            {open.length === 0 ? (
              <p className="text-sm text-slate-600">{t("nothing")}</p>
            ) : (
              <div className="space-y-4">
                {open.map(({ invitation, state }) => (
                  <InvitationCard key={invitation.planId} invitation={invitation} state={state} products={productsOf(invitation.planId)} answerable {...card} />
                ))}
              </div>
            )}
          </section>
          {rest.length > 0 ? (
            <section>
              <h2 className="mb-3 text-lg font-semibold">{t("past")}</h2>
              <div className="space-y-4">
                {rest.map(({ invitation, state }) => (
                  <InvitationCard key={invitation.planId} invitation={invitation} state={state} products={productsOf(invitation.planId)} {...card} />
                ))}
              </div>
            </section>
          ) : null}
        </div>
      )}
    </>
  );
}

function InvitationCard({
  invitation,
  state,
  products,
  answerable = false,
  t,
  format,
}: {
  invitation: Invitation;
  state: ReturnType<typeof targetedPlanState>;
  products: PlanProduct[];
  answerable?: boolean;
  t: Words;
  format: ReaderFormat;
}) {
  // While the plan runs, its products can be linked straight from here (at the plan's rate once accepted).
  const linkable = state === "live" && invitation.status !== "declined" && invitation.status !== "withdrawn";
  return (
    <Card>
      <article aria-label={invitation.name} className="space-y-4">
        <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <h3 className="break-words text-base font-semibold text-slate-900">{invitation.name}</h3>
            <p className="text-sm text-slate-600">
              {t.rich("from", {
                shop: invitation.shopName,
                start: format.day(invitation.startsAt),
                end: format.day(invitation.endsAt),
                b: (chunks: ReactNode) => <span className="font-medium">{chunks}</span>,
              })}
            </p>
          </div>
          <div className="flex shrink-0 gap-2">
            <InvitationBadge status={invitation.status} />
            <PlanStateBadge state={state} />
          </div>
        </div>
        {invitation.message ? <blockquote className="whitespace-pre-line border-l-4 border-brand-100 pl-3 text-sm text-slate-700">{invitation.message}</blockquote> : null}
        {products.length === 0 ? (
          <p className="text-sm text-slate-500">{t("noProducts")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg ring-1 ring-slate-200" aria-label={t("productsOf", { name: invitation.name })}>
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
                  <p className="text-sm tabular-nums text-slate-600">{format.money(p.priceMinor, p.currency)}</p>
                </div>
                <dl className="shrink-0 text-sm max-sm:w-full max-sm:pl-[3.25rem] sm:text-right">
                  <div className="flex gap-1 text-slate-500 sm:justify-end">
                    <dt>{t("openRate")}</dt>
                    <dd>{rewardText({ rateBps: p.openRateBps, flatFeeMinor: p.openFlatFeeMinor }, p.currency, format)}</dd>
                  </div>
                  <div className="flex gap-1 font-semibold text-emerald-700 sm:justify-end">
                    <dt>{t("yourRate")}</dt>
                    <dd>{rewardText(p, p.currency, format)}</dd>
                  </div>
                </dl>
                {linkable ? (
                  <ButtonLink href={`/creator/links/new?type=product&productId=${encodeURIComponent(p.productId)}`} size="sm" className="shrink-0" aria-label={t("getLinkFor", { name: p.title })}>
                    {t("getLink")}
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
            {invitation.status === "pending"
              ? t("closed", { state })
              : invitation.respondedAt
                ? t("answeredOn", { status: invitation.status, date: format.moment(invitation.respondedAt) })
                : t("answered", { status: invitation.status })}
          </p>
        )}
      </article>
    </Card>
  );
}
