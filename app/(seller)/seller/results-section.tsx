import "server-only";
import Link from "next/link";
import { Suspense } from "react";
import { getTimeZone, getTranslations } from "next-intl/server";
import type { Database } from "@/db/client";
import { reportNames, type ReportScope } from "@/db/queries/seller-dashboard";
import { ChangeHint, PeriodPicker } from "@/components/reports/period-picker";
import { EmptyState, Stat } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { getReaderFormat } from "@/server/i18n";
import { zonedDay } from "@/lib/clock";
import { readReportPeriod } from "@/lib/reports/period";
import { scopedResults } from "@/lib/reports/seller-report";
import type { CurrencyCode } from "@/lib/money";

type SectionProps = {
  db: Database;
  shop: { id: string; currency: CurrencyCode };
  at: Date;
  scope: ReportScope;
  /** The page's ?period=&from=&to= (readReportPeriod's query). */
  query: { period?: string; from?: string; to?: string };
};

/** The query keys the results section reads; a page passes them in with its own. */
export const RESULTS_QUERY_KEYS = ["period", "from", "to"] as const;

/**
 * A product's, a campaign's or a targeted plan's results on its seller page: the period picker's
 * period, the figures against the period before, and the creators who brought them. Loaded apart
 * from the page (Suspense), so the page shows while the figures are summed.
 */
export async function ResultsSection(props: SectionProps) {
  const t = await getTranslations("seller.results");
  const note = "productId" in props.scope ? t("productNote") : "campaignId" in props.scope ? t("campaignNote") : t("planNote");
  return (
    <section aria-labelledby="results-heading" className="mt-8 space-y-4">
      <div>
        <h2 id="results-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-slate-600">{note}</p>
      </div>
      <Suspense fallback={<p className="text-sm text-slate-500" role="status">{t("loading")}</p>}>
        <Results {...props} />
      </Suspense>
    </section>
  );
}

async function Results({ db, shop, at, scope, query }: SectionProps) {
  const timeZone = await getTimeZone();
  const period = readReportPeriod(query, at, timeZone);
  const results = await scopedResults(db, { shopId: shop.id, scope, period });
  const [t, home, format, names] = await Promise.all([
    getTranslations("seller.results"),
    getTranslations("seller.home"),
    getReaderFormat(),
    reportNames(db, { productIds: [], creatorIds: results.creators.map((c) => c.key) }),
  ]);
  const money = (minor: number) => format.money(minor, shop.currency);
  const percent = (value: number | null) => (value === null ? home("stats.none") : format.percent(Math.round(value * 10_000)));
  const { totals, change } = results;
  const hint = (key: keyof typeof change) => <ChangeHint change={change[key]} days={period.days} />;
  return (
    <>
      <div className="flex flex-col gap-2">
        <p className="text-sm text-slate-600">{home("periodHint", { from: format.day(period.from), to: format.day(new Date(period.before.getTime() - 1)), days: period.days })}</p>
        <PeriodPicker period={period} today={zonedDay(at, timeZone).isoDate} />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        <Stat label={home("stats.clicks")} value={format.number(totals.clicks)} hint={hint("clicks")} />
        <Stat label={home("stats.uniqueClicks")} value={format.number(totals.uniqueClicks)} hint={hint("uniqueClicks")} />
        <Stat label={home("stats.orders")} value={format.number(totals.orders)} hint={hint("orders")} />
        <Stat label={home("stats.items")} value={format.number(totals.items)} hint={hint("items")} />
        <Stat label={home("stats.sales")} value={money(totals.sales)} hint={hint("sales")} />
        <Stat label={home("stats.commission")} value={money(totals.commission)} hint={hint("commission")} />
        <Stat label={home("stats.conversion")} value={percent(totals.conversion)} hint={hint("conversion")} />
        <Stat label={home("stats.epc")} value={totals.epc === null ? home("stats.none") : money(Math.round(totals.epc))} hint={hint("epc")} />
      </div>
      <p className="text-sm text-slate-600">{home("stats.commissionHint", { pending: money(totals.pending), locked: money(totals.locked), available: money(totals.available), paid: money(totals.paid) })}</p>
      <h3 className="font-semibold">{t("creators")}</h3>
      {results.creators.length === 0 ? (
        <EmptyState title={t("creatorsEmpty")} />
      ) : (
        <Table head={[home("breakdown.creator"), home("stats.clicks"), home("stats.orders"), home("stats.sales"), home("stats.commission")]} caption={t("creators")}>
          {results.creators.map((row) => {
            const creator = names.creators.get(row.key);
            return (
              <tr key={row.key}>
                <Td className="break-words">
                  <Link href={`/seller/creators/${row.key}`} className="inline-flex min-h-11 items-center font-medium text-slate-900 hover:text-brand-700">
                    {creator ? `${creator.displayName} (@${creator.handle})` : row.key}
                  </Link>
                </Td>
                <Td label={home("stats.clicks")} className="tabular-nums">
                  {format.number(row.clicks)}
                </Td>
                <Td label={home("stats.orders")} className="tabular-nums">
                  {format.number(row.orders)}
                </Td>
                <Td label={home("stats.sales")} className="tabular-nums">
                  {money(row.sales)}
                </Td>
                <Td label={home("stats.commission")} className="tabular-nums">
                  {money(row.commission)}
                </Td>
              </tr>
            );
          })}
        </Table>
      )}
    </>
  );
}
