import { getTranslations } from "next-intl/server";
import { campaignDirectory } from "@/db/queries/open-catalogue";
import { newLinkHref } from "@/components/links/link-target";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { commissionAmount } from "@/lib/commissions/amount";
import { campaignLinkRates } from "@/lib/commissions/creator-rates";
import { rewardText } from "../reward-text";

export async function generateMetadata() {
  return { title: (await getTranslations("creator.campaigns"))("title") };
}

/** Live and upcoming campaigns of every shop, each product with what the creator's campaign link earns on it. */
export default async function CreatorCampaignsPage() {
  const { db, user, at } = await pageActor("creator");
  const [directory, t, format] = await Promise.all([campaignDirectory(db, user.id, at), getTranslations("creator.campaigns"), getReaderFormat()]);
  // A campaign still to come is judged on its first day: the rates its link will earn from then.
  const rateOf = await campaignLinkRates(db, {
    creatorId: user.id,
    items: directory.flatMap((c) => c.products.map((p) => ({ campaignId: c.id, productId: p.productId, at: c.live ? at : c.startsAt }))),
  });
  const sections = [
    { id: "live", title: t("liveHeading"), campaigns: directory.filter((c) => c.live) },
    { id: "upcoming", title: t("upcomingHeading"), campaigns: directory.filter((c) => !c.live) },
  ].filter((s) => s.campaigns.length > 0);
  return (
    <>
      <PageHeader title={t("heading")} description={t("description")} />
      {sections.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyText")}</EmptyState>
      ) : (
        sections.map((section) => (
          <section key={section.id} aria-labelledby={`campaigns-${section.id}`} className="mb-8">
            <h2 id={`campaigns-${section.id}`} className="mb-3 text-lg font-semibold">
              {section.title}
            </h2>
            <ul className="space-y-4">
              {section.campaigns.map((c) => (
                <li key={c.id}>
                  <Card className="space-y-3">
                    <article aria-label={c.name} className="space-y-3">
                      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                        <div className="min-w-0">
                          <h3 className="break-words text-base font-semibold text-slate-900">{c.name}</h3>
                          <p className="text-sm text-slate-600">
                            <span className={c.live ? "font-medium text-emerald-700" : "font-medium text-amber-700"}>{c.live ? t("live") : t("upcoming")}</span>
                            {" · "}
                            {c.shopName ?? t("platform")}
                            {" · "}
                            <span title={`${format.utc(c.startsAt)} – ${format.utc(c.endsAt)}`}>{t("dates", { start: format.day(c.startsAt), end: format.day(c.endsAt) })}</span>
                          </p>
                          {c.description ? <p className="mt-1 break-words text-sm text-slate-700">{c.description}</p> : null}
                        </div>
                        <div className="flex shrink-0 flex-wrap gap-2">
                          <ButtonLink href={newLinkHref({ type: "campaign", productId: null, campaignId: c.id })} size="sm" className="max-sm:w-full" aria-label={t("getLinkFor", { name: c.name })}>
                            {t("getLink")}
                          </ButtonLink>
                          <ButtonLink href={`/c/${encodeURIComponent(c.slug)}`} variant="secondary" size="sm" target="_blank" className="max-sm:w-full">
                            {t("viewPage")}
                          </ButtonLink>
                        </div>
                      </div>
                      {c.products.length === 0 ? (
                        <p className="text-sm text-slate-600">{t("noProducts")}</p>
                      ) : (
                        <Table head={[t("product"), t("price"), t("yourRate"), t("youEarn")]} caption={t("productsOf", { name: c.name })}>
                          {c.products.map((p) => {
                            const rate = rateOf(c.id, p.productId) ?? { reward: { rateBps: p.rateBps, flatFeeMinor: p.flatFeeMinor } };
                            return (
                              <tr key={p.productId}>
                                <Td className="sm:whitespace-normal">{p.title}</Td>
                                <Td label={t("price")} className="tabular-nums">
                                  {format.money(p.priceMinor, p.currency)}
                                </Td>
                                <Td label={t("yourRate")} className="font-medium text-emerald-700">
                                  {rewardText(rate.reward, p.currency, format)}
                                </Td>
                                <Td label={t("youEarn")} className="tabular-nums">
                                  {format.money(commissionAmount(p.priceMinor, rate.reward.rateBps, rate.reward.flatFeeMinor), p.currency)}
                                </Td>
                              </tr>
                            );
                          })}
                        </Table>
                      )}
                    </article>
                  </Card>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}
