import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { useReaderFormat } from "@/components/ui/formatted";
import { Input } from "@/components/ui/input";

type PickerPeriod = { key: "7" | "30" | "90" | "custom"; firstDay: string; lastDay: string };

/**
 * A report's period: 7, 30 or 90 days as links (the current one marked), and a custom range of days
 * as a small GET form. `keep` holds the page's other query parameters, which every choice carries on.
 */
export function PeriodPicker({ period, today, keep = {} }: { period: PickerPeriod; today: string; keep?: Record<string, string | undefined> }) {
  const t = useTranslations("reports.period");
  const kept = Object.entries(keep).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "");
  const href = (key: string) => `?${new URLSearchParams([...kept, ["period", key]]).toString()}`;
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end">
      <nav aria-label={t("label")} className="inline-flex w-full rounded-md bg-white p-0.5 shadow-sm ring-1 ring-slate-200 sm:w-auto">
        {(["7", "30", "90"] as const).map((key) => (
          <Link
            key={key}
            href={href(key)}
            aria-current={period.key === key ? "page" : undefined}
            className={cn(
              "min-h-10 flex-1 rounded px-3 py-2 text-center text-sm font-medium sm:flex-none",
              period.key === key ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100",
            )}
          >
            {t(key)}
          </Link>
        ))}
      </nav>
      <form className="flex flex-wrap items-end gap-2" aria-label={t("custom")}>
        {kept.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="period" value="custom" />
        <label className="flex flex-col text-xs font-medium text-slate-600">
          {t("from")}
          <Input type="date" name="from" defaultValue={period.firstDay} max={today} className="mt-1 w-40" />
        </label>
        <label className="flex flex-col text-xs font-medium text-slate-600">
          {t("to")}
          <Input type="date" name="to" defaultValue={period.lastDay} max={today} className="mt-1 w-40" />
        </label>
        <button type="submit" className={buttonClass({ variant: period.key === "custom" ? "primary" : "secondary" })}>
          {t("apply")}
        </button>
      </form>
    </div>
  );
}

/**
 * A figure's change against the previous period, as a Stat's hint: an arrow and a percentage, with
 * the words for screen readers. `change` is a fraction (0.25 = +25%) or null when there was nothing before.
 */
export function ChangeHint({ change, days }: { change: number | null; days: number }) {
  const t = useTranslations("reports.change");
  const format = useReaderFormat();
  if (change === null) return <span className="text-slate-500">{t("new", { days })}</span>;
  if (change === 0) return <span className="text-slate-500">{t("same", { days })}</span>;
  const up = change > 0;
  return (
    <span className={up ? "text-emerald-700" : "text-red-700"}>
      <span aria-hidden="true">{up ? "▲ " : "▼ "}</span>
      {t(up ? "up" : "down", { days, pct: format.percent(Math.round(Math.abs(change) * 1000) * 10) })}
    </span>
  );
}
