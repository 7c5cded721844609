import { getTimeZone, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { linkDailyFigures } from "@/db/queries/creator-link-stats";
import { findCreatorLink } from "@/db/queries/creator-links";
import { TimeSeriesChart, type ChartSeries } from "@/components/charts/time-series-chart";
import { DisableLinkButton, RenewLinkButton } from "@/components/links/link-command-buttons";
import { LinkSharePanel } from "@/components/links/link-share-panel";
import { linkTargetLabel, newLinkHref } from "@/components/links/link-target";
import { PeriodPicker } from "@/components/reports/period-picker";
import { Alert, Badge } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { zonedDay } from "@/lib/clock";
import { isId } from "@/lib/ids";
import { linkReport } from "@/lib/links/link-report";
import { canRenewLink } from "@/lib/links/rules";
import { readReportPeriod } from "@/lib/reports/period";
import { publicOrigin, shortLinkUrl } from "@/lib/sharing/short-link";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { linkTargetWords } from "../link-words";

export async function generateMetadata() {
  return { title: (await getTranslations("creator.link"))("title") };
}

export default async function LinkPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { db, user, at } = await pageActor("creator");
  const { id } = await params;
  const query = readSearchParams(await searchParams, ["new", "again", "renewed", "disabled", "period", "from", "to"]);
  const link = isId(id, "lnk") ? await findCreatorLink(db, { creatorId: user.id, linkId: id }) : undefined;
  if (!link) notFound();
  const timeZone = await getTimeZone();
  const period = readReportPeriod(query, at, timeZone);
  const [figures, t, tr, channels, words, format] = await Promise.all([
    linkDailyFigures(db, { creatorId: user.id, linkId: link.id, from: period.from, before: period.before, timeZone }),
    getTranslations("creator.link"),
    getTranslations("reports"),
    getTranslations("creator.channels"),
    linkTargetWords(),
    getReaderFormat(),
  ]);
  const report = linkReport(period, figures);
  const shortLink = shortLinkUrl(publicOrigin(await headers()), link.code);
  const target = linkTargetLabel(link, words);
  const channel = channels(link.channel);
  // What the share buttons post with the link: the product or campaign's own name.
  const shareText = link.type === "showcase" ? t("showcaseShareText") : link.type === "campaign" && link.campaignName ? link.campaignName : target;
  const renewable = !link.renewedById && canRenewLink(link, { at }).ok;
  const mainCurrency = report.earnings[0]?.currency;
  const series: ChartSeries[] = [
    { key: "clicks", name: t("stats.clicks"), kind: "bar" },
    { key: "orders", name: t("stats.orders"), kind: "bar" },
    ...(mainCurrency ? [{ key: `earnings:${mainCurrency}`, name: t("stats.earningsIn", { currency: mainCurrency }), kind: "line" as const, currency: mainCurrency }] : []),
  ];
  const nothing = report.totals.clicks === 0 && report.totals.orders === 0;
  return (
    <>
      <PageHeader
        title={target}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <Badge tone="blue">{channel}</Badge>
            {link.subId ? <Badge>{t("subId", { subId: link.subId })}</Badge> : null}
            {link.type === "product" && link.productStatus === "archived" ? <Badge tone="red">{t("productArchived")}</Badge> : null}
            {link.disabledAt ? <Badge tone="red">{t("disabledBadge")}</Badge> : null}
          </span>
        }
        actions={
          <div className="flex flex-wrap gap-2">
            <ButtonLink href={newLinkHref(link)} variant="secondary">
              {t("getAnother")}
            </ButtonLink>
            <ButtonLink href={`/creator/commissions?link=${link.id}`} variant="secondary">
              {t("commissions")}
            </ButtonLink>
            <ButtonLink href="/creator/links" variant="secondary">
              {t("allLinks")}
            </ButtonLink>
          </div>
        }
      />
      <div className="mb-4 space-y-3">
        {query.again ? (
          <Alert tone="info">{link.subId ? t("againSub", { channel, subId: link.subId }) : t("again", { channel })}</Alert>
        ) : query.renewed ? (
          <Alert tone="success">{t("renewedNotice", { date: format.day(link.earnsUntil) })}</Alert>
        ) : query.new ? (
          <Alert tone="success">{t("created")}</Alert>
        ) : null}
        {link.disabledAt ? <Alert tone="warning">{t("disabledNotice", { date: format.moment(link.disabledAt) })}</Alert> : null}
        {link.renewedById ? (
          <Alert tone="info">
            {t.rich("renewedBy", {
              link: (chunks) => (
                <Link href={`/creator/links/${link.renewedById}`} className="font-medium underline">
                  {chunks}
                </Link>
              ),
            })}
          </Alert>
        ) : null}
      </div>
      <LinkSharePanel linkId={link.id} shortLink={shortLink} shareText={shareText} earnsUntil={link.earnsUntil} at={at} />

      <section aria-labelledby="link-stats-title" className="mt-8 space-y-4">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
          <div>
            <h2 id="link-stats-title" className="text-lg font-semibold text-slate-900">
              {t("stats.title")}
            </h2>
            <p className="text-sm text-slate-600">{tr("period.showing", { from: format.day(period.from), to: format.day(new Date(period.before.getTime() - 1)) })}</p>
          </div>
          <PeriodPicker period={period} today={zonedDay(at, timeZone).isoDate} />
        </div>
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-6">
          <Stat label={t("stats.clicks")} value={format.number(report.totals.clicks)} />
          <Stat label={t("stats.unique")} value={format.number(report.totals.uniqueClicks)} />
          <Stat label={t("stats.orders")} value={format.number(report.totals.orders)} />
          <Stat label={t("stats.items")} value={format.number(report.totals.items)} />
          <Stat label={t("stats.conversion")} value={report.conversion === null ? "—" : format.percent(Math.round(report.conversion * 10_000))} hint={t("stats.conversionHint")} />
          <Stat
            label={t("stats.earnings")}
            value={
              report.earnings.length === 0 ? (
                "—"
              ) : (
                <span className="flex flex-col">
                  {report.earnings.map((e) => (
                    <span key={e.currency}>{format.money(e.amountMinor, e.currency)}</span>
                  ))}
                </span>
              )
            }
            hint={t("stats.earningsHint")}
          />
        </div>
        {nothing ? (
          <Card>
            <p className="text-sm text-slate-600">{tr("empty")}</p>
          </Card>
        ) : (
          <TimeSeriesChart points={report.points} series={series} label={t("stats.chart")} tableLabel={tr("chart.table")} dayLabel={period.grain === "week" ? t("stats.week") : tr("chart.day")} />
        )}
      </section>

      {link.disabledAt && !renewable ? null : (
        <section aria-labelledby="link-manage-title" className="mt-8">
          <Card className="space-y-4">
            <h2 id="link-manage-title" className="text-lg font-semibold text-slate-900">
              {t("manage")}
            </h2>
            {renewable ? (
              <div className="space-y-2">
                <p className="text-sm text-slate-600">{t("renewText")}</p>
                <RenewLinkButton linkId={link.id} />
              </div>
            ) : null}
            {link.disabledAt ? null : (
              <div className="space-y-2">
                <p className="text-sm text-slate-600">{t("disableText")}</p>
                <DisableLinkButton linkId={link.id} target={target} />
              </div>
            )}
          </Card>
        </section>
      )}
    </>
  );
}
