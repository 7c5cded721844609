import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { CommissionState } from "@/lib/commissions/availability";

export const COMMISSION_FILTER_STATES: CommissionState[] = ["pending", "locked", "available", "paid", "reversed"];

/** One link per state (and "All"), keeping the other filters, so a filtered list is a plain URL that can be bookmarked. */
export function CommissionStateFilter({ current, query = "" }: { current?: CommissionState; query?: string }) {
  const t = useTranslations("creator.commissions.filter");
  const others = new URLSearchParams(query);
  others.delete("state");
  others.delete("page");
  const href = (state?: CommissionState) => {
    const params = new URLSearchParams(others);
    if (state) params.set("state", state);
    const search = params.toString();
    return `/creator/commissions${search ? `?${search}` : ""}`;
  };
  const items: { href: string; label: string; active: boolean }[] = [
    { href: href(), label: t("all"), active: !current },
    ...COMMISSION_FILTER_STATES.map((state) => ({ href: href(state), label: t(state), active: current === state })),
  ];
  return (
    <nav aria-label={t("label")} className="mb-4 flex flex-wrap gap-2">
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={item.active ? "page" : undefined}
          className={cn(
            "inline-flex min-h-11 items-center whitespace-nowrap rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset sm:min-h-0",
            item.active ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
          )}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
