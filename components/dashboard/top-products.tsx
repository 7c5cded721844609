import { useTranslations } from "next-intl";
import { useReaderFormat } from "@/components/ui/formatted";
import type { BreakdownRow } from "@/lib/reports/creator-dashboard";
import { mediaUrl } from "@/lib/media/url";

/** The products that sold most through the creator's links in the period, with their thumbnails. */
export function TopProducts({ rows }: { rows: readonly BreakdownRow[] }) {
  const t = useTranslations("creator.dashboard");
  const format = useReaderFormat();
  const top = rows
    .filter((r) => r.key !== "" && r.items > 0)
    .sort((a, b) => b.items - a.items || b.orders - a.orders || a.key.localeCompare(b.key))
    .slice(0, 5);
  if (top.length === 0) return <p className="rounded-lg bg-white px-4 py-6 text-sm text-slate-600 shadow-sm ring-1 ring-slate-200">{t("noTopProducts")}</p>;
  return (
    <ol aria-label={t("topProducts")} className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
      {top.map((p) => {
        const image = mediaUrl(p.imageMediaId);
        return (
          <li key={p.key} className="flex min-w-0 items-center gap-3 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 lg:flex-col lg:items-start">
            {image ? (
              // eslint-disable-next-line @next/next/no-img-element -- app-served media, square
              <img src={image} alt="" className="size-14 shrink-0 rounded object-cover lg:aspect-square lg:size-auto lg:w-full" loading="lazy" />
            ) : (
              <span className="size-14 shrink-0 rounded bg-slate-100 lg:aspect-square lg:size-auto lg:w-full" />
            )}
            <span className="flex min-w-0 flex-col gap-0.5">
              <span className="break-words text-sm font-medium text-slate-900">{p.title}</span>
              <span className="text-xs text-slate-600">{t("sold", { count: p.items })}</span>
              {p.earned.map((e) => (
                <span key={e.currency} className="text-xs tabular-nums text-slate-700">
                  {format.money(e.amountMinor, e.currency)}
                </span>
              ))}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
