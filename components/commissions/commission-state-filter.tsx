import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { CommissionState } from "@/lib/commissions/availability";

export const COMMISSION_FILTER_STATES: CommissionState[] = ["pending", "locked", "available", "paid", "reversed"];

const LABELS: Record<CommissionState, string> = { pending: "Pending", locked: "Locked", available: "Available", paid: "Paid out", reversed: "Reversed" };

/** One link per state (and "All"), so a filtered list is a plain URL that can be bookmarked. */
export function CommissionStateFilter({ current }: { current?: CommissionState }) {
  const items: { href: string; label: string; active: boolean }[] = [
    { href: "/creator/commissions", label: "All", active: !current },
    ...COMMISSION_FILTER_STATES.map((state) => ({ href: `/creator/commissions?state=${state}`, label: LABELS[state], active: current === state })),
  ];
  return (
    <nav aria-label="Filter by state" className="-mx-1 mb-4 flex gap-1 overflow-x-auto">
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={item.active ? "page" : undefined}
          className={cn(
            "whitespace-nowrap rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset",
            item.active ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
          )}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
