"use client";

import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale } from "next-intl";
import { useReaderFormat } from "@/components/ui/formatted";
import type { CurrencyCode } from "@/lib/money/currencies";

export type ChartSeries = {
  key: string;
  name: string;
  /** Bars for counts on the left axis, a line for the right axis (money or a second count). */
  kind: "bar" | "line";
  /** Money in minor units of this currency, or a plain count. */
  currency?: CurrencyCode;
};

export type ChartPoint = { day: string; lastDay: string } & Record<string, number | string>;

const COLOURS = ["#0f766e", "#4f46e5", "#b45309", "#be123c"];

/**
 * A report's figures over time (recharts): counts as bars on the left axis, one more series as a line
 * on the right. The same figures follow as a table for screen readers, so nothing is only in the picture.
 */
export function TimeSeriesChart({ points, series, label, tableLabel, dayLabel }: { points: ChartPoint[]; series: ChartSeries[]; label: string; tableLabel: string; dayLabel: string }) {
  const format = useReaderFormat();
  const value = (s: ChartSeries, v: number) => (s.currency ? format.money(v, s.currency) : format.number(v));
  const dayMonth = new Intl.DateTimeFormat(useLocale(), { day: "numeric", month: "short", timeZone: "UTC" });
  const tick = (day: string) => dayMonth.format(new Date(`${day}T00:00:00Z`));
  const right = series.find((s) => s.kind === "line");
  return (
    <figure className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200">
      <figcaption className="mb-2 text-sm font-medium text-slate-700">{label}</figcaption>
      <div className="h-56 w-full sm:h-64" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={points} margin={{ top: 4, right: 4, bottom: 0, left: -12 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
            <XAxis dataKey="day" tickFormatter={tick} tick={{ fontSize: 11, fill: "#475569" }} minTickGap={16} />
            <YAxis yAxisId="left" allowDecimals={false} tick={{ fontSize: 11, fill: "#475569" }} width={44} />
            {right ? <YAxis yAxisId="right" orientation="right" tick={{ fontSize: 11, fill: "#475569" }} width={52} tickFormatter={(v: number) => (right.currency ? format.money(v, right.currency).replace(/[.,]00(?!\d)/, "") : format.number(v))} /> : null}
            <Tooltip
              labelFormatter={(day) => tick(String(day))}
              formatter={(v, _name, item) => {
                const s = series.find((x) => x.key === item.dataKey);
                return s ? [value(s, Number(v)), s.name] : [String(v), ""];
              }}
            />
            {series.map((s, i) =>
              s.kind === "bar" ? (
                <Bar key={s.key} yAxisId="left" dataKey={s.key} name={s.name} fill={COLOURS[i % COLOURS.length]} radius={[2, 2, 0, 0]} isAnimationActive={false} />
              ) : (
                <Line key={s.key} yAxisId="right" dataKey={s.key} name={s.name} stroke={COLOURS[i % COLOURS.length]} strokeWidth={2} dot={false} isAnimationActive={false} />
              ),
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-hidden="true">
        {series.map((s, i) => (
          <li key={s.key} className="inline-flex items-center gap-1.5">
            <span className="inline-block size-2.5 rounded-sm" style={{ background: COLOURS[i % COLOURS.length] }} />
            {s.name}
          </li>
        ))}
      </ul>
      {/* Fixed layout: a table keeps its content's width despite sr-only's 1 px, and would stick out of a phone's screen. */}
      <table className="sr-only table-fixed">
        <caption>{tableLabel}</caption>
        <thead>
          <tr>
            <th scope="col">{dayLabel}</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.day}>
              <th scope="row">{p.day === p.lastDay ? tick(p.day) : `${tick(p.day)} – ${tick(p.lastDay)}`}</th>
              {series.map((s) => (
                <td key={s.key}>{value(s, Number(p[s.key] ?? 0))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
