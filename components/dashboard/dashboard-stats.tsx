import { useTranslations } from "next-intl";
import { ChangeHint } from "@/components/reports/period-picker";
import { Stat } from "@/components/ui/card";
import { useReaderFormat } from "@/components/ui/formatted";
import type { CreatorDashboard } from "@/lib/reports/creator-dashboard";

/** The period's figures as cards, each with its change against the previous period of as many days. */
export function DashboardStats({ dashboard, days }: { dashboard: Pick<CreatorDashboard, "totals" | "change">; days: number }) {
  const t = useTranslations("creator.dashboard");
  const format = useReaderFormat();
  const { totals, change } = dashboard;
  const rate = (fraction: number | null) => (fraction === null ? "—" : format.percent(Math.round(fraction * 10_000)));
  return (
    <section aria-label={t("figures")} className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
      <Stat label={t("clicks")} value={format.number(totals.clicks)} hint={<ChangeHint change={change.clicks} days={days} />} />
      <Stat label={t("uniqueClicks")} value={format.number(totals.uniqueClicks)} hint={<ChangeHint change={change.uniqueClicks} days={days} />} />
      <Stat label={t("orders")} value={format.number(totals.orders)} hint={<ChangeHint change={change.orders} days={days} />} />
      <Stat label={t("items")} value={format.number(totals.items)} hint={<ChangeHint change={change.items} days={days} />} />
      <Stat label={t("conversion")} value={rate(totals.conversionRate)} hint={<ChangeHint change={change.conversionRate} days={days} />} />
      {totals.earned.length === 0 ? (
        <Stat label={t("earnedNone")} value="—" hint={t("earnedNoneHint")} />
      ) : (
        totals.earned.map((e) => (
          <Stat key={e.currency} label={t("earned", { currency: e.currency })} value={format.money(e.amountMinor, e.currency)} hint={<ChangeHint change={change.earned[e.currency] ?? null} days={days} />} />
        ))
      )}
      {totals.earningsPerClick.map((e) => (
        <Stat
          key={e.currency}
          label={t("epc", { currency: e.currency })}
          value={e.perClickMinor === null ? "—" : format.money(Math.round(e.perClickMinor), e.currency)}
          hint={<ChangeHint change={change.earningsPerClick[e.currency] ?? null} days={days} />}
        />
      ))}
    </section>
  );
}
