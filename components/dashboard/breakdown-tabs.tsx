import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { BreakdownDimension } from "@/lib/reports/creator-dashboard";

/**
 * The breakdown's dimensions as links that keep the period (?by=...), the current one marked:
 * they work without JavaScript and a breakdown can be shared by its address.
 */
export function BreakdownTabs({ dimensions, current, query }: { dimensions: readonly BreakdownDimension[]; current: BreakdownDimension; query: Record<string, string | undefined> }) {
  const t = useTranslations("creator.dashboard");
  const kept = Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "" && e[0] !== "by");
  const href = (by: BreakdownDimension) => `?${new URLSearchParams([...kept, ["by", by]]).toString()}#breakdown`;
  return (
    <nav aria-label={t("breakdown")} className="-mx-1 mb-3 flex flex-wrap gap-1">
      {dimensions.map((by) => (
        <Link
          key={by}
          href={href(by)}
          scroll={false}
          aria-current={by === current ? "page" : undefined}
          className={cn("min-h-10 rounded-md px-3 py-2 text-sm font-medium", by === current ? "bg-slate-900 text-white" : "bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-100")}
        >
          {t(`by.${by}`)}
        </Link>
      ))}
    </nav>
  );
}
