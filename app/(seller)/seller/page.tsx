import Link from "next/link";
import { getTimeZone, getTranslations } from "next-intl/server";
import { sellerOverview } from "@/db/queries/dashboard";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { ChangeHint, PeriodPicker } from "@/components/reports/period-picker";
import { ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { zonedDay } from "@/lib/clock";
import { mediaUrl } from "@/lib/media/url";
import { readReportPeriod } from "@/lib/reports/period";
import { SELLER_DIMENSIONS, sellerReport, type SellerBreakdownRow, type SellerDimension } from "@/lib/reports/seller-report";
import { oneOf, readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { sellerReportLabeller } from "./report-labels";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.home"))("title") };
}

/** Rows a breakdown shows on the page; the CSV has every row. */
const SHOWN = 10;

export default async function SellerHome({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, user, at } = await pageActor("new-seller");
  const query = readSearchParams(await searchParams, ["period", "from", "to", "by"]);
  const [overview, t, format, timeZone] = await Promise.all([sellerOverview(db, user.id), getTranslations("seller.home"), getReaderFormat(), getTimeZone()]);
  if (!overview.shop) {
    return (
      <>
        <PageHeader title={t("welcome")} description={t("welcomeDescription")} />
        <EmptyState title={t("noShop")} action={<ButtonLink href="/seller/shop">{t("setUpShop")}</ButtonLink>}>
          {t("noShopBody")}
        </EmptyState>
      </>
    );
  }
  const { shop } = overview;
  const period = readReportPeriod(query, at, timeZone);
  const by: SellerDimension = oneOf(query.by, SELLER_DIMENSIONS) ?? "product";
  const [report, reports] = await Promise.all([sellerReport(db, shop.id, period), getTranslations("reports")]);
  const { label, imageOf } = await sellerReportLabeller(db, report);
  const money = (minor: number) => format.money(minor, shop.currency);
  const ratioText = (value: number | null, as: "percent" | "money" | "times") =>
    value === null ? t("stats.none") : as === "percent" ? format.percent(Math.round(value * 10_000)) : as === "money" ? money(Math.round(value)) : t("stats.rocValue", { value: format.number(Math.round(value * 100) / 100) });
  const { totals, change } = report;
  const hint = (key: keyof typeof change) => <ChangeHint change={change[key]} days={period.days} />;
  const periodQuery = { period: period.key, from: period.key === "custom" ? period.firstDay : undefined, to: period.key === "custom" ? period.lastDay : undefined };
  const csvHref = `/seller/report.csv?${new URLSearchParams({ by, period: period.key, ...(period.key === "custom" ? { from: period.firstDay, to: period.lastDay } : {}) }).toString()}`;
  const rows = report.breakdowns[by];
  const empty = totals.clicks === 0 && totals.orders === 0;
  const top = (dimension: "creator" | "product") => report.breakdowns[dimension].filter((r) => r.sales > 0 || r.orders > 0).slice(0, 5);
  return (
    <>
      <PageHeader
        title={shop.name}
        description={t("shopLine", { currency: shop.currency, country: shop.country, days: shop.returnWindowDays })}
        actions={
          <p className="text-sm text-slate-600">
            {t("activeProducts")}: {format.number(overview.products.n)} · {t("openToCreators", { count: overview.products.open })}
          </p>
        }
      />
      <section aria-labelledby="performance-heading" className="space-y-6">
        <div className="flex flex-col gap-3">
          <div>
            <h2 id="performance-heading" className="text-lg font-semibold">
              {t("period")}
            </h2>
            <p className="text-sm text-slate-600">{t("periodHint", { from: format.day(period.from), to: format.day(new Date(period.before.getTime() - 1)), days: period.days })}</p>
          </div>
          <PeriodPicker period={period} today={zonedDay(at, timeZone).isoDate} keep={{ by: query.by }} />
        </div>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          <Stat label={t("stats.clicks")} value={format.number(totals.clicks)} hint={hint("clicks")} />
          <Stat label={t("stats.uniqueClicks")} value={format.number(totals.uniqueClicks)} hint={hint("uniqueClicks")} />
          <Stat label={t("stats.orders")} value={format.number(totals.orders)} hint={hint("orders")} />
          <Stat label={t("stats.items")} value={format.number(totals.items)} hint={hint("items")} />
          <Stat label={t("stats.sales")} value={money(totals.sales)} hint={hint("sales")} />
          <Stat label={t("stats.commission")} value={money(totals.commission)} hint={hint("commission")} />
          <Stat label={t("stats.conversion")} value={ratioText(totals.conversion, "percent")} hint={hint("conversion")} />
          <Stat label={t("stats.epc")} value={ratioText(totals.epc, "money")} hint={hint("epc")} />
          <Stat label={t("stats.roc")} value={ratioText(totals.roc, "times")} hint={hint("roc")} />
        </div>
        <p className="text-sm text-slate-600">{t("stats.commissionHint", { pending: money(totals.pending), locked: money(totals.locked), available: money(totals.available), paid: money(totals.paid) })}</p>
        <TimeSeriesChart
          label={t("chart.title")}
          tableLabel={reports("chart.table")}
          dayLabel={reports("chart.day")}
          points={report.series}
          series={[
            { key: "clicks", name: t("chart.clicks"), kind: "bar" },
            { key: "orders", name: t("chart.orders"), kind: "bar" },
            { key: "sales", name: t("chart.sales"), kind: "line", currency: shop.currency },
          ]}
        />
        {empty ? (
          <EmptyState title={t("breakdown.empty")} />
        ) : (
          <>
            <div className="grid gap-6 lg:grid-cols-2">
              {(["creator", "product"] as const).map((dimension) => (
                <section key={dimension} aria-labelledby={`top-${dimension}`} className="min-w-0">
                  <h3 id={`top-${dimension}`} className="mb-2 font-semibold">
                    {t(dimension === "creator" ? "top.creators" : "top.products")}
                  </h3>
                  {top(dimension).length === 0 ? (
                    <p className="text-sm text-slate-600">{t("top.empty")}</p>
                  ) : (
                    <ol className="divide-y divide-slate-100 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
                      {top(dimension).map((row, i) => (
                        <li key={row.key} className="flex items-center gap-3 px-3 py-2">
                          <span className="w-4 text-right text-sm tabular-nums text-slate-400">{i + 1}</span>
                          {dimension === "product" ? <Thumb mediaId={imageOf(row.key)} /> : null}
                          <span className="min-w-0 flex-1 break-words text-sm font-medium text-slate-900">{label(dimension, row.key)}</span>
                          <span className="text-right text-sm tabular-nums text-slate-700">
                            {money(row.sales)}
                            <span className="block text-xs text-slate-500">{t("chart.orders")}: {format.number(row.orders)}</span>
                          </span>
                        </li>
                      ))}
                    </ol>
                  )}
                </section>
              ))}
            </div>
            <section aria-labelledby="breakdown-heading" className="space-y-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 id="breakdown-heading" className="font-semibold">
                  {t("breakdown.title")}
                </h3>
                <ButtonLink href={csvHref} variant="secondary" size="sm">
                  {t("breakdown.csv")}
                </ButtonLink>
              </div>
              <nav aria-label={t("breakdown.by")} className="flex flex-wrap gap-1">
                {SELLER_DIMENSIONS.map((d) => (
                  <Link
                    key={d}
                    href={`?${new URLSearchParams(Object.entries({ ...periodQuery, by: d }).filter((e): e is [string, string] => !!e[1])).toString()}`}
                    aria-current={d === by ? "page" : undefined}
                    className={cn("min-h-10 rounded-md px-3 py-2 text-sm font-medium", d === by ? "bg-slate-900 text-white" : "bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50")}
                  >
                    {t(`breakdown.${d}`)}
                  </Link>
                ))}
              </nav>
              <BreakdownTable rows={rows.slice(0, SHOWN)} name={(row) => label(by, row.key)} heading={t(`breakdown.${by}`)} t={t} money={money} format={format} ratioText={ratioText} />
              {rows.length > SHOWN ? <p className="text-xs text-slate-500">{t("breakdown.more", { shown: SHOWN, total: rows.length })}</p> : null}
            </section>
          </>
        )}
      </section>
    </>
  );
}

function Thumb({ mediaId }: { mediaId: string | null }) {
  return mediaId ? (
    // eslint-disable-next-line @next/next/no-img-element -- app-served media, already sized
    <img src={mediaUrl(mediaId)!} alt="" width={40} height={40} className="size-10 shrink-0 rounded object-cover" loading="lazy" />
  ) : (
    <span className="size-10 shrink-0 rounded bg-slate-100" />
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"seller.home">>>;

function BreakdownTable({
  rows,
  name,
  heading,
  t,
  money,
  format,
  ratioText,
}: {
  rows: SellerBreakdownRow[];
  name: (row: SellerBreakdownRow) => string;
  heading: string;
  t: Translate;
  money: (minor: number) => string;
  format: Awaited<ReturnType<typeof getReaderFormat>>;
  ratioText: (value: number | null, as: "percent" | "money" | "times") => string;
}) {
  return (
    <Table head={[heading, t("stats.clicks"), t("stats.orders"), t("stats.items"), t("stats.sales"), t("stats.commission"), t("stats.conversion"), t("stats.roc")]} caption={t("breakdown.title")}>
      {rows.map((row) => (
        <tr key={row.key}>
          <Td className="font-medium break-words text-slate-900">{name(row)}</Td>
          <Td label={t("stats.clicks")} className="tabular-nums">
            {format.number(row.clicks)}
          </Td>
          <Td label={t("stats.orders")} className="tabular-nums">
            {format.number(row.orders)}
          </Td>
          <Td label={t("stats.items")} className="tabular-nums">
            {format.number(row.items)}
          </Td>
          <Td label={t("stats.sales")} className="tabular-nums">
            {money(row.sales)}
          </Td>
          <Td label={t("stats.commission")} className="tabular-nums">
            {money(row.commission)}
          </Td>
          <Td label={t("stats.conversion")} className="tabular-nums">
            {ratioText(row.conversion, "percent")}
          </Td>
          <Td label={t("stats.roc")} className="tabular-nums">
            {ratioText(row.roc, "times")}
          </Td>
        </tr>
      ))}
    </Table>
  );
}
