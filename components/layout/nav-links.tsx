"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useId } from "react";
import { cn } from "@/components/ui/cn";
import { isCurrentPage } from "./current-page";
import { NavIconFor, type NavIcon } from "./nav-icons";

/** A section of the role's navigation; `badge` counts what waits there (unread messages), with its words for screen readers. */
export type NavItem = { href: string; label: string; icon?: NavIcon; badge?: { count: number; label: string } };

/**
 * A section's count beside its name. The name stays the section's own ("Messages"); the count is
 * its description, so the link reads "Messages, 2 unread messages".
 */
export function NavBadge({ id, badge }: { id: string; badge: NavItem["badge"] }) {
  if (!badge || badge.count <= 0) return null;
  return (
    <>
      <span aria-hidden="true" className="min-w-5 rounded-full bg-red-600 px-1.5 text-center text-xs font-semibold leading-5 text-white">
        {badge.count > 99 ? "99+" : badge.count}
      </span>
      <span id={id} hidden>
        {badge.label}
      </span>
    </>
  );
}

export function badgeDescription(id: string, item: NavItem): string | undefined {
  return item.badge && item.badge.count > 0 ? id : undefined;
}

/** The role's sections inline in the header, from md up (phones get the menu of ./mobile-nav). */
export function NavLinks({ items }: { items: NavItem[] }) {
  const t = useTranslations("common.shell");
  const pathname = usePathname();
  const idBase = useId();
  return (
    <nav className="-mx-1 flex flex-wrap gap-1" aria-label={t("sections")}>
      {items.map((item) => {
        const active = isCurrentPage(pathname, item.href);
        const badgeId = `${idBase}-${item.href}`;
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            aria-describedby={badgeDescription(badgeId, item)}
            className={cn(
              "inline-flex items-center gap-1.5 whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium",
              active ? "bg-slate-100 text-slate-900" : "text-slate-600 hover:bg-slate-50 hover:text-slate-900",
            )}
          >
            <NavIconFor name={item.icon} />
            {item.label}
            <NavBadge id={badgeId} badge={item.badge} />
          </Link>
        );
      })}
    </nav>
  );
}
