import "server-only";
import type { CurrencyCode } from "@/lib/money/currencies";
import { foldSeries, type ReportPeriod } from "@/lib/reports/period";

type ClickDay = { day: string; clicks: number; uniqueClicks: number };
type SaleDay = { day: string; currency: CurrencyCode; orders: number; items: number; amountMinor: number };

const COUNTS = ["clicks", "uniqueClicks", "orders", "items"] as const;

/**
 * A link's figures over a period: the totals of its stat cards and its chart's points (days or
 * weeks). Earnings stay per currency, in the chart as `earnings:<currency>`, never summed across
 * currencies. Conversion is orders per unique click, null without a unique click.
 */
export function linkReport(period: Pick<ReportPeriod, "firstDay" | "lastDay" | "grain">, figures: { clickDays: readonly ClickDay[]; saleDays: readonly SaleDay[] }) {
  const currencies = [...new Set(figures.saleDays.map((d) => d.currency))].sort();
  const earningKeys = currencies.map((c) => `earnings:${c}`);
  const keys = [...COUNTS, ...earningKeys];
  const byDay = new Map<string, Record<string, number>>();
  const dayRow = (day: string) => {
    let row = byDay.get(day);
    if (!row) byDay.set(day, (row = Object.fromEntries(keys.map((k) => [k, 0]))));
    return row;
  };
  for (const d of figures.clickDays) Object.assign(dayRow(d.day), { clicks: d.clicks, uniqueClicks: d.uniqueClicks });
  for (const d of figures.saleDays) {
    const row = dayRow(d.day);
    row.orders! += d.orders;
    row.items! += d.items;
    row[`earnings:${d.currency}`] = d.amountMinor;
  }
  // foldSeries sums the numeric fields named in `keys`; `day` is the row's key, not one of them.
  const rows = [...byDay].map(([day, values]) => ({ ...values, day }) as unknown as { day: string } & Record<string, number>);
  const points = foldSeries(period, rows, keys);
  const sum = (key: string) => points.reduce((total, p) => total + Number(p[key]), 0);
  const totals = { clicks: sum("clicks"), uniqueClicks: sum("uniqueClicks"), orders: sum("orders"), items: sum("items") };
  return {
    totals,
    earnings: currencies.map((currency) => ({ currency, amountMinor: sum(`earnings:${currency}`) })),
    conversion: totals.uniqueClicks > 0 ? totals.orders / totals.uniqueClicks : null,
    points,
  };
}
