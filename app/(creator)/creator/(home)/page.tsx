import { getTimeZone, getTranslations } from "next-intl/server";
import { creatorHasLinks } from "@/db/queries/creator-dashboard";
import { findCreatorProfile } from "@/db/queries/creators";
import { availableBalances } from "@/db/queries/wallet";
import { TimeSeriesChart, type ChartSeries } from "@/components/charts/time-series-chart";
import { BreakdownTable } from "@/components/dashboard/breakdown-table";
import { BreakdownTabs } from "@/components/dashboard/breakdown-tabs";
import { CommissionStates } from "@/components/dashboard/commission-states";
import { DashboardStats } from "@/components/dashboard/dashboard-stats";
import { TopProducts } from "@/components/dashboard/top-products";
import { PeriodPicker } from "@/components/reports/period-picker";
import { Alert, Badge } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { zonedDay } from "@/lib/clock";
import { currentAffiliateThreshold } from "@/lib/creators/threshold";
import { creatorTier } from "@/lib/creators/tier";
import { BREAKDOWN_DIMENSIONS, creatorDashboard } from "@/lib/reports/creator-dashboard";
import { readReportPeriod } from "@/lib/reports/period";
import { oneOf, readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export async function generateMetadata() {
  return { title: (await getTranslations("creator.home"))("title") };
}

const QUERY_KEYS = ["period", "from", "to", "by"] as const;

export default async function CreatorHome({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, user, at } = await pageActor("creator");
  const query = readSearchParams(await searchParams, QUERY_KEYS);
  const timeZone = await getTimeZone();
  const period = readReportPeriod(query, at, timeZone);
  const by = oneOf(query.by, BREAKDOWN_DIMENSIONS) ?? "link";
  const [profile, threshold, hasLinks, wallet, dashboard, t, home, reports, format] = await Promise.all([
    findCreatorProfile(db, user.id),
    currentAffiliateThreshold(db),
    creatorHasLinks(db, user.id),
    availableBalances(db, user.id),
    creatorDashboard(db, { creatorId: user.id, period }),
    getTranslations("creator.dashboard"),
    getTranslations("creator.home"),
    getTranslations("reports"),
    getReaderFormat(),
  ]);
  const followers = profile?.followerCount ?? 0;
  const tier = creatorTier(followers, threshold);
  const day = (iso: string) => format.dayIn(new Date(`${iso}T12:00:00Z`), "UTC");
  const main = dashboard.currencies[0];
  const periodQuery = new URLSearchParams(Object.entries({ period: query.period, from: query.from, to: query.to }).filter((e): e is [string, string] => typeof e[1] === "string")).toString();
  const series: ChartSeries[] = [
    { key: "clicks", name: t("clicks"), kind: "bar" },
    { key: "orders", name: t("orders"), kind: "bar" },
    ...(main ? [{ key: `earned_${main}`, name: t("chartEarned", { currency: main }), kind: "line" as const, currency: main }] : []),
  ];
  return (
    <>
      <PageHeader
        title={home("greeting", { name: user.name.split(" ")[0] ?? user.name })}
        description={profile ? home("profile", { handle: profile.handle, followers }) : undefined}
        actions={tier === "affiliate" ? <Badge tone="green">{home("affiliate")}</Badge> : <Badge tone="blue">{home("linkShare")}</Badge>}
      />
      {tier === "link_share" ? (
        <div className="mb-6">
          <Alert tone="info">{home("linkShareInfo", { threshold: format.number(threshold), toGo: format.number(Math.max(threshold - followers, 0)) })}</Alert>
        </div>
      ) : null}
      <section aria-label={home("wallet")} className="mb-6 grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
        {wallet.length === 0 ? (
          <Stat label={home("wallet")} value="—" hint={home("walletEmpty")} />
        ) : (
          wallet.map((b) => <Stat key={b.currency} label={home("available", { currency: b.currency })} value={format.money(b.total, b.currency)} />)
        )}
      </section>
      {!hasLinks ? (
        <EmptyState
          title={t("emptyTitle")}
          action={
            <ButtonLink href="/creator/products" variant="primary">
              {t("emptyAction")}
            </ButtonLink>
          }
        >
          {t("emptyText")}
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          <div className="flex flex-col gap-2">
            <PeriodPicker period={period} today={zonedDay(at, timeZone).isoDate} keep={{ by: query.by }} />
            <p className="text-sm text-slate-600" data-testid="period-range">
              {reports("period.showing", { from: day(period.firstDay), to: day(period.lastDay) })}
            </p>
          </div>
          <DashboardStats dashboard={dashboard} days={period.days} />
          <TimeSeriesChart
            points={dashboard.points}
            series={series}
            label={period.grain === "week" ? t("chartWeekly") : t("chartDaily")}
            tableLabel={reports("chart.table")}
            dayLabel={t("chartDay")}
          />
          <section aria-labelledby="commission-states">
            <h2 id="commission-states" className="mb-1 text-lg font-semibold">
              {t("commissions")}
            </h2>
            <p className="mb-3 text-sm text-slate-600">{t("earnedRule")}</p>
            {dashboard.commissionsByState.length === 0 ? <EmptyState title={home("noCommissions")}>{home("noCommissionsText")}</EmptyState> : <CommissionStates rows={dashboard.commissionsByState} days={period.days} />}
          </section>
          <section aria-labelledby="top-products">
            <h2 id="top-products" className="mb-3 text-lg font-semibold">
              {t("topProducts")}
            </h2>
            <TopProducts rows={dashboard.breakdowns.product} />
          </section>
          <section aria-labelledby="breakdown-heading" id="breakdown" className="scroll-mt-20">
            <h2 id="breakdown-heading" className="mb-3 text-lg font-semibold">
              {t("breakdown")}
            </h2>
            <BreakdownTabs dimensions={BREAKDOWN_DIMENSIONS} current={by} query={query} />
            {dashboard.breakdowns[by].length === 0 ? <EmptyState title={reports("empty")} /> : <BreakdownTable dimension={by} rows={dashboard.breakdowns[by]} />}
            {by === "link" && dashboard.breakdowns.link.length > 0 ? (
              <a href={`/creator/dashboard-links.csv?${periodQuery}`} download className="mt-2 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline sm:min-h-0">
                {t("csv")}
              </a>
            ) : null}
          </section>
        </div>
      )}
    </>
  );
}
