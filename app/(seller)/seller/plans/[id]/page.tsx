import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findShopPlan, shopPlanInvitations, shopPlanProducts } from "@/db/queries/plans";
import { EndPlanButton, PublishPlanButton } from "@/components/plans/plan-status-buttons";
import { RemindInvitationButton, WithdrawInvitationButton } from "@/components/plans/invitation-manage-buttons";
import { InvitationBadge, PlanStateBadge } from "@/components/plans/state-badges";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { targetedPlanState } from "@/lib/commissions/effective-rate";
import { rewardText } from "@/components/plans/reward-text";
import { getReaderFormat } from "@/server/i18n";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { routeParam } from "@/lib/http/route-param";
import { RESULTS_QUERY_KEYS, ResultsSection } from "../../results-section";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.plans.detail"))("title") };
}

const SAVED = ["created", "updated"] as const;

export default async function PlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { db, shop, at } = await pageActor("seller");
  const [{ id: rawId }, { saved, ...periodQuery }] = await Promise.all([params, searchParams.then((raw) => readSearchParams(raw, ["saved", ...RESULTS_QUERY_KEYS]))]);
  // Scoped to the seller's shop: another shop's plan id is simply not found.
  const id = routeParam(rawId);
  const plan = id ? await findShopPlan(db, { shopId: shop.id, planId: id }) : undefined;
  if (!id || !plan) notFound();
  const [products, invitations] = await Promise.all([shopPlanProducts(db, { shopId: shop.id, planId: id }), shopPlanInvitations(db, { shopId: shop.id, planId: id })]);
  const state = targetedPlanState(plan, at);
  const [t, format, locale] = await Promise.all([getTranslations("seller.plans"), getReaderFormat(), getLocale()]);
  const range = t("range", { from: format.moment(plan.startsAt), to: format.moment(plan.endsAt) });
  const savedText = SAVED.find((s) => s === saved);
  const editable = state === "draft" || state === "scheduled" || state === "live";
  // Pending invitations of a running plan can be reminded or withdrawn (lib/plans/manage-invitations.ts).
  const running = state === "scheduled" || state === "live";
  return (
    <>
      <PageHeader
        title={plan.name}
        description={plan.endedAt ? t("detail.endedAt", { range, when: format.moment(plan.endedAt) }) : range}
        actions={
          <>
            {/* Centred beside the 44 px button on phones, not stretched to its height. */}
            <span className="self-center">
              <PlanStateBadge state={state} />
            </span>
            {editable ? (
              <ButtonLink href={`/seller/plans/${plan.id}/edit`} variant="secondary" size="sm">
                {t("detail.edit")}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      {savedText ? (
        <div className="mb-4">
          <Alert tone="success">{t(`detail.${savedText}`)}</Alert>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <section>
            <h2 className="mb-3 text-lg font-semibold">{t("detail.invited")}</h2>
            {invitations.length === 0 ? (
              <EmptyState
                title={t("detail.noInvited")}
                action={
                  editable ? (
                    <ButtonLink href={`/seller/plans/${plan.id}/edit`} variant="secondary">
                      {t("detail.invite")}
                    </ButtonLink>
                  ) : undefined
                }
              />
            ) : (
              <Table head={[t("detail.creator"), t("detail.followers"), t("detail.answer"), t("detail.invitedAt"), t("detail.answeredAt")]}>
                {invitations.map((i) => (
                  <tr key={i.creatorId}>
                    <Td className="max-sm:break-words">
                      <Link href={`/seller/creators/${i.creatorId}`} className="font-medium text-slate-900 hover:text-brand-700">
                        {i.displayName}
                      </Link>{" "}
                      <span className="text-slate-500">@{i.handle}</span>
                    </Td>
                    <Td label={t("detail.followers")} className="tabular-nums">
                      {format.number(i.followerCount)}
                    </Td>
                    <Td label={t("detail.answer")}>
                      {state === "draft" ? <span className="text-slate-500">{t("detail.notSent")}</span> : <InvitationBadge status={i.status} />}
                      {running && i.status === "pending" ? (
                        <div className="mt-2 flex flex-col items-start gap-2">
                          <RemindInvitationButton planId={plan.id} creatorId={i.creatorId} name={i.displayName} />
                          <WithdrawInvitationButton planId={plan.id} creatorId={i.creatorId} name={i.displayName} />
                        </div>
                      ) : null}
                    </Td>
                    <Td label={t("detail.invitedAt")} className="text-slate-600">
                      {state === "draft" ? "—" : format.moment(i.invitedAt)}
                    </Td>
                    <Td label={t("detail.answeredAt")} className="text-slate-600">
                      {i.respondedAt ? format.moment(i.respondedAt) : i.withdrawnAt ? t("detail.withdrawnAt", { when: format.moment(i.withdrawnAt) }) : "—"}
                      {i.remindedAt && i.status === "pending" ? <span className="block text-xs">{t("detail.remindedAt", { when: format.moment(i.remindedAt) })}</span> : null}
                    </Td>
                  </tr>
                ))}
              </Table>
            )}
          </section>
          <section>
            <h2 className="mb-3 text-lg font-semibold">{t("detail.products")}</h2>
            {products.length === 0 ? (
              <EmptyState
                title={t("detail.noProducts")}
                action={
                  editable ? (
                    <ButtonLink href={`/seller/plans/${plan.id}/edit`} variant="secondary">
                      {t("detail.addProducts")}
                    </ButtonLink>
                  ) : undefined
                }
              />
            ) : (
              <Table head={[t("detail.product"), t("detail.openPlan"), t("detail.targetedReward")]}>
                {products.map((p) => (
                  <tr key={p.productId}>
                    <Td className="max-sm:break-words">
                      <Link href={`/seller/products/${p.productId}`} className="font-medium text-slate-900 hover:text-brand-700">
                        {p.title}
                      </Link>
                      {p.status === "archived" ? (
                        <span className="ml-2 text-xs text-red-600">{t("detail.archived")}</span>
                      ) : !p.openToAffiliates ? (
                        <span className="ml-2 text-xs text-slate-500">{t("detail.closed")}</span>
                      ) : null}
                    </Td>
                    <Td label={t("detail.openPlan")} className="text-slate-600">
                      {rewardText({ rateBps: p.openRateBps, flatFeeMinor: p.openFlatFeeMinor }, p.currency, locale)}
                    </Td>
                    <Td label={t("detail.targetedReward")} className="font-medium">
                      {rewardText(p, p.currency, locale)}
                    </Td>
                  </tr>
                ))}
              </Table>
            )}
          </section>
        </div>
        <div className="min-w-0 space-y-6">
          <Card>
            <h2 className="font-semibold">{t("detail.status")}</h2>
            <p className="mb-3 mt-1 text-sm text-slate-600">{t(`detail.stateText.${state}`)}</p>
            {state === "draft" ? <PublishPlanButton planId={plan.id} /> : null}
            {state === "scheduled" || state === "live" ? <EndPlanButton planId={plan.id} planName={plan.name} /> : null}
          </Card>
          <Card>
            <h2 className="font-semibold">{t("detail.message")}</h2>
            <p className="mt-1 whitespace-pre-line break-words text-sm text-slate-700">{plan.message || <span className="text-slate-500">{t("detail.noMessage")}</span>}</p>
          </Card>
        </div>
      </div>
      <ResultsSection db={db} shop={shop} at={at} scope={{ planId: plan.id }} query={periodQuery} />
    </>
  );
}
